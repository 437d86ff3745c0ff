// Maps JSON pointers to source positions by scanning text that has already
// parsed. nlohmann keeps no positions, and editors need line:column to jump.
#include "json/json_document.hpp"

#include <set>

namespace core {
namespace {

class Locator {
public:
    Locator(const std::string& text, std::map<std::string, SourcePosition>& out, Diagnostics& dups)
        : m_text(text), m_out(out), m_dups(dups) {}

    void run() {
        skipSpace();
        value("");
    }

private:
    const std::string& m_text;
    std::map<std::string, SourcePosition>& m_out;
    Diagnostics& m_dups;
    std::size_t m_i = 0;
    SourcePosition m_pos{1, 1};

    [[nodiscard]] bool atEnd() const { return m_i >= m_text.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_text[m_i]; }

    void advance() {
        const auto c = static_cast<unsigned char>(m_text[m_i++]);
        if (c == '\n') {
            ++m_pos.line;
            m_pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++m_pos.column;
        }
    }

    void skipSpace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) advance();
    }

    // Depth is capped at kMaxJsonDepth before this runs, so recursion is bounded.
    void value(const std::string& pointer) {
        m_out.try_emplace(pointer, m_pos);
        if (peek() == '{') {
            object(pointer);
        } else if (peek() == '[') {
            array(pointer);
        } else if (peek() == '"') {
            (void)string();
        } else {
            while (!atEnd() && std::string_view(",]} \t\r\n").find(peek()) == std::string_view::npos) advance();
        }
    }

    void object(const std::string& pointer) {
        advance(); // {
        std::set<std::string> seen;
        skipSpace();
        while (!atEnd() && peek() != '}') {
            const SourcePosition keyPos = m_pos;
            const std::string key = string();
            const std::string child = pointer + "/" + escapePointerToken(key);
            if (!seen.insert(key).second) {
                Diagnostic d;
                d.pointer = child;
                d.line = keyPos.line;
                d.column = keyPos.column;
                d.message = "the key \"" + key +
                            "\" appears twice in this object; only one would be kept, so remove or rename one";
                m_dups.add(std::move(d));
            }
            m_out.insert_or_assign(child, keyPos);
            skipSpace();
            if (peek() == ':') advance();
            skipSpace();
            value(child); // keeps the key's position: a member points at its key
            skipSpace();
            if (peek() == ',') advance();
            skipSpace();
        }
        if (!atEnd()) advance(); // }
    }

    void array(const std::string& pointer) {
        advance(); // [
        skipSpace();
        std::size_t index = 0;
        while (!atEnd() && peek() != ']') {
            value(pointer + "/" + std::to_string(index++));
            skipSpace();
            if (peek() == ',') advance();
            skipSpace();
        }
        if (!atEnd()) advance(); // ]
    }

    static void appendUtf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    unsigned hex4() {
        unsigned v = 0;
        for (int k = 0; k < 4 && !atEnd(); ++k) {
            const char c = peek();
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
            advance();
        }
        return v;
    }

    // Decodes a string token so pointers match the parsed keys exactly.
    std::string string() {
        std::string out;
        advance(); // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() != '\\') {
                out += peek();
                advance();
                continue;
            }
            advance();
            const char e = peek();
            advance();
            switch (e) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp <= 0xDBFF && peek() == '\\') {
                    advance();
                    advance(); // u
                    const unsigned low = hex4();
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default: out += e; break;
            }
        }
        if (!atEnd()) advance(); // closing quote
        return out;
    }
};

} // namespace

std::map<std::string, SourcePosition> locateJsonValues(const std::string& text, Diagnostics& duplicates) {
    std::map<std::string, SourcePosition> positions;
    Locator(text, positions, duplicates).run();
    return positions;
}

} // namespace core
