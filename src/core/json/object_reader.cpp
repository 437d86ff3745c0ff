// Field-by-field JSON reading with messages that say what to do.
#include "json/object_reader.hpp"

#include "base/number_text.hpp"
#include "base/text_similarity.hpp"

#include <cmath>

namespace core {
namespace {

std::string joinQuoted(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += "\"" + names[i] + "\"";
    }
    return out;
}

} // namespace

std::string describeJsonType(const Json& value) {
    switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    default: return "an unsupported value";
    }
}

ObjectReader::ObjectReader(const Json& node, std::string pointer, Diagnostics& diagnostics)
    : m_pointer(std::move(pointer)), m_diagnostics(diagnostics) {
    if (node.is_object()) {
        m_node = &node;
    } else {
        m_diagnostics.error(m_pointer, "must be a JSON object { ... }, not " + describeJsonType(node));
    }
}

ObjectReader::~ObjectReader() { finish(); }

std::string ObjectReader::pointerOf(const std::string& key) const {
    return m_pointer + "/" + escapePointerToken(key);
}

bool ObjectReader::has(const std::string& key) const { return m_node && m_node->contains(key); }

const Json* ObjectReader::member(const std::string& key, Need need, const std::string& expected) {
    m_known.insert(key);
    if (!m_node) return nullptr;
    const auto it = m_node->find(key);
    if (it == m_node->end()) {
        if (need == Need::Required) {
            m_diagnostics.error(m_pointer, "missing required field \"" + key + "\" (" + expected + "): add it");
        }
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> ObjectReader::string(const std::string& key, Need need, bool allowEmpty) {
    const Json* v = member(key, need, "a string");
    if (!v) return std::nullopt;
    if (!v->is_string()) {
        m_diagnostics.error(pointerOf(key), "must be a string, not " + describeJsonType(*v));
        return std::nullopt;
    }
    auto text = v->get<std::string>();
    if (!allowEmpty && text.find_first_not_of(" \t\r\n") == std::string::npos) {
        m_diagnostics.error(pointerOf(key), "must not be empty: write a value");
        return std::nullopt;
    }
    return text;
}

std::optional<double> ObjectReader::number(const std::string& key, Need need, double lo, double hi) {
    const std::string range = "a number from " + numberText(lo) + " to " + numberText(hi);
    const Json* v = member(key, need, range);
    if (!v) return std::nullopt;
    if (!v->is_number()) {
        m_diagnostics.error(pointerOf(key), "must be " + range + ", not " + describeJsonType(*v));
        return std::nullopt;
    }
    const double d = v->get<double>();
    if (!std::isfinite(d) || d < lo || d > hi) {
        m_diagnostics.error(pointerOf(key), numberText(d) + " is out of range: use " + range);
        return std::nullopt;
    }
    return d;
}

std::optional<int> ObjectReader::integer(const std::string& key, Need need, int lo, int hi) {
    const std::string range = "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
    const Json* v = member(key, need, range);
    if (!v) return std::nullopt;
    if (!v->is_number()) {
        m_diagnostics.error(pointerOf(key), "must be " + range + ", not " + describeJsonType(*v));
        return std::nullopt;
    }
    const double d = v->get<double>();
    if (!std::isfinite(d) || d != std::floor(d)) {
        m_diagnostics.error(pointerOf(key), numberText(d) + " is not a whole number: use " + range);
        return std::nullopt;
    }
    if (d < lo || d > hi) {
        m_diagnostics.error(pointerOf(key), numberText(d) + " is out of range: use " + range);
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<bool> ObjectReader::boolean(const std::string& key, Need need) {
    const Json* v = member(key, need, "true or false");
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
        m_diagnostics.error(pointerOf(key), "must be true or false, not " + describeJsonType(*v));
        return std::nullopt;
    }
    return v->get<bool>();
}

std::vector<std::string> ObjectReader::stringArray(const std::string& key, Need need) {
    std::vector<std::string> out;
    const Json* v = member(key, need, "an array of strings");
    if (!v) return out;
    if (!v->is_array()) {
        m_diagnostics.error(pointerOf(key), "must be an array of strings [\"...\"], not " + describeJsonType(*v));
        return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json& item = (*v)[i];
        if (!item.is_string()) {
            m_diagnostics.error(pointerOf(key) + "/" + std::to_string(i),
                                "must be a string, not " + describeJsonType(item));
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

std::optional<std::pair<double, double>> ObjectReader::numberPair(const std::string& key, Need need, double lo,
                                                                 double hi) {
    const std::string shape = "[a, b] with numbers from " + numberText(lo) + " to " + numberText(hi);
    const Json* v = member(key, need, shape);
    if (!v) return std::nullopt;
    if (!v->is_array() || v->size() != 2 || !(*v)[0].is_number() || !(*v)[1].is_number()) {
        m_diagnostics.error(pointerOf(key), "must be a pair of numbers " + shape);
        return std::nullopt;
    }
    const double a = (*v)[0].get<double>();
    const double b = (*v)[1].get<double>();
    if (!std::isfinite(a) || !std::isfinite(b) || a < lo || a > hi || b < lo || b > hi) {
        m_diagnostics.error(pointerOf(key), "[" + numberText(a) + ", " + numberText(b) +
                                                "] is out of range: use " + shape);
        return std::nullopt;
    }
    return std::pair{a, b};
}

std::optional<Band> ObjectReader::band(const std::string& key, Need need, double lo, double hi) {
    const auto pair = numberPair(key, need, lo, hi);
    if (!pair) return std::nullopt;
    const Band b{pair->first, pair->second};
    if (b.min > b.max) {
        m_diagnostics.error(pointerOf(key), "min " + numberText(b.min) + " is greater than max " +
                                                numberText(b.max) + ": swap them");
        return std::nullopt;
    }
    return b;
}

std::optional<IntRange> ObjectReader::intRange(const std::string& key, Need need, int lo, int hi) {
    const auto b = band(key, need, lo, hi);
    if (!b) return std::nullopt;
    if (b->min != std::floor(b->min) || b->max != std::floor(b->max)) {
        m_diagnostics.error(pointerOf(key), "must hold whole numbers");
        return std::nullopt;
    }
    return IntRange{static_cast<int>(b->min), static_cast<int>(b->max)};
}

const Json* ObjectReader::object(const std::string& key, Need need) {
    const Json* v = member(key, need, "an object");
    if (v && !v->is_object()) {
        m_diagnostics.error(pointerOf(key), "must be an object { ... }, not " + describeJsonType(*v));
        return nullptr;
    }
    return v;
}

const Json* ObjectReader::array(const std::string& key, Need need) {
    const Json* v = member(key, need, "an array");
    if (v && !v->is_array()) {
        m_diagnostics.error(pointerOf(key), "must be an array [ ... ], not " + describeJsonType(*v));
        return nullptr;
    }
    return v;
}

void ObjectReader::reportBadChoice(const std::string& key, const std::string& given,
                                   const std::vector<std::string>& names) {
    m_diagnostics.error(pointerOf(key),
                        "\"" + given + "\" is not allowed here: use " + joinQuoted(names) + "." + didYouMean(given, names));
}

void ObjectReader::finish() {
    if (m_finished || !m_node) return;
    m_finished = true;
    const std::vector<std::string> known(m_known.begin(), m_known.end());
    for (const auto& [key, value] : m_node->items()) {
        if (m_known.count(key) || key == "$schema") continue;
        m_diagnostics.warning(pointerOf(key), "unknown field \"" + key + "\" is ignored (a typo?)." +
                                                  didYouMean(key, known) + " Remove or rename it");
    }
}

} // namespace core
