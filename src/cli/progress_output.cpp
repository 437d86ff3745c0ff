// `mntrainer progress` output: the summary as text, JSON and CSV.
#include "progress_output.hpp"

#include "base/clocks.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace cli {
namespace progress_output_detail {

std::string percent(double fraction) { return std::to_string(static_cast<int>(std::lround(fraction * 100.0))) + "%"; }

std::string duration(double seconds) {
    const long minutes = std::lround(seconds / 60.0);
    if (minutes < 60) return std::to_string(minutes) + " min";
    return std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
}

// The sections one attempt graded, by name.
core::Json sectionsJson(const core::SectionPercents& percents) {
    core::Json out = core::Json::object();
    for (const core::Section section : core::sectionsByName()) {
        if (percents.graded(section)) out[core::toString(section)] = percents.at(section);
    }
    return out;
}

std::string csvCell(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string q = "\"";
    for (char ch : s) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return q + "\"";
}

} // namespace progress_output_detail

using namespace progress_output_detail;

core::Json summaryJson(const core::Trainee& trainee, const core::ProgressSummary& s, double now) {
    core::Json curve = core::Json::array();
    for (std::size_t i = 0; i < s.curve.size(); ++i) {
        const auto& p = s.curve[i];
        curve.push_back({{"attempt_id", p.attemptId}, {"case_id", p.caseId}, {"finished_at", core::isoUtc(p.atUnix)},
                         {"total", p.total}, {"sections", sectionsJson(p.sectionPercent)}, {"passed", p.passed}, {"critical", p.critical},
                         {"cusum", s.curveFirst + i < s.cusum.values.size() ? s.cusum.values[s.curveFirst + i] : 0.0}});
    }
    core::Json groups = core::Json::array();
    for (const auto& g : s.groups) {
        core::Json skills = core::Json::array();
        for (const auto& k : g.skills) {
            core::Json skill{{"id", k.id}, {"label", k.label}, {"mastery", k.memory.mastery}, {"observations", k.memory.observations},
                             {"correct", k.memory.correct}, {"retrievability", k.retrievability}, {"due", k.due}};
            if (k.memory.memory) {
                skill["difficulty"] = k.memory.memory->difficulty;
                skill["stability_days"] = k.memory.memory->stability;
                skill["due_at"] = core::isoUtc(k.memory.dueUnix);
            }
            skills.push_back(std::move(skill));
        }
        groups.push_back({{"id", g.id}, {"label", g.label}, {"mastery", g.mastery}, {"skills", std::move(skills)}});
    }
    core::Json zones = core::Json::object();
    for (const auto& [zone, e] : s.errorMap) {
        zones[zone] = {{"graded", e.graded}, {"too_deep", e.tooDeep}, {"too_shallow", e.tooShallow}, {"other", e.other},
                       {"severity", e.severity}};
    }
    core::Json cusum{{"decision_limit", s.cusum.decisionLimit}, {"success_step", s.cusum.successStep},
                     {"failure_step", s.cusum.failureStep}, {"relapses", s.cusum.relapses}};
    cusum["proficient_at"] = s.cusum.proficientAt ? core::Json(*s.cusum.proficientAt) : core::Json(nullptr);
    return {{"kind", "progress_summary"}, {"trainee", {{"id", trainee.id}, {"name", trainee.name}}},
            {"now", core::isoUtc(now)}, {"attempts", s.attempts}, {"pass_mark", s.passMark},
            {"seconds_practised", s.secondsPractised}, {"streak_days", s.streakDays}, {"curve", std::move(curve)},
            {"cusum", std::move(cusum)}, {"groups", std::move(groups)}, {"error_map", std::move(zones)}};
}

