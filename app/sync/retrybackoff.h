#pragma once

#include <QtGlobal>

#include <algorithm>
#include <chrono>

// When to try a server again after failures in a row, and how to spread regular polls: every
// wait is spread ±20 % so that a thousand desktops that lost the server together, or started
// together, do not all come back in the same second. `random` is uniform in [0, 1).
class RetryBackoff
{
public:
    static constexpr std::chrono::milliseconds first {5'000};
    static constexpr std::chrono::milliseconds cap {300'000};

    // 5 s, 10 s, 20 s … capped at 5 min (so, with the spread, 4 to 6 min at the cap)
    static std::chrono::milliseconds delay(int failures, double random)
    {
        const int doublings = std::clamp(failures - 1, 0, 16);
        return jittered(std::min<std::chrono::milliseconds>(first * (1LL << doublings), cap),
                        random);
    }

    static std::chrono::milliseconds jittered(std::chrono::milliseconds interval, double random)
    {
        return std::chrono::milliseconds(qint64(double(interval.count()) * (0.8 + 0.4 * random)));
    }
};
