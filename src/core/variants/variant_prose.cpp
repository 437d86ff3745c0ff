// The walk over a case file's prose strings (see variant_prose.hpp); each is
// edited in place.
#include "variants/variant_prose.hpp"

namespace core {

void forEachProse(Json& root, const std::function<void(std::string&)>& edit) {
    const auto text = [&](Json& parent, const char* key) {
        if (parent.is_object() && parent.contains(key) && parent[key].is_string()) {
            std::string& s = parent[key].get_ref<std::string&>();
            edit(s);
        }
    };
    const auto texts = [&](Json& parent, const char* key) {
        if (!parent.is_object() || !parent.contains(key) || !parent[key].is_array()) return;
        for (auto& item : parent[key]) {
            if (item.is_string()) edit(item.get_ref<std::string&>());
        }
    };
    const auto eachObject = [&](Json& parent, const char* key, const std::function<void(Json&)>& fn) {
        if (!parent.is_object() || !parent.contains(key) || !parent[key].is_array()) return;
        for (auto& item : parent[key]) {
            if (item.is_object()) fn(item);
        }
    };
    text(root, "title");
    if (root.contains("client") && root["client"].is_object()) {
        Json& client = root["client"];
        text(client, "concerns");
        text(client, "intake_notes");
        texts(client, "medical_history");
        texts(client, "medications");
        texts(client, "allergies");
        eachObject(client, "recent_treatments", [&](Json& t) { text(t, "what"); });
    }
    eachObject(root, "findings", [&](Json& f) { text(f, "note"); });
    eachObject(root, "skin", [&](Json& s) { text(s, "seen"); });
    // The client's answers to the interview's questions (the case file's "interview.answers").
    if (root.contains("interview") && root["interview"].is_object() && root["interview"].contains("answers") &&
        root["interview"]["answers"].is_object()) {
        for (auto& answer : root["interview"]["answers"]) {
            if (answer.is_string()) edit(answer.get_ref<std::string&>());
        }
    }
    if (root.contains("key") && root["key"].is_object()) {
        Json& key = root["key"];
        eachObject(key, "contraindications", [&](Json& f) { text(f, "feedback"); });
        eachObject(key, "distractors", [&](Json& f) { text(f, "feedback"); });
        eachObject(key, "zones", [&](Json& z) {
            text(z, "reason");
            text(z, "feedback");
        });
        for (const char* section : {"decision", "aftercare", "schedule", "follow_up"}) {
            if (key.contains(section) && key[section].is_object()) {
                text(key[section], "reason");
                text(key[section], "feedback");
            }
        }
    }
    eachObject(root, "sources", [&](Json& s) { text(s, "note"); });
}

} // namespace core
