#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace pki {

/// A value or an error sentence for the operator. No exceptions cross the pki API.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    static Result failure(QString message) { return Result(Error{std::move(message)}); }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    /// Empty when ok().
    QString error() const { return ok() ? QString() : std::get<Error>(m_data).message; }

private:
    struct Error
    {
        QString message;
    };
    explicit Result(Error e)
        : m_data(std::move(e))
    {
    }
    std::variant<T, Error> m_data;
};

} // namespace pki
