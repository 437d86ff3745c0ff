// The expected-answer text of a case file, worked out from the file itself
// (never from the code under test): every string under "key" and "sources"
// (values, and the keys of "partial" credit maps) that a candidate cannot
// already see in the rest of the case or in the exam file.
#pragma once

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace key_strings {

inline void collect(const nlohmann::ordered_json& value, std::set<std::string>& out) {
    if (value.is_string()) out.insert(value.get<std::string>());
    if (value.is_array()) {
        for (const auto& item : value) collect(item, out);
    }
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (it.key() != "partial") {
                collect(it.value(), out);
                continue;
            }
            for (auto p = it.value().begin(); p != it.value().end(); ++p) out.insert(p.key()); // partial: {"defer": 0.25}
        }
    }
}

// Searching for a short run of base64 letters would find it by chance in the
// ciphertext (a 5-letter one about once per 10^9/100 kB), so a string counts only
// if it has a character base64 never uses or is at least 8 long (chance < 10^-9).
inline bool searchable(const std::string& s) {
    if (s.size() >= 8) return true;
    return s.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") != std::string::npos;
}

// A case file as the candidate may read it: without "key" and "sources".
inline std::string readablePart(const std::string& caseText) {
    auto doc = nlohmann::ordered_json::parse(caseText);
    doc.erase("key");
    doc.erase("sources");
    return doc.dump();
}

// `caseText` is the original case file; `visible` is what the candidate sees
// anyway (the exam file, the readable part of every case in the exam: a zone id
// in this key may be where another case's mole is): a string found there is no secret.
inline std::vector<std::string> keyOnlyStrings(const std::string& caseText, const std::string& visible) {
    const auto doc = nlohmann::ordered_json::parse(caseText);
    std::set<std::string> secret;
    collect(doc["key"], secret);
    if (doc.contains("sources")) collect(doc["sources"], secret);
    const std::string readable = readablePart(caseText) + "\n" + visible;
    std::vector<std::string> out;
    for (const auto& s : secret) {
        if (searchable(s) && readable.find(s) == std::string::npos) out.push_back(s);
    }
    return out;
}

} // namespace key_strings
