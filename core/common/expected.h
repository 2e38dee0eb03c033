#pragma once

#include <type_traits>
#include <utility>
#include <variant>

/// A value or an error, without exceptions (C++20 has no std::expected). Expected<void, E> holds
/// only the error.
template<typename T, typename E> class Expected
{
public:
    // Implicit from either side; success()/failure() say it explicitly.
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }
    static Expected success(T value) { return Expected(std::in_place_index<0>, std::move(value)); }
    static Expected failure(E error) { return Expected(std::in_place_index<1>, std::move(error)); }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    const E &error() const { return std::get<1>(m_data); }

private:
    template<std::size_t I, typename V>
    Expected(std::in_place_index_t<I> index, V &&v)
        : m_data(index, std::forward<V>(v))
    {
    }
    std::variant<T, E> m_data;
};

/// Value and error of the same type: only the explicit makers.
template<typename T> class Expected<T, T>
{
public:
    static Expected success(T value) { return Expected(0, std::move(value)); }
    static Expected failure(T error) { return Expected(1, std::move(error)); }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return m_value; }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const T &error() const { return m_value; }

private:
    Expected(int which, T v)
        : m_value(std::move(v))
        , m_ok(which == 0)
    {
    }
    T m_value;
    bool m_ok;
};

template<typename E> class Expected<void, E>
{
public:
    Expected() = default;
    Expected(E error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }

private:
    E m_error{};
    bool m_failed = false;
};
