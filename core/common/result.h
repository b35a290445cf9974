#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace oversight {

// A failure a person can read: core returns these as values and each face
// (CLI, GUI) decides how to show them.
struct Error {
    QString message;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &std::get<T>(m_state); }
    T* operator->() { return &std::get<T>(m_state); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing on success.
struct Done {};
using Status = Result<Done>;

inline Status success() {
    return Done{};
}

} // namespace oversight
