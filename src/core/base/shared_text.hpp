// SharedText: immutable text (feedback, explanations, sources) shared between
// the loaded case files and every Report graded from them. Copying one is a
// reference-count increment, not an allocation: a Report repeats these texts
// in dozens of line items, and grading runs 100 000+ times a second.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace core {

class SharedText {
public:
    SharedText() = default;
    SharedText(std::string text) // NOLINT(google-explicit-constructor): texts are built from strings everywhere
        : m_text(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
    SharedText(const char* text) : SharedText(std::string(text)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] const std::string& str() const {
        static const std::string empty;
        return m_text ? *m_text : empty;
    }
    [[nodiscard]] bool empty() const { return !m_text; }
    operator std::string_view() const { return str(); } // NOLINT(google-explicit-constructor)
    operator const std::string&() const { return str(); } // NOLINT(google-explicit-constructor)

    friend bool operator==(const SharedText& a, const SharedText& b) { return a.str() == b.str(); }

private:
    std::shared_ptr<const std::string> m_text;
};

} // namespace core
