// The skill map: reads the catalogue's "skills" section and turns a graded
// attempt into one rated outcome row per line item.
#include "progress/skill_map.hpp"

#include "grading/report.hpp"
#include "json/object_reader.hpp"
#include "learning/fsrs.hpp"
#include "model/attempt.hpp"
#include "model/case_model.hpp"

#include <algorithm>
#include <set>

namespace core {
namespace skill_map_detail {

// "*" matches any run of characters (colons included); everything else literally.
bool globMatches(std::string_view pattern, std::string_view text) {
    std::size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

const std::set<std::string>& knownVariables() {
    static const std::set<std::string> names{"subject", "zone_region", "indication", "finding_zone"};
    return names;
}

// The variable names a template uses, or an error message for a malformed one.
std::string checkTemplate(const std::string& text) {
    std::size_t at = 0;
    while ((at = text.find('{', at)) != std::string::npos) {
        const std::size_t end = text.find('}', at);
        if (end == std::string::npos) return "an unclosed \"{\" in \"" + text + "\": close it with \"}\"";
        const std::string name = text.substr(at + 1, end - at - 1);
        if (!knownVariables().count(name)) {
            return "unknown template variable {" + name + "} in \"" + text + "\": use {subject}, {zone_region}, {indication} or {finding_zone}";
        }
        at = end + 1;
    }
    return {};
}

// "cheek_left" -> "cheek": the side of a paired zone does not make a different skill.
std::string zoneRegion(const std::string& zone) {
    for (const std::string_view side : {"_left", "_right"}) {
        if (zone.size() > side.size() && zone.ends_with(side)) return zone.substr(0, zone.size() - side.size());
    }
    return zone;
}

// The subject of an id: "zone:cheek_left:depth" -> "cheek_left", "flag:pregnancy" -> "pregnancy".
std::string subjectOf(const std::string& id) {
    const std::size_t first = id.find(':');
    if (first == std::string::npos) return {};
    const std::size_t second = id.find(':', first + 1);
    return id.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
}

// Fills the template; nullopt when a variable has no value here (the rule does not apply).
std::optional<std::string> expand(const std::string& text, const std::string& subject, const SkillMap::CaseFacts* facts) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('{', at);
        if (open == std::string::npos) {
            out += text.substr(at);
            break;
        }
        out += text.substr(at, open - at);
        const std::size_t close = text.find('}', open);
        const std::string name = text.substr(open + 1, close - open - 1);
        std::string value;
        if (name == "subject") {
            value = subject;
        } else if (name == "zone_region") {
            value = zoneRegion(subject);
        } else if (name == "indication" && facts) {
            const auto it = facts->zoneWork.find(subject);
            value = it != facts->zoneWork.end() ? it->second : facts->clientWork;
        } else if (name == "finding_zone" && facts) {
            const auto it = facts->findingZone.find(subject);
            if (it != facts->findingZone.end()) value = it->second;
        }
        if (value.empty()) return std::nullopt;
        out += value;
        at = close + 1;
    }
    return out;
}

std::optional<BktParams> readBkt(ObjectReader& parent, const std::string& key) {
    const Json* node = parent.object(key, Need::Optional);
    if (!node) return std::nullopt;
    ObjectReader r(*node, parent.pointerOf(key), parent.diagnostics());
    BktParams p;
    // Strictly inside (0, 1): a probability of 0 or 1 freezes the estimate for good.
    constexpr double kLow = 1e-6, kHigh = 1.0 - 1e-6;
    p.prior = r.number("prior", Need::Required, kLow, kHigh).value_or(p.prior);
    p.learn = r.number("learn", Need::Required, kLow, kHigh).value_or(p.learn);
    p.guess = r.number("guess", Need::Required, kLow, kHigh).value_or(p.guess);
    p.slip = r.number("slip", Need::Required, kLow, kHigh).value_or(p.slip);
    if (p.guess + p.slip >= 1.0) {
        r.diagnostics().error(parent.pointerOf(key), "guess + slip must be below 1, or a right answer would count against mastery: lower one of them");
    }
    return p;
}

bool isZoneKind(const LineItem& item) { return item.kind == "zone"; }

// A line item "fully right": all its points (a pure deduction item right when it cost nothing).
bool fullMarks(const LineItem& item) {
    constexpr double kEpsilon = 1e-9;
    if (item.points < -kEpsilon) return false;
    return item.points + kEpsilon >= item.max;
}

} // namespace skill_map_detail

