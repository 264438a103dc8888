#pragma once

#include "cache/cacheerror.h"

#include <optional>

// The outcome of one cache call: a value, or the error that prevented it (like ApiResult).
template<typename T> struct CacheResult
{
    T value {};
    std::optional<CacheError> error;

    bool ok() const { return !error.has_value(); }
    static CacheResult success(T v) { return {std::move(v), std::nullopt}; }
    static CacheResult failure(CacheError e) { return {T {}, std::move(e)}; }
};

// For calls that return nothing: std::nullopt means success.
using CacheStatus = std::optional<CacheError>;
