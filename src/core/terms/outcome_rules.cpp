// Outcome rules and case visit steps: the vocabularies (likelihood, management
// choices, layer places) and the structural readers.
#include "terms/outcome_rules.hpp"

namespace core {
namespace outcome_rules_detail {

template <typename E> std::vector<E> choiceList(ObjectReader& r, const std::string& key, const Choices<E>& options) {
    return readChoiceArray(r, key, Need::Optional, options);
}

OutcomeLayer readLayer(const Json& node, const std::string& pointer, Diagnostics& diagnostics) {
    OutcomeLayer layer;
    ObjectReader r(node, pointer, diagnostics);
    if (!r.isObject()) return layer;
    layer.kindName = r.string("kind", Need::Required, false).value_or("");
    layer.place = r.choice("place", Need::Optional, layerPlaceChoices()).value_or(LayerPlace::Treated);
    layer.zones = r.stringArray("zones", Need::Optional);
    layer.findingType = r.string("finding", Need::Optional, false).value_or("");
    layer.severity = r.number("severity", Need::Optional, 0.0, 1.0).value_or(0.5);
    if (layer.place == LayerPlace::Zones && layer.zones.empty())
        diagnostics.error(pointer, "a layer placed on \"zones\" needs a non-empty \"zones\" list of zone ids");
    if (layer.place == LayerPlace::Finding && layer.findingType.empty())
        diagnostics.error(pointer, "a layer placed on a \"finding\" needs \"finding\": the finding type whose zones it covers");
    r.finish();
    return layer;
}

VisitTime readTime(ObjectReader& parent) {
    VisitTime time;
    const Json* at = parent.object("at", Need::Required);
    if (!at) return time;
    ObjectReader r(*at, parent.pointerOf("at"), parent.diagnostics());
    const auto days = r.integer("days", Need::Optional, 1, 365);
    const auto weeks = r.integer("weeks", Need::Optional, 1, 52);
    if (r.has("days") == r.has("weeks"))
        parent.diagnostics().error(parent.pointerOf("at"), "give the time as one of {\"days\": N} or {\"weeks\": N}");
    if (days) time.days = *days;
    if (weeks) {
        time.days = 7 * *weeks;
        time.inWeeks = true;
    }
    r.finish();
    return time;
}

} // namespace outcome_rules_detail

const Choices<Likelihood>& likelihoodChoices() {
    static const Choices<Likelihood> c{{"expected", Likelihood::Expected}, {"common", Likelihood::Common}, {"uncommon", Likelihood::Uncommon}, {"rare", Likelihood::Rare}};
    return c;
}
std::string toString(Likelihood value) { return nameOf(likelihoodChoices(), value); }

double likelihoodChance(Likelihood value) {
    // Words, not measured rates: the literature gives case reports and small
    // series. The chances keep "common" often seen and "rare" seldom seen.
    switch (value) {
    case Likelihood::Expected: return 1.0;
    case Likelihood::Common: return 0.5;
    case Likelihood::Uncommon: return 0.2;
    case Likelihood::Rare: return 0.05;
    }
    return 1.0;
}

const Choices<ManagementChoice>& managementChoices() {
    static const Choices<ManagementChoice> c{{"reassure", ManagementChoice::Reassure},
                                             {"change_aftercare", ManagementChoice::ChangeAftercare},
                                             {"stop_actives", ManagementChoice::StopActives},
                                             {"strict_spf", ManagementChoice::StrictSpf},
                                             {"antivirals_prescriber", ManagementChoice::AntiviralsPrescriber},
                                             {"refer_gp", ManagementChoice::ReferGp},
                                             {"refer_dermatologist", ManagementChoice::ReferDermatologist},
                                             {"pause_course", ManagementChoice::PauseCourse},
                                             {"document_report", ManagementChoice::DocumentReport}};
    return c;
}
std::string toString(ManagementChoice value) { return nameOf(managementChoices(), value); }

std::string managementLabel(ManagementChoice value) {
    switch (value) {
    case ManagementChoice::Reassure: return "Reassure and keep the plan";
    case ManagementChoice::ChangeAftercare: return "Change the aftercare";
    case ManagementChoice::StopActives: return "Stop actives (retinoids, acids)";
    case ManagementChoice::StrictSpf: return "Strict sun protection (SPF 50, shade)";
    case ManagementChoice::AntiviralsPrescriber: return "Antivirals through a prescriber";
    case ManagementChoice::ReferGp: return "Refer to the GP";
    case ManagementChoice::ReferDermatologist: return "Refer to a dermatologist";
    case ManagementChoice::PauseCourse: return "Pause the course";
    case ManagementChoice::DocumentReport: return "Document and report";
    }
    return "?";
}

std::string visitTimeLabel(const VisitTime& time) {
    if (time.inWeeks && time.days % 7 == 0) return "Week " + std::to_string(time.days / 7);
    return "Day " + std::to_string(time.days);
}

const Choices<LayerPlace>& layerPlaceChoices() {
    static const Choices<LayerPlace> c{{"treated", LayerPlace::Treated}, {"zones", LayerPlace::Zones}, {"finding", LayerPlace::Finding}};
    return c;
}

OutcomeStage readOutcomeStage(ObjectReader& r) {
    OutcomeStage stage;
    stage.at = outcome_rules_detail::readTime(r);
    stage.clientSays = SharedText(r.string("client_says", Need::Required, false).value_or(""));
    stage.practitionerSees = SharedText(r.string("practitioner_sees", Need::Required, false).value_or(""));
    if (const Json* layers = r.array("layers", Need::Optional)) {
        for (std::size_t i = 0; i < layers->size(); ++i)
            stage.layers.push_back(outcome_rules_detail::readLayer((*layers)[i], r.pointerOf("layers") + "/" + std::to_string(i), r.diagnostics()));
    }
    return stage;
}

ManagementKey readManagementKey(const Json& node, const std::string& pointer, Diagnostics& diagnostics) {
    ManagementKey key;
    ObjectReader r(node, pointer, diagnostics);
    if (!r.isObject()) return key;
    key.expected = outcome_rules_detail::choiceList(r, "expected", managementChoices());
    key.acceptable = outcome_rules_detail::choiceList(r, "acceptable", managementChoices());
    key.harmful = outcome_rules_detail::choiceList(r, "harmful", managementChoices());
    key.critical = outcome_rules_detail::choiceList(r, "critical", managementChoices());
    key.feedback = SharedText(r.string("feedback", Need::Required, false).value_or(""));
    if (key.expected.empty()) diagnostics.error(pointer + "/expected", "name at least one expected choice: what a competent practitioner does here");
    r.finish();
    return key;
}

std::vector<OutcomeRule> readOutcomeRules(const Json& array, const std::string& pointer, Diagnostics& diagnostics) {
    std::vector<OutcomeRule> rules;
    if (!array.is_array()) {
        diagnostics.error(pointer, "\"outcomes\" must be an array of outcome rules, not " + describeJsonType(array));
        return rules;
    }
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string at = pointer + "/" + std::to_string(i);
        ObjectReader r(array[i], at, diagnostics);
        if (!r.isObject()) continue;
        OutcomeRule rule;
        rule.pointer = at;
        rule.id = r.string("id", Need::Required, false).value_or("");
        rule.label = r.string("label", Need::Required, false).value_or("");
        if (const Json* when = r.object("when", Need::Required)) rule.when = readOutcomeCondition(*when, r.pointerOf("when"), diagnostics);
        rule.likelihood = r.choice("likelihood", Need::Required, likelihoodChoices()).value_or(Likelihood::Common);
        if (const Json* course = r.array("course", Need::Required)) {
            if (course->empty()) diagnostics.error(r.pointerOf("course"), "an outcome needs at least one time point in \"course\"");
            for (std::size_t k = 0; k < course->size(); ++k) {
                ObjectReader stage((*course)[k], r.pointerOf("course") + "/" + std::to_string(k), diagnostics);
                if (!stage.isObject()) continue;
                rule.course.push_back(readOutcomeStage(stage));
                stage.finish();
            }
        }
        if (const Json* manage = r.object("manage", Need::Required)) rule.manage = readManagementKey(*manage, r.pointerOf("manage"), diagnostics);
        rule.citation.refs = r.stringArray("refs", Need::Required);
        r.finish();
        rules.push_back(std::move(rule));
    }
    return rules;
}

std::vector<CaseVisitStep> readCaseVisitSteps(const Json& array, const std::string& pointer, Diagnostics& diagnostics) {
    std::vector<CaseVisitStep> steps;
    if (!array.is_array()) {
        diagnostics.error(pointer, "\"visits\" must be an array of follow-up steps, not " + describeJsonType(array));
        return steps;
    }
    for (std::size_t i = 0; i < array.size(); ++i) {
        ObjectReader r(array[i], pointer + "/" + std::to_string(i), diagnostics);
        if (!r.isObject()) continue;
        CaseVisitStep step;
        step.id = r.string("id", Need::Required, false).value_or("");
        step.label = r.string("label", Need::Required, false).value_or("");
        step.stage = readOutcomeStage(r);
        if (const Json* manage = r.object("manage", Need::Required)) step.manage = readManagementKey(*manage, r.pointerOf("manage"), diagnostics);
        step.refs = r.stringArray("refs", Need::Optional);
        r.finish();
        steps.push_back(std::move(step));
    }
    return steps;
}

} // namespace core
