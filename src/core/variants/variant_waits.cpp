// Timings either side of a wait, and the key that follows them (see
// variant_waits.hpp).
#include "variants/variant_waits.hpp"

#include "variants/variant_prose.hpp"
#include "variants/variant_text.hpp"
#include "validation/intake_waits.hpp"

#include <algorithm>
#include <cmath>

namespace core {
namespace variant_waits_detail {

int wholeWeeksAtLeast(double weeks) { return static_cast<int>(std::ceil(weeks - 1e-9)); }

std::string weeksText(double weeks) {
    const long whole = std::lround(weeks);
    return std::to_string(whole) + (whole == 1 ? " week" : " weeks");
}

// Drops the entries of a key list whose id is `id`.
void dropId(Json& key, const char* list, const std::string& id) {
    if (!key.contains(list) || !key[list].is_array()) return;
    Json kept = Json::array();
    for (const auto& item : key[list]) {
        if (item.value("id", "") != id) kept.push_back(item);
    }
    key[list] = std::move(kept);
}

bool hasId(const Json& key, const char* list, const std::string& id) {
    if (!key.contains(list) || !key[list].is_array()) return false;
    return std::any_of(key[list].begin(), key[list].end(), [&](const Json& item) { return item.value("id", "") == id; });
}

} // namespace variant_waits_detail

std::string weeksPhrase(int weeks) {
    if (weeks <= 0) return "a few days";
    return std::to_string(weeks) + (weeks == 1 ? " week" : " weeks");
}

void varyWaits(Json& root, const Case& c, VariantRandom& random, const Protocol& protocol) {
    using namespace variant_waits_detail;
    for (const VaryWait& allowed : c.vary.waits) {
        const int index = allowed.treatment;
        if (index < 0 || static_cast<std::size_t>(index) >= c.client.recentTreatments.size()) continue;
        const Wait* wait = protocol.wait(c.client.recentTreatments[static_cast<std::size_t>(index)].kind);
        if (!wait) continue;
        const int waitWeeks = wholeWeeksAtLeast(wait->weeks);
        int weeksAgo = 0;
        if (random.coin() && waitWeeks > 0) {
            weeksAgo = random.between(0, waitWeeks - 1); // the wait still runs
        } else {
            weeksAgo = random.between(waitWeeks, std::min(520, waitWeeks + std::max(4, waitWeeks / 2))); // it has passed
        }
        root["client"]["recent_treatments"][static_cast<std::size_t>(index)]["weeks_ago"] = weeksAgo;
        if (!allowed.said.empty()) {
            const std::string now = weeksPhrase(weeksAgo);
            forEachProse(root, [&](std::string& s) { (void)replaceWholeWord(s, allowed.said, now); });
        }
    }
}

void alignKeyWithWaits(Json& root, const Case& variant, const Protocol& protocol, const ReferenceData& data) {
    using namespace variant_waits_detail;
    const IntakeRules rules = intakeRules(variant, protocol, data.catalogue);
    Json& key = root["key"];
    for (const auto& flag : rules.waivedFlags) {
        dropId(key, "contraindications", flag);
        if (!key.contains("distractors")) key["distractors"] = Json::array();
        if (!hasId(key, "distractors", flag)) {
            key["distractors"].push_back(Json{{"id", flag}, {"feedback", "The profile's wait for this has passed, so it no longer stops treatment."}});
        }
    }
    for (const auto& flag : rules.derivedFlags) {
        // A flag the author taught as a distractor (the wait had passed) now stops treatment.
        dropId(key, "distractors", flag);
        if (!key.contains("contraindications")) key["contraindications"] = Json::array();
        key["contraindications"].push_back(Json{{"id", flag}}); // no feedback: the grader explains the wait
    }
    if (rules.derivedDecision) {
        const ActiveWait* longest = nullptr;
        for (const auto& w : rules.active) {
            if (!w.wait->zoneOnly && (!longest || w.remainingWeeks > longest->remainingWeeks)) longest = &w;
        }
        std::string reason = "A wait in the profile still runs, so treatment waits.";
        if (longest) {
            reason = "\"" + longest->treatment->what + "\", " + weeksText(longest->treatment->weeksAgo) + " ago: profile \"" + protocol.id + "\" waits " +
                     weeksText(longest->wait->weeks) + ", so treatment must wait another " + weeksText(longest->remainingWeeks) + ".";
        }
        key["decision"] = Json{{"expected", "defer"}, {"reason", reason}};
        if (!key.contains("follow_up")) {
            key["follow_up"] = Json{{"feedback", "Rebook once the wait has run; the plan itself still stands then."}};
        }
    }
}

} // namespace core
