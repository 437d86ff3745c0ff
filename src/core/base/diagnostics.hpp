// Diagnostics: the problems found while reading or validating a file, each tied
// to a JSON pointer (and, once located, a line and column).
#pragma once

#include <expected>
#include <string>
#include <utility>
#include <vector>

namespace core {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;    // empty when not known yet
    std::string pointer; // RFC 6901 JSON pointer; "" is the whole document
    int line = 0;        // 1-based; 0 when unknown
    int column = 0;      // 1-based; 0 when unknown
    std::string message; // what is wrong and what to do
};

// Collects diagnostics for one file. Readers add to it and keep going, so one
// run reports every problem instead of stopping at the first.
class Diagnostics {
public:
    void error(std::string pointer, std::string message);
    void warning(std::string pointer, std::string message);
    void add(Diagnostic diagnostic);
    void append(const Diagnostics& other);

    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] int errorCount() const;
    [[nodiscard]] int warningCount() const;
    [[nodiscard]] const std::vector<Diagnostic>& items() const { return m_items; }
    [[nodiscard]] std::vector<Diagnostic>& items() { return m_items; }

private:
    std::vector<Diagnostic> m_items;
};

// The one error type of the project: every operation that can fail returns
// std::expected<T, Error>. A reader's error carries located diagnostics (file,
// pointer, line); an operation's error (a write, a lock, a rule) carries one
// plain sentence that says what failed and what to do.
struct Error {
    std::vector<Diagnostic> diagnostics;
    std::string message; // used when there are no diagnostics

    Error() = default;
    Error(std::vector<Diagnostic> located) : diagnostics(std::move(located)) {}
    // Implicit on purpose: `return std::unexpected("what failed")` reads best.
    Error(std::string text) : message(std::move(text)) {}
    Error(const char* text) : message(text) {}

    // The first error, formatted as FILE:LINE:COL: error: /pointer: message,
    // or the plain message.
    [[nodiscard]] std::string summary() const;
    // The same error with "prefix: " in front of what the user reads.
    [[nodiscard]] Error context(const std::string& prefix) const;
};

template <class T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

// "FILE:LINE:COL: error: /pointer: message" (line/col omitted when unknown).
std::string formatDiagnostic(const Diagnostic& diagnostic);

std::string severityName(Severity severity);

} // namespace core
