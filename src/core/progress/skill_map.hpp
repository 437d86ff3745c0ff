// Which skill each graded line item trains, from the catalogue's "skills"
// section (data, not code): the skill groups, the skills, their BKT
// parameters, and the rules matching line item ids to skill ids.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "learning/bkt.hpp"
#include "progress/progress_store.hpp"

#include <map>
#include <string>
#include <vector>

namespace core {

struct Case;

struct SkillGroup {
    std::string id;    // screening, depth, technique, aftercare, schedule, decision
    std::string label;
};

struct Skill {
    std::string id;    // e.g. "screen.anticoagulants", "depth.cheek.scars"
    std::string label; // e.g. "Anticoagulants", "Depth on the cheeks (scars)"
    std::string group;
    BktParams bkt;
};

class SkillMap {
public:
    // Reads the catalogue's "skills" section; errors are located (file, pointer, line).
    [[nodiscard]] static Result<SkillMap> fromCatalogue(const JsonDocument& catalogue);

    // Remembers what a case's line items need for their skill ids: the band of
    // each zone's work ({indication}) and the zone of each finding
    // ({finding_zone}). Register the library's cases before outcomesOf; an
    // attempt on an unregistered case falls back to the rules without them
    // (its depth items map to "depth.other").
    void addCase(const Case& c);
    void addCases(const std::vector<Case>& cases);

    // The skill a line item id maps to ("" when none): the first rule whose
    // pattern fits `itemId` (and `expected`, when the rule names one) and whose
    // template names a declared skill. `caseId` picks the registered case facts.
    [[nodiscard]] std::string skillOf(const std::string& itemId, const std::string& expected, const std::string& caseId) const;
    // The line item ids a critical error may be about, in rule order (a zone's
    // depth item, else its unplanned item ...); outcomesOf takes the first the
    // report graded. itemOfCritical is the first candidate ("" when none).
    [[nodiscard]] std::vector<std::string> itemsOfCritical(const std::string& criticalId, const std::string& caseId) const;
    [[nodiscard]] std::string itemOfCritical(const std::string& criticalId, const std::string& caseId) const;

    [[nodiscard]] const std::vector<SkillGroup>& groups() const { return m_groups; }
    [[nodiscard]] const std::vector<Skill>& skills() const { return m_skills; }
    [[nodiscard]] const Skill* skill(const std::string& id) const;

    // One outcome row per graded line item (skill "" when none matches),
    // rated: a critical error on the item's skill is Again, partial points Hard, full Good.
    [[nodiscard]] std::vector<OutcomeRow> outcomesOf(const Attempt& attempt, const Report& report, double finishedUnix) const;
    // The skills a case trains (what its key would be graded on), each once, in key order.
    [[nodiscard]] std::vector<std::string> skillsOfCase(const Case& c) const;

    // The facts one case gives the templates (public for the rule matcher).
    struct CaseFacts {
        std::map<std::string, std::string> zoneWork;    // zone -> band kind of its work
        std::string clientWork;                         // the client's first indication's band kind
        std::map<std::string, std::string> findingZone; // finding id -> zone
    };

private:
    std::vector<SkillGroup> m_groups;
    std::vector<Skill> m_skills;
    struct Rule { std::string pattern; std::string expected; std::string skill; };
    std::vector<Rule> m_rules;
    struct CriticalRule { std::string pattern; std::string item; };
    std::vector<CriticalRule> m_criticals;
    std::map<std::string, std::string> m_indicationBands; // catalogue indication id -> band kind
    std::map<std::string, CaseFacts> m_cases;             // by case id
    [[nodiscard]] CaseFacts factsOf(const Case& c) const;
    [[nodiscard]] std::string skillWith(const std::string& itemId, const std::string& expected, const CaseFacts* facts) const;
};

} // namespace core