Result<SkillMap> SkillMap::fromCatalogue(const JsonDocument& catalogue) {
    using namespace skill_map_detail;
    Diagnostics diagnostics;
    SkillMap map;
    const Json& root = catalogue.root();
    if (root.is_object()) {
        if (const auto it = root.find("indications"); it != root.end() && it->is_array()) {
            for (const auto& indication : *it) {
                if (indication.is_object() && indication.contains("id") && indication.contains("band") && indication["id"].is_string() &&
                    indication["band"].is_string()) {
                    map.m_indicationBands[indication["id"].get<std::string>()] = indication["band"].get<std::string>();
                }
            }
        }
    }
    {
        ObjectReader top(root, "", diagnostics);
        const Json* section = top.isObject() ? top.object("skills", Need::Optional) : nullptr;
        if (top.isObject() && !section) {
            diagnostics.error("", "the catalogue has no \"skills\" section: add one (groups, skills, rules, criticals), as in the bundled "
                                  "assets/catalogue.json");
        }
        if (section) {
            ObjectReader s(*section, "/skills", diagnostics);
            const BktParams defaults = readBkt(s, "default_bkt").value_or(BktParams{});
            std::set<std::string> groupIds;
            if (const Json* groups = s.array("groups", Need::Required)) {
                for (std::size_t i = 0; i < groups->size(); ++i) {
                    ObjectReader g((*groups)[i], "/skills/groups/" + std::to_string(i), diagnostics);
                    if (!g.isObject()) continue;
                    SkillGroup group{g.string("id", Need::Required, false).value_or(""), g.string("label", Need::Required, false).value_or("")};
                    if (!group.id.empty() && !groupIds.insert(group.id).second) {
                        diagnostics.error(g.pointerOf("id"), "group \"" + group.id + "\" is listed twice: group ids must be unique");
                    }
                    map.m_groups.push_back(std::move(group));
                }
            }
            std::set<std::string> skillIds;
            if (const Json* skills = s.array("skills", Need::Required)) {
                for (std::size_t i = 0; i < skills->size(); ++i) {
                    ObjectReader k((*skills)[i], "/skills/skills/" + std::to_string(i), diagnostics);
                    if (!k.isObject()) continue;
                    Skill skill;
                    skill.id = k.string("id", Need::Required, false).value_or("");
                    skill.label = k.string("label", Need::Required, false).value_or(skill.id);
                    skill.group = k.string("group", Need::Required, false).value_or("");
                    skill.bkt = readBkt(k, "bkt").value_or(defaults);
                    if (!skill.id.empty() && !skillIds.insert(skill.id).second) {
                        diagnostics.error(k.pointerOf("id"), "skill \"" + skill.id + "\" is listed twice: skill ids must be unique");
                    }
                    if (!skill.group.empty() && !groupIds.count(skill.group)) {
                        diagnostics.error(k.pointerOf("group"), "\"" + skill.group + "\" is not a group in /skills/groups: add it there or use one of those");
                    }
                    map.m_skills.push_back(std::move(skill));
                }
            }
            if (const Json* rules = s.array("rules", Need::Required)) {
                for (std::size_t i = 0; i < rules->size(); ++i) {
                    ObjectReader r((*rules)[i], "/skills/rules/" + std::to_string(i), diagnostics);
                    if (!r.isObject()) continue;
                    Rule rule{r.string("match", Need::Required, false).value_or(""), r.string("expected", Need::Optional, false).value_or(""),
                              r.string("skill", Need::Required, false).value_or("")};
                    if (const std::string problem = checkTemplate(rule.skill); !problem.empty()) {
                        diagnostics.error(r.pointerOf("skill"), problem);
                    } else if (rule.skill.find('{') == std::string::npos && !rule.skill.empty() && !skillIds.count(rule.skill)) {
                        diagnostics.error(r.pointerOf("skill"), "\"" + rule.skill + "\" is not a skill in /skills/skills: declare it or fix the id");
                    }
                    map.m_rules.push_back(std::move(rule));
                }
            }
            if (const Json* criticals = s.array("criticals", Need::Required)) {
                for (std::size_t i = 0; i < criticals->size(); ++i) {
                    ObjectReader r((*criticals)[i], "/skills/criticals/" + std::to_string(i), diagnostics);
                    if (!r.isObject()) continue;
                    CriticalRule rule{r.string("match", Need::Required, false).value_or(""), r.string("item", Need::Required, false).value_or("")};
                    if (const std::string problem = checkTemplate(rule.item); !problem.empty()) diagnostics.error(r.pointerOf("item"), problem);
                    map.m_criticals.push_back(std::move(rule));
                }
            }
        }
    }
    if (diagnostics.hasErrors()) {
        catalogue.locate(diagnostics);
        std::vector<Diagnostic> errors;
        for (auto& d : diagnostics.items()) {
            if (d.severity == Severity::Error) errors.push_back(d);
        }
        return std::unexpected(Error(std::move(errors)));
    }
    return map;
}

