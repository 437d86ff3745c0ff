// Exam files: which cases (listed, or drawn from pools with a recorded seed),
// in what order, the time limit, pass mark, profile and feedback policy.
#pragma once

#include "model/case_model.hpp"
#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "json/object_reader.hpp"

#include <cstdint>
#include <expected>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

enum class FeedbackPolicy { None, ScoreOnly, Full };
const Choices<FeedbackPolicy>& feedbackPolicyChoices();

// How the exam total is formed from the case scores: their plain mean, or a
// mean weighted by `weights` (listed cases) and each pool's `weight`.
enum class TotalRule { Mean, Weighted };
const Choices<TotalRule>& totalRuleChoices();

// Whose seed draws the cases: each candidate's own (the exam's seed mixed with
// the candidate's id and the sitting's id), or one draw shared by everyone.
enum class DrawRule { PerCandidate, SameForAll };
const Choices<DrawRule>& drawRuleChoices();

struct ExamPool {
    std::string id;
    int count = 1;
    std::optional<Difficulty> difficulty;
    std::vector<std::string> tags; // a case matches if it has any of them
    std::uint64_t seed = 1;
    double weight = 1; // of each case drawn from this pool, under the weighted total
};

struct Exam {
    std::string id;
    std::string title;
    std::vector<std::string> cases; // listed case ids, always included
    std::vector<ExamPool> pools;
    bool shuffle = false;
    std::uint64_t seed = 1;         // order when shuffling
    double timeLimitMinutes = 30;
    double passMark = 70;
    std::string protocol;
    FeedbackPolicy feedback = FeedbackPolicy::None;
    TotalRule totalRule = TotalRule::Mean;
    std::map<std::string, double> weights; // listed case id -> weight (default 1)
    // A candidate fails if any case scores below this, whatever the total (0: no floor).
    double minCaseScore = 0;
    // A candidate fails if any case is left without a decision.
    bool allCasesRequired = true;
    DrawRule draw = DrawRule::PerCandidate;
    // Each drawn case becomes a seeded variant of itself, seeded from the sitting's draw seed (exam/exam_variants).
    bool variants = false;
    // Follow-up visits in the sitting ("follow_up": true): opening a case's
    // follow-up closes its answers, then the candidate plays the visits and
    // manages them, graded in the case's visits section. The feedback policy
    // decides what the visits screen shows (exam/visit_feedback).
    bool followUp = false;
    std::optional<ScreeningMode> screening; // overrides each case's own when set
};

// How a case is screened: the exam's choice, else the case's, else the checklist.
ScreeningMode screeningModeFor(const Case& c, const Exam* exam);

Exam readExam(const Json& root, Diagnostics& diagnostics);

// Cases by id that an exam may use (valid ones only).
using CaseById = std::map<std::string, const Case*>;

// Meaning checks: cases exist and are valid, pools can be filled, the profile exists.
void checkExamMeaning(const Exam& exam, const CaseById& cases, const std::vector<std::string>& protocolIds, Diagnostics& diagnostics);

// One sitting's cases in order, with each case's weight in the total.
struct ExamDraw {
    std::vector<std::string> order;
    std::map<std::string, double> weights;
};

// The seed of one sitting's draw: 0 (the exam's own seeds only) when the exam
// draws the same for all; otherwise mixed from the exam's seed, the candidate's
// id and the sitting's id, so two candidates, or one candidate sitting again,
// draw differently whenever the pool allows, and `cohort` can redo the draw.
std::uint64_t sittingDrawSeed(const Exam& exam, const std::string& candidateId, const std::string& sittingId);

// The exam's case ids in sitting order: listed cases plus each pool's draw
// (deterministic from the pool's seed mixed with drawSeed), then shuffled with
// the exam's seed mixed with drawSeed if asked. An error if a case is missing
// or a pool is short.
[[nodiscard]] std::expected<ExamDraw, core::Error> drawExamCases(const Exam& exam, const CaseById& cases, std::uint64_t drawSeed = 0);

// The seed as recorded in journals and results: 16 lower-case hex digits
// (a JSON number would lose bits in JavaScript readers).
std::string drawSeedText(std::uint64_t seed);
[[nodiscard]] std::optional<std::uint64_t> parseDrawSeed(const std::string& text);

} // namespace core