// One row per attempt: the learning curve and the CUSUM, for a spreadsheet.
void printSummaryCsv(const core::ProgressSummary& s) {
    // A column for each section any attempt graded, by name.
    std::vector<core::Section> sections;
    for (const core::Section section : core::sectionsByName()) {
        if (std::any_of(s.buckets.begin(), s.buckets.end(), [&](const core::CurveBucket& b) { return b.graded(section); })) sections.push_back(section);
    }
    std::cout << "attempt,case_id,finished_at,total,passed,critical,cusum";
    for (const core::Section section : sections) std::cout << "," << csvCell(core::toString(section));
    std::cout << "\r\n";
    for (std::size_t i = 0; i < s.curve.size(); ++i) {
        const auto& p = s.curve[i];
        std::ostringstream row;
        const std::size_t index = s.curveFirst + i;
        row << std::fixed << std::setprecision(1) << (index + 1) << "," << csvCell(p.caseId) << "," << core::isoUtc(p.atUnix) << ","
            << p.total << "," << (p.passed ? "yes" : "no") << "," << (p.critical ? "yes" : "no") << ","
            << std::setprecision(3) << (index < s.cusum.values.size() ? s.cusum.values[index] : 0.0) << std::setprecision(1);
        for (const core::Section section : sections) {
            row << ",";
            if (p.sectionPercent.graded(section)) row << p.sectionPercent.at(section);
        }
        std::cout << row.str() << "\r\n";
    }
}

void printSummaryText(const core::Trainee& trainee, const core::ProgressSummary& s) {
    std::cout << "Trainee: " << trainee.name << " (" << trainee.id << ")\n";
    std::cout << "Attempts: " << s.attempts << ", practised " << duration(s.secondsPractised) << ", streak " << s.streakDays
              << (s.streakDays == 1 ? " day" : " days") << "\n";
    if (s.curve.empty()) {
        std::cout << "No graded practice yet: open a case, or `mntrainer next` for where to start.\n";
        return;
    }
    std::cout << "Recent totals (pass mark " << s.passMark << "):";
    const std::size_t from = s.curve.size() > 10 ? s.curve.size() - 10 : 0;
    for (std::size_t i = from; i < s.curve.size(); ++i) std::cout << " " << std::lround(s.curve[i].total);
    std::cout << "\n";
    if (s.cusum.proficientAt) {
        std::cout << "Proficiency (LC-CUSUM): crossed at attempt " << (*s.cusum.proficientAt + 1);
        if (s.cusum.relapses.empty()) {
            std::cout << ", no relapse since\n";
        } else {
            std::cout << "; relapse at attempt";
            for (auto r : s.cusum.relapses) std::cout << " " << (r + 1);
            std::cout << "\n";
        }
    } else {
        std::cout << "Proficiency (LC-CUSUM): not yet (" << std::fixed << std::setprecision(2)
                  << (s.cusum.values.empty() ? 0.0 : s.cusum.values.back()) << " of " << s.cusum.decisionLimit << ")\n"
                  << std::defaultfloat;
    }
    std::cout << "Mastery by skill group, weakest first:\n";
    for (const auto& g : s.groups) {
        std::cout << "  " << std::left << std::setw(22) << g.label << std::right << std::setw(5) << percent(g.mastery);
        std::string weakest;
        for (const auto& k : g.skills) {
            if (k.memory.observations == 0) continue;
            if (weakest.size() > 60) break;
            weakest += (weakest.empty() ? "" : "; ") + k.label + " " + percent(k.memory.mastery) + (k.due ? " due" : "");
        }
        std::cout << (weakest.empty() ? "" : "   " + weakest) << "\n";
    }
    bool anyErrors = false;
    for (const auto& [zone, e] : s.errorMap) {
        if (e.tooDeep + e.tooShallow + e.other == 0) continue;
        if (!anyErrors) std::cout << "Zones misjudged (of graded plans):\n";
        anyErrors = true;
        std::cout << "  " << std::left << std::setw(18) << zone << std::right << e.tooDeep << " too deep, " << e.tooShallow
                  << " too shallow, " << e.other << " other, of " << e.graded << " (" << percent(e.severity) << " of points lost)\n";
    }
}

} // namespace cli
