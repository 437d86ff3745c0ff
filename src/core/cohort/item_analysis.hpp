// Item analysis of one exam's accepted results: the matrix of marks for every
// case and every graded line item (one row per candidate), Moodle's
// statistics over each, and the cohort error map of the face. The CLI and the
// instructor screen only show what this decides.
#pragma once

#include "exam/exam_result.hpp"
#include "learning/item_statistics.hpp"

#include <map>
#include <string>
#include <vector>

namespace core {

// Marks for item analysis, every item with one mark per candidate.
struct ItemMatrix {
    std::vector<std::string> candidates; // candidate ids, in the results' order
    std::vector<ItemMarks> items;
    // One sentence each: an item or a result that could not go into the matrix, and why.
    std::vector<std::string> leftOut;
};

// One column per case every candidate sat, id "case:<case id>". The mark is
// the case's score (0 when unanswered, as in the exam total) times its weight
// under the weighted rule (1 under the mean rule), out of 100 times that
// weight, so the row total follows the exam total. A case only some
// candidates drew (pools) is left out, named.
[[nodiscard]] ItemMatrix caseMarks(const std::vector<ExamResult>& results);

// One column per graded line item, id "case:<case id>/<item id>", mark = its
// points out of its max. An unanswered case earns 0 on every item (it earns
// nothing from its key). Left out, named: items that carry no marks (pure
// deductions, max 0), items not in every candidate's report for that case
// (cases drawn by some only, items the grader gives some attempts only),
// and results graded under older rules, whose line items are not stored.
[[nodiscard]] ItemMatrix lineItemMarks(const std::vector<ExamResult>& results);

// How the cohort misjudged one zone of the face, over every answered case.
struct CohortZoneErrors {
    int graded = 0; // case attempts whose grading judged the zone
    int tooDeep = 0;
    int tooShallow = 0;
    int other = 0; // technique, missed, must-avoid, unplanned
    [[nodiscard]] int errors() const { return tooDeep + tooShallow + other; }
};

struct CohortErrorMap {
    std::map<std::string, CohortZoneErrors> zones; // zone id -> errors
    int casesCounted = 0;   // answered cases with zone verdicts
    int casesWithoutZones = 0; // answered cases with none (graded under older rules, or no plan)
};

[[nodiscard]] CohortErrorMap cohortErrorMap(const std::vector<ExamResult>& results);

// Everything the instructor sees for one exam.
struct CohortItemAnalysis {
    std::string examId;
    ItemMatrix caseMatrix;
    ItemAnalysis cases; // the exam as the test: alpha of the case scores
    ItemMatrix lineItemMatrix;
    ItemAnalysis lineItems; // the line items as the test
    CohortErrorMap errorMap;
};

[[nodiscard]] Result<CohortItemAnalysis> analyseCohortItems(const std::string& examId, const std::vector<ExamResult>& results);

} // namespace core
