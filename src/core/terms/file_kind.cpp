// File kind detection and schema_version gatekeeping.
#include "terms/file_kind.hpp"

#include "json/object_reader.hpp"
#include "base/text_similarity.hpp"

namespace core {

const std::vector<std::string>& knownFileKinds() {
    static const std::vector<std::string> kinds{"case", "protocol", "attempt", "exam", "catalogue", "zone_map", "references"};
    return kinds;
}

int newestSchemaVersion(const std::string& kind) { return kind == "protocol" ? 2 : kSchemaVersion; }

bool isJsonSchemaDocument(const Json& root) {
    if (!root.is_object() || root.contains("kind")) return false;
    const auto it = root.find("$schema");
    return it != root.end() && it->is_string() && it->get<std::string>().starts_with("http://json-schema.org/");
}

std::string detectKind(const Json& root, Diagnostics& diagnostics) {
    if (!root.is_object()) {
        diagnostics.error("", "the top level must be a JSON object { \"kind\": ..., ... }, not " + describeJsonType(root));
        return "";
    }
    std::string kinds;
    for (const auto& k : knownFileKinds()) kinds += (kinds.empty() ? "\"" : ", \"") + k + "\"";
    const auto kind = root.find("kind");
    if (kind == root.end()) {
        diagnostics.error("", "missing \"kind\": add \"kind\" with one of " + kinds + " to say what this file is");
        return "";
    }
    if (!kind->is_string()) {
        diagnostics.error("/kind", "must be a string, one of " + kinds);
        return "";
    }
    const auto name = kind->get<std::string>();
    bool known = false;
    for (const auto& k : knownFileKinds()) known = known || k == name;
    if (!known) {
        diagnostics.error("/kind", "unknown kind \"" + name + "\": use one of " + kinds + "." + didYouMean(name, knownFileKinds()));
        return "";
    }
    const int newest = newestSchemaVersion(name);
    const auto version = root.find("schema_version");
    if (version == root.end()) {
        diagnostics.error("", "missing \"schema_version\": add \"schema_version\": " + std::to_string(newest));
        return "";
    }
    if (!version->is_number_integer() && !version->is_number_unsigned()) {
        diagnostics.error("/schema_version", "must be the whole number " + std::to_string(newest) + ", not " + describeJsonType(*version));
        return "";
    }
    if (version->get<long long>() < 1 || version->get<long long>() > newest) {
        diagnostics.error("/schema_version", "unknown schema_version " + version->dump() + ": this mntrainer reads " + name + " versions 1-" +
                                                 std::to_string(newest) + "; update the app or convert the file");
        return "";
    }
    return name;
}

void checkKind(const Json& root, const std::string& expected, Diagnostics& diagnostics) {
    const std::string kind = detectKind(root, diagnostics);
    if (!kind.empty() && kind != expected) {
        diagnostics.error("/kind", "this is a \"" + kind + "\" file, but a \"" + expected + "\" file is expected here");
    }
}

} // namespace core
