#pragma once

#include <atomic>

// Test hook for the "fail the i-th database access" sweep: arms a countdown so that the n-th
// statement the cache executes from now on fails as if SQLite had refused it. Production code
// pays one relaxed atomic load per statement. Process-wide: arm it only from single-threaded
// tests.
class FailureInjection
{
public:
    // n = 1 fails the very next statement; n = 0 disarms.
    static void failNth(int n)
    {
        s_fired.store(false, std::memory_order_relaxed);
        s_remaining.store(n, std::memory_order_relaxed);
    }
    static void disarm() { failNth(0); }
    // Whether the armed failure has happened since failNth().
    static bool fired() { return s_fired.load(std::memory_order_relaxed); }

    // Called before every statement execution; true means: fail this one.
    static bool shouldFail()
    {
        if (s_remaining.load(std::memory_order_relaxed) == 0)
            return false;
        return consume();
    }

private:
    static bool consume()
    {
        int remaining = s_remaining.load(std::memory_order_relaxed);
        while (remaining > 0
               && !s_remaining.compare_exchange_weak(remaining, remaining - 1,
                                                     std::memory_order_relaxed)) { }
        if (remaining != 1)
            return false;
        s_fired.store(true, std::memory_order_relaxed);
        return true;
    }

    static inline std::atomic<int> s_remaining {0};
    static inline std::atomic<bool> s_fired {false};
};