const Skill* SkillMap::skill(const std::string& id) const {
    const auto it = std::find_if(m_skills.begin(), m_skills.end(), [&](const Skill& s) { return s.id == id; });
    return it == m_skills.end() ? nullptr : &*it;
}

SkillMap::CaseFacts SkillMap::factsOf(const Case& c) const {
    CaseFacts facts;
    if (!c.client.indications.empty()) {
        if (const auto it = m_indicationBands.find(c.client.indications.front()); it != m_indicationBands.end()) facts.clientWork = it->second;
    }
    for (const auto& z : c.key.zones) {
        if (z.bandKind) facts.zoneWork[z.zone] = toString(*z.bandKind);
    }
    for (const auto& f : c.findings) facts.findingZone[f.id] = f.zone;
    return facts;
}

void SkillMap::addCase(const Case& c) { m_cases[c.id] = factsOf(c); }

void SkillMap::addCases(const std::vector<Case>& cases) {
    for (const auto& c : cases) addCase(c);
}

std::string SkillMap::skillOf(const std::string& itemId, const std::string& expected, const std::string& caseId) const {
    const auto known = m_cases.find(caseId);
    return skillWith(itemId, expected, known == m_cases.end() ? nullptr : &known->second);
}

std::string SkillMap::skillWith(const std::string& itemId, const std::string& expected, const CaseFacts* facts) const {
    using namespace skill_map_detail;
    const std::string subject = subjectOf(itemId);
    for (const auto& rule : m_rules) {
        if (!rule.expected.empty() && rule.expected != expected) continue;
        if (!globMatches(rule.pattern, itemId)) continue;
        const auto id = expand(rule.skill, subject, facts);
        if (id && skill(*id)) return *id;
    }
    return {};
}

std::vector<std::string> SkillMap::itemsOfCritical(const std::string& criticalId, const std::string& caseId) const {
    using namespace skill_map_detail;
    const auto known = m_cases.find(caseId);
    const CaseFacts* facts = known == m_cases.end() ? nullptr : &known->second;
    const std::size_t colon = criticalId.find(':');
    const std::string subject = colon == std::string::npos ? std::string() : criticalId.substr(colon + 1);
    std::vector<std::string> items;
    for (const auto& rule : m_criticals) {
        if (!globMatches(rule.pattern, criticalId)) continue;
        if (auto item = expand(rule.item, subject, facts)) items.push_back(std::move(*item));
    }
    return items;
}

