// Fuzz target: outcome rules and case visit steps (model/outcome_rules,
// model/outcome_condition): any JSON through the readers and meaning checks,
// then each rule's condition evaluated and a timeline built with the rules.
#include "fuzz_support.hpp"
#include "model/attempt.hpp"
#include "outcome/outcome_match.hpp"
#include "outcome/visit_timeline.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto doc = core::JsonDocument::fromText(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (!doc) return 0;
    const core::ReferenceData& reference = fuzz::referenceData();
    const core::Json& root = doc->root();
    core::Diagnostics d;
    const core::Json& rulesJson = root.is_object() && root.contains("outcomes") ? root.at("outcomes") : root;
    core::ReferenceData copy = reference;
    copy.catalogue.outcomes = core::readOutcomeRules(rulesJson, "/outcomes", d);
    core::checkOutcomeRules(copy.catalogue.outcomes, copy.catalogue, copy.zones, d);
    core::Case c;
    c.id = "fuzz";
    c.client.fitzpatrick = 5;
    c.client.medicalHistory = {"cold sores"};
    c.findings.push_back({"acne-1", "active_acne", "chin", {0.5, 0.78}, 0.02, {}});
    if (root.is_object() && root.contains("visits")) {
        c.visits = core::readCaseVisitSteps(root.at("visits"), "/visits", d);
        core::checkCaseVisitSteps(c.visits, copy.zones, copy.references, d);
    }
    if (d.hasErrors()) return 0; // only checked rules are evaluated, as in the app
    core::Attempt a;
    a.caseId = "fuzz";
    a.zones.push_back({"chin", core::ZoneAction::Treat, 1.5, {core::Pattern::Vertical}, 5, core::Endpoint::PinpointBleeding});
    a.aftercare = {"retinol_same_night"};
    a.visitSeed = static_cast<std::uint32_t>(size);
    const core::Protocol* p = copy.protocol("clinic-standard");
    if (!p) return 0;
    for (const auto& rule : copy.catalogue.outcomes) (void)core::conditionHolds(rule.when, core::OutcomeFacts{c, a, *p, copy.catalogue});
    (void)core::buildVisitTimeline(c, a, *p, copy);
    return 0;
}
