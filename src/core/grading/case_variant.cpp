// Generating a seeded case variant (see case_variant.hpp). All randomness comes
// from one splitmix64 stream seeded by the seed and the case id, so the output
// is the same on every platform and library.
#include "grading/case_variant.hpp"

#include "grading/model_answer.hpp"
#include "grading/variant_text.hpp"
#include "validation/case_checks.hpp"
#include "validation/intake_waits.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

namespace core {
namespace case_variant_detail {

class VariantRandom {
public:
    explicit VariantRandom(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [lo, hi] (hi - lo is small, so the modulo bias is negligible).
    int between(int lo, int hi) { return hi <= lo ? lo : lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool coin() { return (next() & 1U) != 0; }
    template <typename T> const T& pick(const std::vector<T>& list) { return list[static_cast<std::size_t>(between(0, static_cast<int>(list.size()) - 1))]; }

private:
    std::uint64_t m_state;
};

std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

// Every prose string of a case: what the trainee reads and the key's teaching.
void forEachProse(Json& root, const std::function<void(std::string&)>& edit) {
    const auto text = [&](Json& parent, const char* key) {
        if (parent.is_object() && parent.contains(key) && parent[key].is_string()) {
            auto s = parent[key].get<std::string>();
            edit(s);
            parent[key] = s;
        }
    };
    const auto texts = [&](Json& parent, const char* key) {
        if (!parent.is_object() || !parent.contains(key) || !parent[key].is_array()) return;
        for (auto& item : parent[key]) {
            if (!item.is_string()) continue;
            auto s = item.get<std::string>();
            edit(s);
            item = s;
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
    if (root.contains("interview") && root["interview"].is_object() && root["interview"].contains("questions") &&
        root["interview"]["questions"].is_object()) {
        for (auto& [id, answer] : root["interview"]["questions"].items()) {
            if (!answer.is_string()) continue;
            auto s = answer.get<std::string>();
            edit(s);
            answer = s;
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

std::pair<std::string, std::string> firstAndLast(const std::string& name) {
    const auto first = name.find(' ');
    const auto last = name.rfind(' ');
    if (first == std::string::npos) return {name, ""};
    return {name.substr(0, first), name.substr(last + 1)};
}

void varyIdentity(Json& root, const Case& c, VariantRandom& random, const VariantPools& pools) {
    Json& client = root["client"];
    std::string sex = c.client.sex;
    if (c.vary.sex && (sex == "female" || sex == "male") && random.coin()) {
        sex = sex == "female" ? "male" : "female";
        client["sex"] = sex;
        forEachProse(root, [&](std::string& s) { swapPronouns(s, sex); });
    }
    if (c.vary.names) {
        const std::string first = random.pick(pools.firstNames(sex));
        const std::string last = random.pick(pools.surnames);
        const auto [oldFirst, oldLast] = firstAndLast(c.client.name);
        client["name"] = first + " " + last;
        forEachProse(root, [&](std::string& s) {
            (void)replaceWholeWord(s, c.client.name, first + " " + last);
            (void)replaceWholeWord(s, oldFirst, first);
            if (!oldLast.empty()) (void)replaceWholeWord(s, oldLast, last);
        });
    }
    if (c.vary.age) client["age"] = random.between(c.vary.age->min, c.vary.age->max);
    if (c.vary.fitzpatrick) client["fitzpatrick"] = random.between(c.vary.fitzpatrick->min, c.vary.fitzpatrick->max);
    // A face the case named would not fit the new client: the app picks one from sex and age.
    client.erase("face");
}

// A point well inside the zone: in none of its neighbours (no-go areas win a
// hit test) and at least the finding's radius plus a margin from the outline.
std::optional<glm::dvec2> pointInside(const Zone& zone, const ZoneMap& zones, double radius, VariantRandom& random) {
    constexpr double kMargin = 0.004; // the cheeks are narrow crescents: a wider margin leaves almost no room there
    glm::dvec2 lo{1.0, 1.0};
    glm::dvec2 hi{0.0, 0.0};
    for (const auto& polygon : zone.polygons) {
        for (const auto& v : polygon) {
            lo = {std::min(lo.x, v.x), std::min(lo.y, v.y)};
            hi = {std::max(hi.x, v.x), std::max(hi.y, v.y)};
        }
    }
    for (int attempt = 0; attempt < 400; ++attempt) {
        glm::dvec2 p{lo.x + (hi.x - lo.x) * random.unit(), lo.y + (hi.y - lo.y) * random.unit()};
        p = {std::round(p.x * 1000.0) / 1000.0, std::round(p.y * 1000.0) / 1000.0}; // three decimals, as authors write them
        if (!zone.contains(p) || zones.hitTest(p, zone.view) != &zone) continue;
        double clearance = 1.0;
        for (const auto& polygon : zone.polygons) clearance = std::min(clearance, distanceToOutline(polygon, p));
        if (clearance >= radius + kMargin) return p;
    }
    return std::nullopt;
}

void varyFindings(Json& root, const Case& c, VariantRandom& random, const ReferenceData& data) {
    if (!c.vary.findingPositions || !root.contains("findings")) return;
    Json& findings = root["findings"];
    for (std::size_t i = 0; i < c.findings.size() && i < findings.size(); ++i) {
        const Finding& f = c.findings[i];
        const Zone* zone = data.zones.find(f.zone);
        if (!zone) continue;
        if (const auto p = pointInside(*zone, data.zones, f.radius, random)) findings[i]["position"] = Json::array({p->x, p->y});
    }
}

void varyMedications(Json& root, const Case& c, VariantRandom& random, const VariantPools& pools) {
    if (!c.vary.medications) return;
    std::string allText;
    forEachProse(root, [&](std::string& s) { allText += s + "\n"; });
    for (const auto& group : pools.medicationGroups) {
        std::vector<const EquivalentMedicine*> named;
        for (const auto& m : group.members) {
            if (mentionsMedicine(allText, m)) named.push_back(&m);
        }
        // Two of a group in one case (aspirin and clopidogrel) stay as written: swapping one could name both twice.
        if (named.size() != 1) continue;
        const EquivalentMedicine& to = random.pick(group.members);
        if (&to == named.front()) continue;
        forEachProse(root, [&](std::string& s) { swapMedicine(s, *named.front(), to); });
    }
}

int wholeWeeksAtLeast(double weeks) { return static_cast<int>(std::ceil(weeks - 1e-9)); }

void varyWaits(Json& root, const Case& c, VariantRandom& random, const Protocol& protocol) {
    for (const int index : c.vary.waits) {
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
    }
}

std::string weeksText(double weeks) {
    const long whole = std::lround(weeks);
    return std::to_string(whole) + (whole == 1 ? " week" : " weeks");
}

// The key as the grader would hold it after the new timings: a running wait's
// flag expected, a passed wait's flag a distractor, treat turned into defer.
void alignKeyWithWaits(Json& root, const Case& variant, const Protocol& protocol, const ReferenceData& data) {
    const IntakeRules rules = intakeRules(variant, protocol, data.catalogue);
    Json& key = root["key"];
    for (const auto& flag : rules.waivedFlags) {
        Json kept = Json::array();
        for (const auto& item : key["contraindications"]) {
            if (item.value("id", "") != flag) kept.push_back(item);
        }
        key["contraindications"] = kept;
        if (!key.contains("distractors")) key["distractors"] = Json::array();
        key["distractors"].push_back(Json{{"id", flag}, {"feedback", "The profile's wait for this has passed, so it no longer stops treatment."}});
    }
    for (const auto& flag : rules.derivedFlags) {
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

Status refuseIfInvalid(const Json& document, const ReferenceData& data, const std::string& what, Case& out) {
    Diagnostics d;
    out = readCase(document, d);
    if (!d.hasErrors()) checkCaseMeaning(out, data, d);
    if (!d.hasErrors()) return {};
    std::vector<Diagnostic> errors;
    for (auto item : d.items()) {
        if (item.severity != Severity::Error) continue;
        item.message = what + ": " + item.message;
        errors.push_back(std::move(item));
    }
    return std::unexpected(Error(std::move(errors)));
}

} // namespace case_variant_detail

std::string variantCaseId(const std::string& caseId, std::uint64_t seed) { return caseId + "--v" + variantSeedText(seed); }

std::string variantFileText(const Json& document) { return document.dump(2) + "\n"; }

Result<GeneratedVariant> generateVariant(const Json& source, std::uint64_t seed, const ReferenceData& data) {
    using namespace case_variant_detail;
    const VariantPools& pools = data.variantPools;
    Case base;
    if (auto ok = refuseIfInvalid(source, data, "the case does not validate, so no variant can be made from it", base); !ok) {
        return std::unexpected(ok.error());
    }
    if (!base.vary.any()) {
        return std::unexpected(Error("case \"" + base.id + "\" allows no variation: add a \"vary\" section (see cases/README.md, \"Seeded variants\")"));
    }
    if ((base.vary.names && pools.firstNames(base.client.sex).empty()) || (base.vary.names && pools.surnames.empty())) {
        return std::unexpected(Error("the catalogue has no \"variants\" names to draw from: add the section, as in the bundled assets/catalogue.json"));
    }
    const Protocol* protocol = data.protocol(base.protocol);
    if (!protocol) return std::unexpected(Error("case \"" + base.id + "\" names the unknown profile \"" + base.protocol + "\""));
    VariantRandom random(seed ^ fnv1a(base.id));
    GeneratedVariant out;
    Json& doc = out.document;
    doc = source;
    // The order of draws is part of the format: changing it changes every variant.
    varyIdentity(doc, base, random, pools);
    varyFindings(doc, base, random, data);
    varyMedications(doc, base, random, pools);
    varyWaits(doc, base, random, *protocol);
    doc["id"] = variantCaseId(base.id, seed);
    doc["title"] = doc.value("title", base.id) + " (variant " + variantSeedText(seed) + ")";
    doc["variant_of"] = Json{{"case", base.id}, {"seed", variantSeedText(seed)}};
    // A variant is made from the hand-written case, never from another variant:
    // its key may already follow a moved wait, which "vary" rules would refuse.
    doc.erase("vary");
    if (!base.vary.waits.empty()) {
        Diagnostics ignored; // validated in full below
        alignKeyWithWaits(doc, readCase(doc, ignored), *protocol, data);
    }
    if (auto ok = refuseIfInvalid(doc, data, "the variant of \"" + base.id + "\" with seed " + variantSeedText(seed) + " does not validate (a generator bug: report it)",
                                  out.playable);
        !ok) {
        return std::unexpected(ok.error());
    }
    out.modelAnswer = modelAnswer(out.playable, *protocol, data);
    return out;
}

} // namespace core
