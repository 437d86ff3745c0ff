// JsonDocument: a JSON file read safely (size cap, nesting cap, UTF-8 check)
// and parsed, with a map from JSON pointers back to lines and columns.
#pragma once

#include "base/diagnostics.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <expected>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace core {

using Json = nlohmann::ordered_json;

// Documented in cases/README.md: larger or deeper files are refused before parsing.
inline constexpr std::size_t kMaxJsonFileBytes = 4u * 1024u * 1024u;
inline constexpr int kMaxJsonDepth = 64;

struct SourcePosition {
    int line = 0;
    int column = 0;
};

class JsonDocument {
public:
    // Reads and parses a file; every failure is a located diagnostic.
    [[nodiscard]] static std::expected<JsonDocument, Error> fromFile(const std::filesystem::path& path);
    // Parses text already in memory; `name` is what diagnostics call the file.
    [[nodiscard]] static std::expected<JsonDocument, Error> fromText(std::string text, std::string name);

    [[nodiscard]] const Json& root() const { return m_root; }
    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] const std::string& text() const { return m_text; }

    // Position of the value (or, for an object member, of its key) at pointer.
    [[nodiscard]] std::optional<SourcePosition> position(const std::string& pointer) const;

    // Fills in file, line and column of every diagnostic from this document,
    // using the nearest located ancestor when the pointer itself is absent.
    void locate(Diagnostics& diagnostics) const;

private:
    std::string m_name;
    std::string m_text;
    Json m_root;
    std::map<std::string, SourcePosition> m_positions;
};

// Line and column (1-based; columns count UTF-8 code points) of a byte offset.
SourcePosition positionOfOffset(const std::string& text, std::size_t offset);

// Escapes one reference token for a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string escapePointerToken(const std::string& token);

// A member's string value, or `fallback` when `object` is not an object, lacks
// the member, or holds something else there (Json::value throws on a wrong type;
// files from authors can hold anything).
[[nodiscard]] std::string stringMember(const Json& object, const std::string& key, const std::string& fallback = "");

// Scans valid JSON text and records the position of every value by pointer.
// Duplicate object keys, which a parser silently collapses, become errors.
std::map<std::string, SourcePosition> locateJsonValues(const std::string& text,
                                                       Diagnostics& duplicates);

} // namespace core
