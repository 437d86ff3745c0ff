// Meaning checks of outcome rules and case visit steps: catalogue ids in
// conditions, skin kinds and zones in layers, time order, consistent keys.
#include "terms/outcome_rules.hpp"

#include "base/text_similarity.hpp"
#include "model/catalogue.hpp"
#include "terms/skin_layers.hpp"
#include "terms/zone_map.hpp"

#include <set>

namespace core {
namespace outcome_checks_detail {

void checkId(bool known, const std::string& pointer, const std::string& id, const char* what, const std::vector<std::string>& ids, Diagnostics& d) {
    if (!known) d.error(pointer, "\"" + id + "\" is not a " + what + " in catalogue.json." + didYouMean(id, ids));
}

void checkStage(const OutcomeStage& stage, const std::string& pointer, const ZoneMap& zones, const Catalogue* catalogue, Diagnostics& d) {
    for (std::size_t i = 0; i < stage.layers.size(); ++i) {
        const auto& layer = stage.layers[i];
        const std::string at = pointer + "/layers/" + std::to_string(i);
        if (!layer.kindName.empty() && !skinKindFromName(layer.kindName))
            d.error(at + "/kind", "\"" + layer.kindName + "\" is not a skin kind." + didYouMean(layer.kindName, skinKindNames()));
        for (std::size_t z = 0; z < layer.zones.size(); ++z) {
            if (!zones.find(layer.zones[z]))
                d.error(at + "/zones/" + std::to_string(z), "\"" + layer.zones[z] + "\" is not a zone in zones.json." + didYouMean(layer.zones[z], zones.ids()));
        }
        if (catalogue && !layer.findingType.empty())
            checkId(catalogue->findFindingType(layer.findingType) != nullptr, at + "/finding", layer.findingType, "finding type", catalogue->findingTypeIds(), d);
    }
}

void checkKey(const ManagementKey& key, const std::string& pointer, Diagnostics& d) {
    const std::set<ManagementChoice> expected(key.expected.begin(), key.expected.end());
    for (auto list : {&key.harmful, &key.critical, &key.acceptable}) {
        for (auto choice : *list) {
            if (expected.count(choice))
                d.error(pointer, "\"" + toString(choice) + "\" is both expected and " +
                                     (list == &key.harmful ? "harmful" : list == &key.critical ? "critical" : "acceptable") + ": keep it in one list");
        }
    }
}

} // namespace outcome_checks_detail

void checkOutcomeCondition(const OutcomeCondition& c, const Catalogue& catalogue, Diagnostics& d) {
    using outcome_checks_detail::checkId;
    const std::string at = c.pointer + "/" + nameOf(conditionTestChoices(), c.test);
    switch (c.test) {
    case ConditionTest::ClientHas:
    case ConditionTest::Flagged:
        checkId(catalogue.findScreening(c.id) != nullptr, at, c.id, "screening item", catalogue.screeningIds(), d);
        break;
    case ConditionTest::Aftercare: checkId(catalogue.findAftercare(c.id) != nullptr, at, c.id, "aftercare item", catalogue.aftercareIds(), d); break;
    case ConditionTest::Advised: {
        auto ids = catalogue.aftercareIds();
        for (const auto& id : catalogue.adviceIds()) ids.push_back(id);
        checkId(catalogue.findAftercare(c.id) || catalogue.findAdvice(c.id), at, c.id, "aftercare or advice item", ids, d);
        break;
    }
    case ConditionTest::TreatedOverFinding:
        checkId(catalogue.findFindingType(c.id) != nullptr, at, c.id, "finding type", catalogue.findingTypeIds(), d);
        break;
    default: break;
    }
    for (const auto& child : c.children) checkOutcomeCondition(child, catalogue, d);
}

void checkOutcomeRules(const std::vector<OutcomeRule>& rules, const Catalogue& catalogue, const ZoneMap& zones, Diagnostics& d) {
    std::set<std::string> seen;
    for (const auto& rule : rules) {
        if (!rule.id.empty() && !seen.insert(rule.id).second) d.error(rule.pointer + "/id", "outcome id \"" + rule.id + "\" is used twice: ids must be unique");
        checkOutcomeCondition(rule.when, catalogue, d);
        for (std::size_t k = 0; k < rule.course.size(); ++k) {
            const std::string at = rule.pointer + "/course/" + std::to_string(k);
            outcome_checks_detail::checkStage(rule.course[k], at, zones, &catalogue, d);
            if (k > 0 && !(rule.course[k - 1].at < rule.course[k].at))
                d.error(at + "/at", "time points must be in order, each later than the one before");
        }
        outcome_checks_detail::checkKey(rule.manage, rule.pointer + "/manage", d);
    }
}

void checkCaseVisitSteps(const std::vector<CaseVisitStep>& steps, const ZoneMap& zones, const References& references, Diagnostics& d) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const std::string at = "/visits/" + std::to_string(i);
        const auto& step = steps[i];
        if (!step.id.empty() && !seen.insert(step.id).second) d.error(at + "/id", "visit step id \"" + step.id + "\" is used twice: ids must be unique");
        outcome_checks_detail::checkStage(step.stage, at, zones, nullptr, d);
        for (const auto& layer : step.stage.layers) {
            if (layer.place == LayerPlace::Finding) d.error(at + "/layers", "a case step places layers on \"treated\" zones or named \"zones\", not a \"finding\"");
        }
        outcome_checks_detail::checkKey(step.manage, at + "/manage", d);
        for (std::size_t r = 0; r < step.refs.size(); ++r) {
            if (!references.find(step.refs[r]))
                d.error(at + "/refs/" + std::to_string(r), "\"" + step.refs[r] + "\" is not in assets/references.json." + didYouMean(step.refs[r], references.ids()));
        }
    }
}

} // namespace core
