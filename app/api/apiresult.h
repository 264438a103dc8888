#pragma once

#include "api/apierror.h"

#include <functional>
#include <optional>

// The outcome of one typed API call: a value, or the error that prevented it.
template<typename T>
struct ApiResult
{
    T value{};
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
    static ApiResult success(T v) { return {std::move(v), std::nullopt}; }
    static ApiResult failure(ApiError e) { return {T{}, std::move(e)}; }
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;