std::string SkillMap::itemOfCritical(const std::string& criticalId, const std::string& caseId) const {
    auto items = itemsOfCritical(criticalId, caseId);
    return items.empty() ? std::string() : items.front();
}

std::vector<OutcomeRow> SkillMap::outcomesOf(const Attempt& attempt, const Report& report, double finishedUnix) const {
    using namespace skill_map_detail;
    (void)attempt; // the report names the case and every graded item; the attempt adds nothing the rules use
    // The skills a critical error is about: each rated Again wherever it appears in this attempt.
    std::set<std::string> criticalSkills;
    for (const auto& c : report.critical) {
        // The first candidate the report graded (a zone may be in the key or unplanned), else the first.
        const auto candidates = itemsOfCritical(c.id, report.caseId);
        if (candidates.empty()) continue;
        const LineItem* item = nullptr;
        std::string itemId = candidates.front();
        for (const auto& candidate : candidates) {
            if ((item = report.item(candidate))) {
                itemId = candidate;
                break;
            }
        }
        const std::string skillId = skillOf(itemId, item ? item->expected : std::string(), report.caseId);
        if (!skillId.empty()) criticalSkills.insert(skillId);
    }
    std::vector<OutcomeRow> rows;
    rows.reserve(report.items.size());
    for (const auto& item : report.items) {
        OutcomeRow row;
        row.itemId = item.id();
        row.section = toString(item.section);
        row.skill = skillOf(row.itemId, item.expected, report.caseId);
        if (isZoneKind(item)) {
            row.zone = item.subject;
            if (const auto it = report.zoneVerdicts.find(item.subject); it != report.zoneVerdicts.end()) row.zoneVerdict = toString(it->second);
        }
        row.points = item.points;
        row.max = item.max;
        if (!row.skill.empty() && criticalSkills.count(row.skill)) {
            row.rating = static_cast<int>(Rating::Again);
        } else {
            row.rating = static_cast<int>(fullMarks(item) ? Rating::Good : Rating::Hard);
        }
        row.atUnix = finishedUnix;
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::string> SkillMap::skillsOfCase(const Case& c) const {
    std::vector<std::pair<std::string, std::string>> items; // id, expected
    for (const auto& f : c.key.contraindications) items.emplace_back("flag:" + f.id, "");
    for (const auto& d : c.key.distractors) items.emplace_back("distractor:" + d.id, "");
    const Decision expected = c.key.decision.expected;
    items.emplace_back("decision", toString(expected));
    if (expected == Decision::Treat || expected == Decision::TreatModified) {
        for (const auto& z : c.key.zones) {
            if (z.action == ZoneAction::Avoid) {
                items.emplace_back("zone:" + z.zone + ":avoid", "");
                continue;
            }
            for (const char* aspect : {"treat", "depth", "patterns", "passes", "endpoint"}) items.emplace_back("zone:" + z.zone + ":" + aspect, "");
        }
        if (c.key.aftercare) {
            for (const auto& id : c.key.aftercare->required) items.emplace_back("aftercare:" + id, "");
        }
        items.emplace_back("schedule:interval", "");
        items.emplace_back("schedule:sessions", "");
    } else {
        items.emplace_back(expected == Decision::Refer ? "follow_up:refer" : "follow_up:rebook", "");
        if (c.key.followUp) {
            for (const auto& id : c.key.followUp->advice) items.emplace_back("advice:" + id, "");
        }
    }
    // The case's own facts, whether or not it was registered.
    const CaseFacts facts = factsOf(c);
    std::vector<std::string> out;
    for (const auto& [id, exp] : items) {
        const std::string s = skillWith(id, exp, &facts);
        if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
    return out;
}

} // namespace core
