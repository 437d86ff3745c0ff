// Catalogue model and reader.
#include "model/catalogue.hpp"
#include "terms/input_limits.hpp"

#include <algorithm>
#include <set>

namespace core {
namespace {

template <typename T> const T* findById(const std::vector<T>& items, const std::string& id) {
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template <typename T> std::vector<std::string> idsOf(const std::vector<T>& items) {
    std::vector<std::string> out;
    for (const auto& x : items) out.push_back(x.id);
    return out;
}

// Reads one catalogue section: an array of objects, each with a unique id.
template <typename T, typename ReadItem>
std::vector<T> readSection(ObjectReader& top, const std::string& key, ReadItem readItem, Need need = Need::Required) {
    std::vector<T> out;
    std::set<std::string> seen;
    const Json* list = top.array(key, need);
    if (!list) return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        ObjectReader r((*list)[i], top.pointerOf(key) + "/" + std::to_string(i), top.diagnostics());
        if (!r.isObject()) continue;
        T item;
        item.id = r.string("id", Need::Required, false).value_or("");
        item.label = r.string("label", Need::Required, false).value_or(item.id);
        readItem(r, item);
        if (!item.id.empty() && !seen.insert(item.id).second) {
            top.diagnostics().error(r.pointerOf("id"), "\"" + item.id + "\" is listed twice in " + key + ": ids must be unique");
        }
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace

const Choices<Marker>& markerChoices() {
    static const Choices<Marker> c{{"dot", Marker::Dot},   {"cluster", Marker::Cluster}, {"patch", Marker::Patch},
                                   {"ring", Marker::Ring}, {"cross", Marker::Cross},     {"hatch", Marker::Hatch}};
    return c;
}

const Choices<HarmfulCritical>& harmfulCriticalChoices() {
    static const Choices<HarmfulCritical> c{{"never", HarmfulCritical::Never},
                                            {"always", HarmfulCritical::Always},
                                            {"after_bleeding_depth", HarmfulCritical::AfterBleedingDepth}};
    return c;
}

const Referral* Catalogue::findReferral(const std::string& id) const { return findById(referrals, id); }
const AftercareItem* Catalogue::findAdvice(const std::string& id) const { return findById(advice, id); }
std::vector<std::string> Catalogue::referralIds() const { return idsOf(referrals); }
std::vector<std::string> Catalogue::adviceIds() const { return idsOf(advice); }
const InterviewQuestion* Catalogue::findQuestion(const std::string& id) const { return findById(questions, id); }
const OutcomeRule* Catalogue::findOutcome(const std::string& id) const { return findById(outcomes, id); }
std::vector<std::string> Catalogue::questionIds() const { return idsOf(questions); }
const Cartridge* Catalogue::findCartridge(const std::string& id) const { return findById(cartridges, id); }
std::vector<std::string> Catalogue::cartridgeIds() const { return idsOf(cartridges); }
const ScreeningItem* Catalogue::findScreening(const std::string& id) const { return findById(screening, id); }
const Indication* Catalogue::findIndication(const std::string& id) const { return findById(indications, id); }
const AftercareItem* Catalogue::findAftercare(const std::string& id) const { return findById(aftercare, id); }
const FindingType* Catalogue::findFindingType(const std::string& id) const { return findById(findingTypes, id); }
std::vector<std::string> Catalogue::screeningIds() const { return idsOf(screening); }
std::vector<std::string> Catalogue::indicationIds() const { return idsOf(indications); }
std::vector<std::string> Catalogue::aftercareIds() const { return idsOf(aftercare); }
std::vector<std::string> Catalogue::findingTypeIds() const { return idsOf(findingTypes); }

Catalogue readCatalogue(const Json& root, Diagnostics& diagnostics) {
    Catalogue c;
    ObjectReader top(root, "", diagnostics);
    if (!top.isObject()) return c;
    (void)top.string("kind", Need::Required);
    (void)top.integer("schema_version", Need::Required, 1, 1);
    c.screening = readSection<ScreeningItem>(top, "screening", [](ObjectReader& r, ScreeningItem& s) {
        s.kind = r.choice("kind", Need::Required, screeningKindChoices()).value_or(ScreeningKind::Absolute);
        s.action = r.string("action", Need::Required).value_or("");
        s.explanation = r.string("explanation", Need::Optional).value_or("");
        s.tiers = readChoiceArray(r, "tiers", Need::Required, tierChoices());
        s.refs = r.stringArray("refs", Need::Required);
        s.synonyms = r.stringArray("synonyms", Need::Optional);
    });
    c.indications = readSection<Indication>(top, "indications", [](ObjectReader& r, Indication& x) {
        x.band = r.choice("band", Need::Required, bandKindChoices()).value_or(BandKind::Rejuvenation);
        x.onFaceMap = r.boolean("face_map", Need::Required).value_or(true);
        x.explanation = r.string("explanation", Need::Optional).value_or("");
    });
    c.aftercare = readSection<AftercareItem>(top, "aftercare", [](ObjectReader& r, AftercareItem& a) {
        a.harmful = r.boolean("harmful", Need::Required).value_or(false);
        if (a.harmful) {
            a.critical = r.choice("critical_when", Need::Required, harmfulCriticalChoices()).value_or(HarmfulCritical::Never);
        } else if (r.has("critical_when")) {
            r.diagnostics().error(r.pointerOf("critical_when"), "only harmful advice can be critical: remove \"critical_when\"");
        }
        a.explanation = r.string("explanation", Need::Optional).value_or("");
        a.tiers = readChoiceArray(r, "tiers", Need::Required, tierChoices());
        a.refs = r.stringArray("refs", Need::Required);
    });
    c.findingTypes = readSection<FindingType>(top, "finding_types", [](ObjectReader& r, FindingType& f) {
        f.screening = r.string("screening", Need::Required).value_or("");
        f.marker = r.choice("marker", Need::Required, markerChoices()).value_or(Marker::Dot);
        f.defaultRadius = r.number("default_radius", Need::Required, 0.003, 0.2).value_or(0.015);
        f.siteRule = r.choice("site_rule", Need::Required, siteRuleChoices()).value_or(SiteRule::None);
        f.explanation = r.string("explanation", Need::Optional).value_or("");
    });
    c.referrals = readSection<Referral>(top, "referrals", [](ObjectReader& r, Referral& x) {
        x.explanation = r.string("explanation", Need::Optional).value_or("");
    });
    c.advice = readSection<AftercareItem>(top, "advice", [](ObjectReader& r, AftercareItem& a) {
        a.explanation = r.string("explanation", Need::Optional).value_or("");
        a.tiers = readChoiceArray(r, "tiers", Need::Required, tierChoices());
        a.refs = r.stringArray("refs", Need::Required);
    });
    c.questions = readSection<InterviewQuestion>(
        top, "questions",
        [](ObjectReader& r, InterviewQuestion& q) {
            q.topic = r.string("topic", Need::Required, false).value_or("");
            q.defaultAnswer = r.string("default_answer", Need::Required, false).value_or("");
            q.refs = r.stringArray("refs", Need::Required);
        },
        Need::Optional);
    // Follow-up visit outcomes (optional): read whole, checked once the zone map is known (loadReferenceData).
    if (const Json* outcomes = top.array("outcomes", Need::Optional)) c.outcomes = readOutcomeRules(*outcomes, "/outcomes", diagnostics);
    c.cartridges = readSection<Cartridge>(
        top, "cartridges",
        [](ObjectReader& r, Cartridge& x) {
            x.needles = r.integer("needles", Need::Required, kCartridgeNeedlesLimit.min, kCartridgeNeedlesLimit.max).value_or(12);
            x.headMm = r.number("head_mm", Need::Required, kCartridgeHeadMinMm, kCartridgeHeadMaxMm).value_or(7.0);
            x.refs = r.stringArray("refs", Need::Required);
        },
        Need::Optional);
    // The skills section is data for the progress module (progress/skill_map reads it);
    // named here so the reader does not warn about it as an unknown member.
    (void)top.object("skills", Need::Optional);
    // Likewise the variants section: names and equivalent medicines for seeded case variants (model/variant_pools).
    (void)top.object("variants", Need::Optional);
    // Cross-references inside the catalogue.
    for (std::size_t i = 0; i < c.findingTypes.size(); ++i) {
        const auto& f = c.findingTypes[i];
        if (!f.screening.empty() && !c.findScreening(f.screening)) {
            diagnostics.error("/finding_types/" + std::to_string(i) + "/screening",
                              "\"" + f.screening + "\" is not a screening id in this catalogue");
        }
    }
    return c;
}

} // namespace core
