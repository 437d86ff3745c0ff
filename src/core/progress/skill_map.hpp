// Which skill each graded line item trains, from the catalogue's "skills"
// section (data, not code): the skill groups, the skills, their BKT
// parameters, and the rules matching line item ids to skill ids.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "learning/bkt.hpp"
#include "progress/progress_store.hpp"

#include <string>
#include <vector>

namespace core {

struct CaseFile;

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

    [[nodiscard]] const std::vector<SkillGroup>& groups() const { return m_groups; }
    [[nodiscard]] const std::vector<Skill>& skills() const { return m_skills; }
    [[nodiscard]] const Skill* skill(const std::string& id) const;

    // One outcome row per graded line item (skill "" when none matches),
    // rated: a critical error on the item's skill is Again, partial points Hard, full Good.
    [[nodiscard]] std::vector<OutcomeRow> outcomesOf(const Attempt& attempt, const Report& report, double finishedUnix) const;
    // The skills a case trains (what its key would be graded on).
    [[nodiscard]] std::vector<std::string> skillsOfCase(const CaseFile& file) const;

private:
    std::vector<SkillGroup> m_groups;
    std::vector<Skill> m_skills;
    struct Rule { std::string pattern; std::string skill; };
    std::vector<Rule> m_rules;
};

} // namespace core
