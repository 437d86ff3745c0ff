// Exam results -> item mark matrices (cases, line items) and the cohort error map.
#include "cohort/item_analysis.hpp"

#include <algorithm>
#include <set>

namespace core {
namespace item_analysis_detail {

// Columns in the order they first appear, each with one optional mark per candidate.
struct Columns {
    std::vector<std::string> order;
    std::map<std::string, std::vector<std::optional<double>>> marks;
    std::map<std::string, double> maxMark;

    void set(const std::string& id, std::size_t candidate, std::size_t candidates, double mark, double max) {
        auto [it, added] = marks.try_emplace(id, std::vector<std::optional<double>>(candidates));
        if (added) order.push_back(id);
        it->second[candidate] = mark;
        maxMark[id] = std::max(maxMark[id], max);
    }
};

// The columns every candidate has; the rest named in leftOut.
void fill(ItemMatrix& out, const Columns& columns, const std::string& what) {
    const std::size_t n = out.candidates.size();
    for (const auto& id : columns.order) {
        const auto& column = columns.marks.at(id);
        const auto have = static_cast<std::size_t>(std::count_if(column.begin(), column.end(), [](const auto& m) { return m.has_value(); }));
        if (have < n) {
            out.leftOut.push_back(id + ": " + what + " " + std::to_string(have) + " of " + std::to_string(n) + " candidates, left out");
            continue;
        }
        ItemMarks item{id, columns.maxMark.at(id), {}};
        for (const auto& m : column) item.marks.push_back(*m);
        out.items.push_back(std::move(item));
    }
}

std::string resultName(const ExamResult& r) { return "the result of " + r.candidate.id + " (attempt " + r.attemptId + ")"; }

bool olderRules(const ExamResult& r) {
    return std::any_of(r.cases.begin(), r.cases.end(), [](const ExamCaseResult& c) { return c.report.rulesVersion < kGradingRulesVersion; });
}

} // namespace item_analysis_detail

ItemMatrix caseMarks(const std::vector<ExamResult>& results) {
    namespace detail = item_analysis_detail;
    ItemMatrix out;
    detail::Columns columns;
    std::set<std::string> weightless;
    for (std::size_t row = 0; row < results.size(); ++row) {
        const auto& r = results[row];
        out.candidates.push_back(r.candidate.id);
        for (const auto& c : r.cases) {
            const double weight = r.exam.totalRule == TotalRule::Weighted ? c.weight : 1.0;
            if (weight <= 0.0) {
                if (weightless.insert(c.caseId).second) out.leftOut.push_back("case:" + c.caseId + ": weight 0 in the exam total, left out");
                continue;
            }
            columns.set("case:" + c.caseId, row, results.size(), weight * (c.answered() ? c.report.total : 0.0), weight * 100.0);
        }
    }
    detail::fill(out, columns, "sat (drawn) by");
    return out;
}

ItemMatrix lineItemMarks(const std::vector<ExamResult>& allResults) {
    namespace detail = item_analysis_detail;
    ItemMatrix out;
    std::vector<const ExamResult*> results;
    for (const auto& r : allResults) {
        if (detail::olderRules(r)) {
            out.leftOut.push_back(detail::resultName(r) + ": graded under older rules, so its line items are not stored, left out");
            continue;
        }
        results.push_back(&r);
        out.candidates.push_back(r.candidate.id);
    }
    // Every line item each case's reports give, so an unanswered case earns 0 on all of them.
    std::map<std::string, std::vector<const LineItem*>> itemsOfCase;
    std::set<std::string> deductions;
    for (const auto* r : results) {
        for (const auto& c : r->cases) {
            auto& known = itemsOfCase[c.caseId];
            for (const auto& item : c.report.items) {
                const std::string id = item.id();
                if (item.max <= 0.0) {
                    deductions.insert("case:" + c.caseId + "/" + id);
                    continue;
                }
                if (std::none_of(known.begin(), known.end(), [&](const LineItem* k) { return k->id() == id; })) known.push_back(&item);
            }
        }
    }
    detail::Columns columns;
    for (std::size_t row = 0; row < results.size(); ++row) {
        for (const auto& c : results[row]->cases) {
            const std::string prefix = "case:" + c.caseId + "/";
            if (!c.answered()) {
                for (const LineItem* item : itemsOfCase[c.caseId]) columns.set(prefix + item->id(), row, results.size(), 0.0, item->max);
                continue;
            }
            for (const auto& item : c.report.items) {
                if (item.max > 0.0) columns.set(prefix + item.id(), row, results.size(), item.points, item.max);
            }
        }
    }
    if (!deductions.empty()) {
        out.leftOut.push_back(std::to_string(deductions.size()) + " deduction item(s) with no marks to earn (max 0), such as " + *deductions.begin() +
                              ", left out");
    }
    detail::fill(out, columns, "in the reports of");
    return out;
}

CohortErrorMap cohortErrorMap(const std::vector<ExamResult>& results) {
    CohortErrorMap map;
    for (const auto& r : results) {
        for (const auto& c : r.cases) {
            if (!c.answered()) continue; // no plan was given: nothing judged on the face
            if (c.report.zoneVerdicts.empty()) {
                ++map.casesWithoutZones;
                continue;
            }
            ++map.casesCounted;
            for (const auto& [zone, verdict] : c.report.zoneVerdicts) {
                auto& errors = map.zones[zone];
                ++errors.graded;
                switch (verdict) {
                case ZoneVerdict::Correct: break;
                case ZoneVerdict::TooDeep: ++errors.tooDeep; break;
                case ZoneVerdict::TooShallow: ++errors.tooShallow; break;
                case ZoneVerdict::Technique:
                case ZoneVerdict::Missed:
                case ZoneVerdict::MustAvoid:
                case ZoneVerdict::Unplanned: ++errors.other; break;
                }
            }
        }
    }
    return map;
}

Result<CohortItemAnalysis> analyseCohortItems(const std::string& examId, const std::vector<ExamResult>& results) {
    CohortItemAnalysis out;
    out.examId = examId;
    out.caseMatrix = caseMarks(results);
    auto cases = analyseItems(out.caseMatrix.items);
    if (!cases) return std::unexpected(cases.error().context("exam " + examId + ", case scores"));
    out.cases = std::move(*cases);
    out.lineItemMatrix = lineItemMarks(results);
    auto lineItems = analyseItems(out.lineItemMatrix.items);
    if (!lineItems) return std::unexpected(lineItems.error().context("exam " + examId + ", line items"));
    out.lineItems = std::move(*lineItems);
    out.errorMap = cohortErrorMap(results);
    return out;
}

} // namespace core
