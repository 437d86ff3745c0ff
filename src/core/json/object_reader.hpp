// ObjectReader: structural reading of one JSON object with precise messages.
// It records every problem (wrong type, missing field, out of range) against
// the member's JSON pointer, and warns about unknown members, which are
// usually typos, with a "did you mean".
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace core {

enum class Need { Required, Optional };

struct Band {
    double min = 0.0;
    double max = 0.0;
    friend bool operator==(const Band&, const Band&) = default;
};

struct IntRange {
    int min = 0;
    int max = 0;
    friend bool operator==(const IntRange&, const IntRange&) = default;
};

// "a string", "an array", ... for messages.
std::string describeJsonType(const Json& value);

// Reads a JSON string value that must be one of a fixed list of names.
template <typename E> using Choices = std::vector<std::pair<std::string, E>>;

class ObjectReader {
public:
    ObjectReader(const Json& node, std::string pointer, Diagnostics& diagnostics);
    ~ObjectReader();
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    [[nodiscard]] bool isObject() const { return m_node != nullptr; }
    [[nodiscard]] const std::string& pointer() const { return m_pointer; }
    [[nodiscard]] std::string pointerOf(const std::string& key) const;
    [[nodiscard]] bool has(const std::string& key) const;
    [[nodiscard]] Diagnostics& diagnostics() { return m_diagnostics; }

    std::optional<std::string> string(const std::string& key, Need need, bool allowEmpty = true);
    std::optional<double> number(const std::string& key, Need need, double lo, double hi);
    std::optional<int> integer(const std::string& key, Need need, int lo, int hi);
    std::optional<bool> boolean(const std::string& key, Need need);
    std::vector<std::string> stringArray(const std::string& key, Need need);
    // [a, b] with both numbers in lo..hi, in any order (e.g. a point).
    std::optional<std::pair<double, double>> numberPair(const std::string& key, Need need, double lo, double hi);
    // [min, max] with lo <= min <= max <= hi.
    std::optional<Band> band(const std::string& key, Need need, double lo, double hi);
    std::optional<IntRange> intRange(const std::string& key, Need need, int lo, int hi);
    const Json* object(const std::string& key, Need need);
    const Json* array(const std::string& key, Need need);

    template <typename E>
    std::optional<E> choice(const std::string& key, Need need, const Choices<E>& options) {
        const auto text = string(key, need);
        if (!text) return std::nullopt;
        for (const auto& [name, value] : options) {
            if (name == *text) return value;
        }
        std::vector<std::string> names;
        for (const auto& option : options) names.push_back(option.first);
        reportBadChoice(key, *text, names);
        return std::nullopt;
    }

    // Members not read by then are reported as unknown (warnings).
    void finish();

private:
    const Json* m_node = nullptr;
    std::string m_pointer;
    Diagnostics& m_diagnostics;
    std::set<std::string> m_known;
    bool m_finished = false;

    const Json* member(const std::string& key, Need need, const std::string& expected);
    void reportBadChoice(const std::string& key, const std::string& given, const std::vector<std::string>& names);
};

} // namespace core
