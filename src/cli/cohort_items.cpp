// The item analysis tables (text, JSON, CSV) and the cohort error map as text.
#include "cohort_items.hpp"

#include <algorithm>
#include <cstdio>

namespace cli {
namespace cohort_items_detail {

std::string fixed2(double v) {
    char text[48];
    std::snprintf(text, sizeof text, "%.2f", v);
    return text;
}

std::string padded(const std::string& text, std::size_t width) { return text + std::string(width > text.size() ? width - text.size() : 0, ' '); }

std::string flags(const core::ItemStatistic& s) {
    std::string out;
    if (s.negativeDiscrimination) out = "NEGATIVE DISCRIMINATION";
    if (s.dubious) out += std::string(out.empty() ? "" : ", ") + "dubious (efficiency under 15%)";
    return out;
}

std::string table(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> width;
    for (const auto& row : rows) {
        width.resize(std::max(width.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size());
    }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) line += i + 1 == row.size() ? row[i] : padded(row[i], width[i] + 2);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

std::string testLine(const core::TestStatistic& t) {
    return "test: " + std::to_string(t.candidates) + " candidates, mean " + fixed2(t.mean) + ", sd " + fixed2(t.sd) + ", alpha " +
           percentText(t.cronbachAlpha) + ", error ratio " + percentText(t.errorRatio) + ", standard error " +
           (t.standardError ? fixed2(*t.standardError) : std::string("-")) + "\n";
}

std::string levelText(const std::string& title, const core::ItemMatrix& matrix, const core::ItemAnalysis& analysis) {
    std::string out = title + "\n";
    if (analysis.items.empty()) {
        out += "  no item every candidate has\n";
    } else {
        std::vector<std::vector<std::string>> rows{{"ITEM", "MAX", "FACILITY", "SD", "DISCRIMINATION", "EFFICIENCY", "FLAG"}};
        for (std::size_t i = 0; i < analysis.items.size(); ++i) {
            const auto& s = analysis.items[i];
            rows.push_back({s.id, fixed2(matrix.items[i].maxMark), percentText(s.facility), percentText(s.sd), percentText(s.discriminationIndex),
                            percentText(s.discriminativeEfficiency), flags(s)});
        }
        out += table(rows);
        out += testLine(analysis.test);
    }
    for (const auto& why : matrix.leftOut) out += "  left out: " + why + "\n";
    return out;
}

std::string errorMapText(const core::CohortErrorMap& map) {
    std::string out = "cohort error map of the face: " + std::to_string(map.casesCounted) + " answered case(s) judged on the map";
    if (map.casesWithoutZones > 0) out += ", " + std::to_string(map.casesWithoutZones) + " without zone verdicts";
    out += "\n";
    if (map.zones.empty()) return out + "  no zone judged\n";
    // Most errors first, so the zones to teach again lead.
    std::vector<std::pair<std::string, core::CohortZoneErrors>> zones(map.zones.begin(), map.zones.end());
    std::stable_sort(zones.begin(), zones.end(), [](const auto& a, const auto& b) { return a.second.errors() > b.second.errors(); });
    std::vector<std::vector<std::string>> rows{{"ZONE", "JUDGED", "TOO DEEP", "TOO SHALLOW", "OTHER", "ERRORS"}};
    for (const auto& [zone, e] : zones) {
        const double share = e.graded > 0 ? 100.0 * e.errors() / e.graded : 0.0;
        rows.push_back({zone, std::to_string(e.graded), std::to_string(e.tooDeep), std::to_string(e.tooShallow), std::to_string(e.other),
                        std::to_string(e.errors()) + " (" + percentText(share) + ")"});
    }
    return out + table(rows);
}

core::Json optionalJson(const std::optional<double>& v) { return v ? core::Json(*v) : core::Json(nullptr); }

core::Json levelJson(const core::ItemMatrix& matrix, const core::ItemAnalysis& analysis) {
    core::Json j;
    const auto& t = analysis.test;
    j["test"] = {{"candidates", t.candidates},
                 {"mean", t.mean},
                 {"sd", t.sd},
                 {"cronbach_alpha", optionalJson(t.cronbachAlpha)},
                 {"error_ratio", optionalJson(t.errorRatio)},
                 {"standard_error", optionalJson(t.standardError)}};
    j["items"] = core::Json::array();
    for (std::size_t i = 0; i < analysis.items.size(); ++i) {
        const auto& s = analysis.items[i];
        j["items"].push_back({{"id", s.id},
                              {"max_mark", matrix.items[i].maxMark},
                              {"marks", matrix.items[i].marks},
                              {"facility", s.facility},
                              {"sd", s.sd},
                              {"discrimination_index", optionalJson(s.discriminationIndex)},
                              {"discriminative_efficiency", optionalJson(s.discriminativeEfficiency)},
                              {"negative_discrimination", s.negativeDiscrimination},
                              {"dubious", s.dubious}});
    }
    j["candidates"] = matrix.candidates;
    j["left_out"] = matrix.leftOut;
    return j;
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char ch : text) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

std::string csvNumber(const std::optional<double>& v) { return v ? fixed2(*v) : ""; }

void csvLevel(std::string& out, const std::string& examId, const std::string& level, const core::ItemMatrix& matrix, const core::ItemAnalysis& a) {
    for (std::size_t i = 0; i < a.items.size(); ++i) {
        const auto& s = a.items[i];
        out += csvField(examId) + "," + level + "," + csvField(s.id) + "," + fixed2(matrix.items[i].maxMark) + "," + std::to_string(a.test.candidates) +
               "," + fixed2(s.facility) + "," + fixed2(s.sd) + "," + csvNumber(s.discriminationIndex) + "," + csvNumber(s.discriminativeEfficiency) + "," +
               (s.negativeDiscrimination ? "yes" : "no") + "," + (s.dubious ? "yes" : "no") + ",,,,\n";
    }
    const auto& t = a.test;
    out += csvField(examId) + "," + level + ",TEST,," + std::to_string(t.candidates) + ",," + fixed2(t.sd) + ",,,,," + fixed2(t.mean) + "," +
           csvNumber(t.cronbachAlpha) + "," + csvNumber(t.errorRatio) + "," + csvNumber(t.standardError) + "\n";
}

} // namespace cohort_items_detail

std::string percentText(const std::optional<double>& value) { return value ? cohort_items_detail::fixed2(*value) + "%" : "-"; }

std::string itemAnalysisText(const std::vector<core::CohortItemAnalysis>& exams) {
    namespace detail = cohort_items_detail;
    if (exams.empty()) return "item analysis: no accepted results to analyse\n";
    std::string out;
    for (const auto& e : exams) {
        out += "item analysis of exam " + e.examId + " (" + std::to_string(e.caseMatrix.candidates.size()) + " candidates)\n\n";
        out += detail::levelText("cases (the exam total as the test):", e.caseMatrix, e.cases) + "\n";
        out += detail::levelText("line items (the graded line items as the test):", e.lineItemMatrix, e.lineItems) + "\n";
        out += detail::errorMapText(e.errorMap) + "\n";
    }
    return out;
}

core::Json itemAnalysisJson(const std::vector<core::CohortItemAnalysis>& exams) {
    core::Json j{{"kind", "item_analysis"}, {"schema_version", 1}, {"exams", core::Json::array()}};
    for (const auto& e : exams) {
        core::Json exam{{"exam_id", e.examId},
                        {"cases", cohort_items_detail::levelJson(e.caseMatrix, e.cases)},
                        {"line_items", cohort_items_detail::levelJson(e.lineItemMatrix, e.lineItems)}};
        core::Json zones = core::Json::object();
        for (const auto& [zone, z] : e.errorMap.zones) {
            zones[zone] = {{"judged", z.graded}, {"too_deep", z.tooDeep}, {"too_shallow", z.tooShallow}, {"other", z.other}};
        }
        exam["error_map"] = {{"zones", zones}, {"cases_counted", e.errorMap.casesCounted}, {"cases_without_zones", e.errorMap.casesWithoutZones}};
        j["exams"].push_back(std::move(exam));
    }
    return j;
}

std::string itemAnalysisCsv(const std::vector<core::CohortItemAnalysis>& exams) {
    std::string out = "exam,level,item,max_mark,candidates,facility,sd,discrimination_index,discriminative_efficiency,negative_discrimination,dubious,"
                      "mean,cronbach_alpha,error_ratio,standard_error\n";
    for (const auto& e : exams) {
        cohort_items_detail::csvLevel(out, e.examId, "cases", e.caseMatrix, e.cases);
        cohort_items_detail::csvLevel(out, e.examId, "line_items", e.lineItemMatrix, e.lineItems);
    }
    return out;
}

} // namespace cli
