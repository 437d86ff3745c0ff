// Safe reading of JSON files: every way a file can be bad ends in a located,
// actionable diagnostic, never an exception or a crash.
#include "json/json_document.hpp"

#include "base/bounded_read.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace core {
namespace {

Error singleError(const std::string& file, SourcePosition pos, std::string message) {
    Diagnostic d;
    d.file = file;
    d.line = pos.line;
    d.column = pos.column;
    d.message = std::move(message);
    return Error{{std::move(d)}};
}

// Returns the offset of the first byte that breaks UTF-8, if any.
std::optional<std::size_t> firstInvalidUtf8(const std::string& text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = bytes[i];
        std::size_t extra = 0;
        unsigned min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        unsigned cp = c & (0x3Fu >> extra);
        for (std::size_t k = 1; k <= extra; ++k) {
            if (i + k >= n || (bytes[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (bytes[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += extra + 1;
    }
    return std::nullopt;
}

// Finds where nesting first exceeds the cap, scanning outside strings only.
std::optional<std::size_t> firstTooDeep(const std::string& text, int maxDepth) {
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

std::string parserDetail(const std::string& what) {
    // nlohmann prefixes "[json.exception.parse_error.101] parse error at line L, column C: ".
    const auto colon = what.find(": ");
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

} // namespace

SourcePosition positionOfOffset(const std::string& text, std::size_t offset) {
    SourcePosition pos{1, 1};
    const std::size_t end = std::min(offset, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

std::string escapePointerToken(const std::string& token) {
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

// Regular files only, capped before reading: a FIFO named *.json or a link to
// /dev/zero is refused at once instead of hanging or exhausting memory.
std::expected<JsonDocument, Error> JsonDocument::fromFile(const std::filesystem::path& path) {
    const std::string name = path.string();
    auto text = readRegularFile(path, kMaxJsonFileBytes);
    if (!text) {
        std::string message = "the file " + text.error().summary();
        if (text.error().summary().starts_with("is ") && text.error().summary().find("limit") != std::string::npos) {
            message += ": files are capped at 4 MiB. Split it or remove embedded data";
        } else if (text.error().summary().find("permission denied") != std::string::npos) {
            message = "cannot open the file (Permission denied): check that you may read it";
        }
        return std::unexpected(singleError(name, {}, message));
    }
    return fromText(std::move(*text), name);
}

std::expected<JsonDocument, Error> JsonDocument::fromText(std::string text, std::string name) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        return std::unexpected(singleError(name, {1, 1}, "the file is empty: it must hold one JSON object"));
    }
    if (const auto bad = firstInvalidUtf8(text)) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[*bad]));
        return std::unexpected(singleError(name, positionOfOffset(text, *bad),
                                           std::string("invalid UTF-8 (byte ") + hex +
                                               "): save the file with UTF-8 encoding"));
    }
    if (const auto deep = firstTooDeep(text, kMaxJsonDepth)) {
        return std::unexpected(singleError(name, positionOfOffset(text, *deep),
                                           "nesting is deeper than " + std::to_string(kMaxJsonDepth) +
                                               " levels; no valid file nests this deep"));
    }
    JsonDocument doc;
    try {
        doc.m_root = Json::parse(text);
    } catch (const Json::parse_error& e) {
        // byte is 1-based and points just past the offending character.
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        std::string detail = parserDetail(e.what());
        const bool truncated = offset + 1 >= text.size() || detail.find("end of input") != std::string::npos;
        std::string advice = truncated ? "the JSON ends too early (truncated file?); close every { [ and \""
                                       : "fix the JSON syntax here";
        return std::unexpected(singleError(name, positionOfOffset(text, offset),
                                           "not valid JSON: " + detail + "; " + advice));
    } catch (const std::exception& e) {
        return std::unexpected(singleError(name, {}, std::string("could not parse the file: ") + e.what()));
    }
    Diagnostics duplicates;
    doc.m_positions = locateJsonValues(text, duplicates);
    if (duplicates.hasErrors()) {
        doc.m_name = name;
        doc.locate(duplicates);
        return std::unexpected(Error{duplicates.items()});
    }
    doc.m_name = std::move(name);
    doc.m_text = std::move(text);
    return doc;
}

std::optional<SourcePosition> JsonDocument::position(const std::string& pointer) const {
    const auto it = m_positions.find(pointer);
    if (it == m_positions.end()) return std::nullopt;
    return it->second;
}

void JsonDocument::locate(Diagnostics& diagnostics) const {
    for (auto& d : diagnostics.items()) {
        if (d.file.empty()) d.file = m_name;
        if (d.line > 0) continue;
        std::string pointer = d.pointer;
        while (true) {
            if (const auto pos = position(pointer)) {
                d.line = pos->line;
                d.column = pos->column;
                break;
            }
            if (pointer.empty()) break;
            pointer.erase(pointer.rfind('/'));
        }
    }
}

std::string stringMember(const Json& object, const std::string& key, const std::string& fallback) {
    if (!object.is_object()) return fallback;
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

} // namespace core
