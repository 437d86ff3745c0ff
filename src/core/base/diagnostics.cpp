// Diagnostics collection and the one-line text format shared by CLI and GUI.
#include "base/diagnostics.hpp"

#include <algorithm>

namespace core {

void Diagnostics::error(std::string pointer, std::string message) {
    m_items.push_back({Severity::Error, {}, std::move(pointer), 0, 0, std::move(message)});
}

void Diagnostics::warning(std::string pointer, std::string message) {
    m_items.push_back({Severity::Warning, {}, std::move(pointer), 0, 0, std::move(message)});
}

void Diagnostics::add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }

void Diagnostics::append(const Diagnostics& other) {
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

bool Diagnostics::hasErrors() const { return errorCount() > 0; }

int Diagnostics::errorCount() const {
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(), [](const Diagnostic& d) {
        return d.severity == Severity::Error;
    }));
}

int Diagnostics::warningCount() const {
    return static_cast<int>(m_items.size()) - errorCount();
}

std::string severityName(Severity severity) {
    return severity == Severity::Error ? "error" : "warning";
}

std::string formatDiagnostic(const Diagnostic& d) {
    std::string out = d.file.empty() ? std::string("<input>") : d.file;
    if (d.line > 0) {
        out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    }
    out += ": " + severityName(d.severity) + ": ";
    out += d.pointer.empty() ? std::string("/") : d.pointer;
    out += ": " + d.message;
    return out;
}

std::string Error::summary() const {
    if (diagnostics.empty()) return message.empty() ? std::string("unknown error") : message;
    for (const auto& d : diagnostics) {
        if (d.severity == Severity::Error) return formatDiagnostic(d);
    }
    return formatDiagnostic(diagnostics.front());
}

Error Error::context(const std::string& prefix) const {
    if (diagnostics.empty()) return Error(prefix + ": " + summary());
    Error out = *this;
    for (auto& d : out.diagnostics) d.message = prefix + ": " + d.message;
    return out;
}

} // namespace core
