// The progress summary from store rows built by hand: the curve and its
// section percentages, the CUSUM's failures, mastery by group weakest first,
// the error map by zone, time practised and the streak.
#include "progress/progress_summary.hpp"

#include "progress_fixture.hpp"

#include <catch2/catch.hpp>

namespace progress_summary_fixture {

constexpr double kSummaryDay = 86400.0;
constexpr double kSummaryDay0 = 1699920000.0; // 19675 x 86400: a UTC midnight
constexpr double kTen = 10 * 3600.0;   // 10:00

using namespace progress_fixture;

// Three attempts on days 0, 1 and 2 (given out of order), each at 10:00 plus its length.
struct Script {
    std::vector<core::StoredAttempt> attempts;
    std::vector<core::OutcomeRow> outcomes;
};

Script script() {
    const double t1 = kSummaryDay0 + kTen + 600, t2 = kSummaryDay0 + kSummaryDay + kTen + 1200, t3 = kSummaryDay0 + 2 * kSummaryDay + kTen + 5 * 3600;
    Script s;
    s.attempts = {storedAttempt(3, "c1", kSummaryDay0 + 2 * kSummaryDay + kTen, t3, 90, true, false), // left open five hours
                  storedAttempt(1, "c1", kSummaryDay0 + kTen, t1, 60, false, false),
                  storedAttempt(2, "c2", kSummaryDay0 + kSummaryDay + kTen, t2, 85, false, true)};
    s.outcomes = {
        outcomeRow(1, t1, "flag:anticoagulants", "screening", "screen.anticoagulants", 1, 1, 3),
        outcomeRow(1, t1, "decision", "screening", "decision.treat", 0, 2, 2),
        outcomeRow(1, t1, "zone:cheek_left:depth", "plan", "depth.cheek.scars", 1, 2, 2, "cheek_left", "too_shallow"),
        outcomeRow(1, t1, "zone:cheek_left:patterns", "plan", "technique.patterns", 1, 1, 3, "cheek_left", "too_shallow"),
        outcomeRow(2, t2, "flag:anticoagulants", "screening", "screen.anticoagulants", 1, 1, 3),
        outcomeRow(2, t2, "zone:cheek_left:depth", "plan", "depth.cheek.scars", 0, 2, 1, "cheek_left", "too_deep"),
        outcomeRow(2, t2, "zone:forehead:unplanned", "plan", "decision.treat_zones", -1, 0, 2, "forehead", "unplanned"),
        outcomeRow(3, t3, "flag:anticoagulants", "screening", "screen.anticoagulants", 1, 1, 3),
        outcomeRow(3, t3, "zone:cheek_left:depth", "plan", "depth.cheek.scars", 2, 2, 3, "cheek_left", "correct"),
        outcomeRow(3, t3, "zone:cheek_right:depth", "plan", "depth.cheek.scars", 1, 2, 2, "cheek_right", "too_shallow"),
        outcomeRow(3, t3, "zone:cheek_left:patterns", "plan", "technique.patterns", 1, 1, 3, "cheek_left", "correct"),
    };
    return s;
}

} // namespace progress_summary_fixture

TEST_CASE("the learning curve: attempts in time order, sections as raw points over raw maximum") {
    using namespace progress_summary_fixture;
    const auto s = script();
    const auto summary = core::summariseProgress(s.attempts, s.outcomes, progressSkills(), progressSettings(), kSummaryDay0 + 2 * kSummaryDay + 20 * 3600);
    REQUIRE(summary.curve.size() == 3);
    CHECK(summary.attempts == 3);
    CHECK(summary.passMark == 70);
    CHECK(summary.curve[0].attemptId == 1);
    CHECK(summary.curve[1].attemptId == 2);
    CHECK(summary.curve[2].attemptId == 3);
    CHECK(summary.curve[0].total == 60);
    CHECK(summary.curve[1].critical);
    CHECK(summary.curve[2].passed);
    // Attempt 1: screening (1 + 0) / (1 + 2) = 33.3 %; plan (1 + 1) / (2 + 1) = 66.7 %.
    CHECK(summary.curve[0].sectionPercent.at(core::Section::Screening) == Approx(100.0 / 3.0));
    CHECK(summary.curve[0].sectionPercent.at(core::Section::Plan) == Approx(200.0 / 3.0));
    CHECK_FALSE(summary.curve[0].sectionPercent.graded(core::Section::Aftercare)); // not graded
    CHECK_FALSE(summary.curve[0].sectionPercent.graded(core::Section::Schedule));
    // Attempt 2: plan (0 - 1) / 2 is below nothing: 0 %.
    CHECK(summary.curve[1].sectionPercent.graded(core::Section::Plan));
    CHECK(summary.curve[1].sectionPercent.at(core::Section::Plan) == 0.0);
    // Attempt 3: plan (2 + 1 + 1) / (2 + 2 + 1) = 80 %.
    CHECK(summary.curve[2].sectionPercent.at(core::Section::Plan) == Approx(80.0));
}

TEST_CASE("the CUSUM counts an attempt its report failed as a failure whatever the pass mark setting") {
    using namespace progress_summary_fixture;
    const auto s = script();
    auto chosen = progressSettings();
    // Stored verdicts: attempt 1 (60) failed, attempt 2 (critical) failed, attempt 3 (90) passed.
    auto summary = core::summariseProgress(s.attempts, s.outcomes, progressSkills(), chosen, kSummaryDay0);
    CHECK(summary.cusum.values == core::learningCusum(chosen.cusum, {true, true, false}).values);
    // Pass mark 50 moves the curve's line, not the verdicts: attempt 1's report failed it.
    chosen.passMark = 50;
    summary = core::summariseProgress(s.attempts, s.outcomes, progressSkills(), chosen, kSummaryDay0);
    CHECK(summary.passMark == 50);
    CHECK(summary.cusum.values == core::learningCusum(chosen.cusum, {true, true, false}).values);
    // The failure rates are the profile's.
    chosen.cusum.acceptableFailureRate = 0.05;
    chosen.cusum.unacceptableFailureRate = 0.5;
    const auto other = core::summariseProgress(s.attempts, s.outcomes, progressSkills(), chosen, kSummaryDay0);
    CHECK(other.cusum.values != summary.cusum.values);
}

TEST_CASE("the CUSUM counts a total over the pass mark that its report failed as a failure") {
    using namespace progress_summary_fixture;
    using namespace progress_fixture;
    // Attempt 1: total 85, no critical error, but passed=false (its screening
    // was below the floor); attempt 2: 75 and passed. Pass mark 70.
    const std::vector<core::StoredAttempt> attempts{storedAttempt(1, "c1", kSummaryDay0, kSummaryDay0 + 600, 85, false, false),
                                                    storedAttempt(2, "c1", kSummaryDay0 + kSummaryDay, kSummaryDay0 + kSummaryDay + 600, 75, true, false)};
    const auto summary = core::summariseProgress(attempts, {}, progressSkills(), progressSettings(), kSummaryDay0 + kSummaryDay);
    // Default rates p0 = 0.10, p1 = 0.30. A failure adds ln(0.1 / 0.3) = -1.0986,
    // a success ln(0.9 / 0.7) = +0.2513; the LC-CUSUM never drops below 0.
    // Failure then success: max(0, 0 - 1.0986) = 0, then 0 + 0.2513 = 0.2513.
    // (Counting 85 as a success would give 0.2513, then 0.5026.)
    REQUIRE(summary.cusum.values.size() == 2);
    CHECK(summary.cusum.values[0] == Approx(0.0).margin(1e-9));
    CHECK(summary.cusum.values[1] == Approx(0.2513).epsilon(1e-3));
}

TEST_CASE("mastery by group, weakest first, each skill replayed from one event per attempt") {
    using namespace progress_summary_fixture;
    const auto s = script();
    const auto summary = core::summariseProgress(s.attempts, s.outcomes, progressSkills(), progressSettings(), kSummaryDay0 + 3 * kSummaryDay);
    // BKT (prior 0.2, learn 0.15, guess 0.25, slip 0.1); posterior then learning:
    //   right: P = L x 0.9 / (L x 0.9 + (1 - L) x 0.25); wrong: P = L x 0.1 / (L x 0.1 + (1 - L) x 0.75); L' = P + (1 - P) x 0.15.
    //   one wrong:   P = 0.02 / 0.62 = 0.032258, L = 0.177419
    //   right x2:    0.552632, then 0.843952; right x3: 0.958476
    //   wrong x3:    0.177419, 0.173761, 0.173184
    // Depth on the cheeks: attempt 3 has a good left cheek and a hard right one: the worst (hard) counts,
    // so hard, again, hard: three wrong, 0.173184.
    // Groups: depth 0.173184 < decision (0.177419 + 0.177419) / 2 < technique 0.843952 < screening 0.958476
    // (its unpractised skill does not count), then aftercare, never practised.
    std::vector<std::string> order;
    for (const auto& g : summary.groups) order.push_back(g.id);
    CHECK(order == std::vector<std::string>{"depth", "decision", "technique", "screening", "aftercare"});
    CHECK(summary.groups[0].mastery == Approx(0.173184).epsilon(1e-5));
    CHECK(summary.groups[1].mastery == Approx(0.177419).epsilon(1e-5));
    CHECK(summary.groups[2].mastery == Approx(0.843952).epsilon(1e-5));
    CHECK(summary.groups[3].mastery == Approx(0.958476).epsilon(1e-5));
    CHECK(summary.groups[4].mastery == 0.0);
    const auto& screening = summary.groups[3];
    REQUIRE(screening.skills.size() == 2);
    CHECK(screening.skills[0].id == "screen.anticoagulants"); // practised first, then the unpractised one
    CHECK(screening.skills[0].memory.observations == 3);
    CHECK(screening.skills[1].id == "screen.pregnancy");
    CHECK(screening.skills[1].memory.observations == 0);
    CHECK(screening.skills[1].memory.mastery == Approx(0.2)); // P(L0) before any practice
    CHECK(screening.skills[1].label == "Pregnancy");
    // The depth skill's memory is the learning module's replay of hard, again, hard.
    const auto& depth = summary.groups[0].skills.at(0);
    CHECK(depth.memory.observations == 3);
    const auto replayed = core::replaySkill(progressSkills().skill("depth.cheek.scars")->bkt, progressSettings().fsrs,
                                            {{s.outcomes[2].atUnix, core::Rating::Hard},
                                             {s.outcomes[5].atUnix, core::Rating::Again},
                                             {s.outcomes[8].atUnix, core::Rating::Hard}});
    CHECK(depth.memory.dueUnix == replayed.dueUnix);
    CHECK(depth.memory.mastery == Approx(replayed.mastery));
    CHECK(depth.retrievability == Approx(replayed.retrievabilityAt(progressSettings().fsrs, kSummaryDay0 + 3 * kSummaryDay)));
    CHECK(depth.due == replayed.dueAt(kSummaryDay0 + 3 * kSummaryDay));
}

TEST_CASE("the error map counts each attempt's zone verdict once and weighs the points lost") {
    using namespace progress_summary_fixture;
    const auto s = script();
    const auto summary = core::summariseProgress(s.attempts, s.outcomes, progressSkills(), progressSettings(), kSummaryDay0);
    REQUIRE(summary.errorMap.size() == 3);
    // Left cheek: graded in all three attempts; too shallow once, too deep once.
    // Lost (2 - 1) + (1 - 1) + (2 - 0) + (2 - 2) + (1 - 1) = 3 of 2 + 1 + 2 + 2 + 1 = 8: 0.375.
    const auto& left = summary.errorMap.at("cheek_left");
    CHECK(left.graded == 3);
    CHECK(left.tooShallow == 1);
    CHECK(left.tooDeep == 1);
    CHECK(left.other == 0);
    CHECK(left.severity == Approx(0.375));
    // Right cheek: once, too shallow, 1 of 2 lost.
    CHECK(summary.errorMap.at("cheek_right").tooShallow == 1);
    CHECK(summary.errorMap.at("cheek_right").severity == Approx(0.5));
    // Forehead: an unplanned zone, a pure deduction: other, and all of nothing lost.
    CHECK(summary.errorMap.at("forehead").other == 1);
    CHECK(summary.errorMap.at("forehead").severity == 1.0);
}

TEST_CASE("time practised caps an attempt left open at three hours, and the streak ends today or yesterday") {
    using namespace progress_summary_fixture;
    const auto s = script();
    auto at = [&](double now) { return core::summariseProgress(s.attempts, s.outcomes, progressSkills(), progressSettings(), now); };
    // 600 s + 1200 s + 5 hours capped to 3 hours (10 800 s) = 12 600 s.
    CHECK(at(kSummaryDay0).secondsPractised == Approx(12600.0));
    // Attempts on days 0, 1, 2.
    CHECK(at(kSummaryDay0 + 2 * kSummaryDay + 23 * 3600).streakDays == 3); // day 2, evening
    CHECK(at(kSummaryDay0 + 3 * kSummaryDay + 1).streakDays == 3);          // day 3: not broken until a whole day passes
    CHECK(at(kSummaryDay0 + 4 * kSummaryDay).streakDays == 0);              // day 4: broken
    CHECK(at(kSummaryDay0 + 1 * kSummaryDay).streakDays == 2);              // day 1: days 1 and 0
}

TEST_CASE("the curve plots every section the report can have: technique and visits too and none without data") {
    using namespace progress_summary_fixture;
    const double t1 = kSummaryDay0 + kTen, t2 = kSummaryDay0 + kTen + 3600;
    const std::vector<core::StoredAttempt> attempts = {storedAttempt(1, "c1", t1 - 600, t1, 70, true, false),
                                                       storedAttempt(2, "c1", t2 - 600, t2, 50, false, false)};
    const std::vector<core::OutcomeRow> rows = {
        outcomeRow(1, t1, "flag:pregnancy", "screening", "screen.pregnancy", 2, 2, 3),
        outcomeRow(1, t1, "stroke:cheek_left:coverage", "technique", "technique.patterns", 3, 4, 2),
        outcomeRow(1, t1, "visit:day3:redness", "visits", "", 1, 2, 2),
        outcomeRow(2, t2, "flag:pregnancy", "screening", "screen.pregnancy", 1, 2, 2),
    };
    const auto summary = core::summariseProgress(attempts, rows, progressSkills(), progressSettings(), t2);
    // Attempt 1: screening 2 / 2 = 100 %, technique 3 / 4 = 75 %, visits 1 / 2 = 50 %. Attempt 2: screening 1 / 2 = 50 %.
    REQUIRE(summary.curve.size() == 2);
    CHECK(summary.curve[0].sectionPercent.at(core::Section::Screening) == 100.0);
    CHECK(summary.curve[0].sectionPercent.at(core::Section::Technique) == 75.0);
    CHECK(summary.curve[0].sectionPercent.at(core::Section::Visits) == 50.0);
    CHECK_FALSE(summary.curve[1].sectionPercent.graded(core::Section::Technique));
    // The plotted sections, by name: aftercare, plan and schedule have no data and are left out.
    CHECK(core::curveSections(summary) == std::vector<core::Section>{core::Section::Screening, core::Section::Technique, core::Section::Visits});
    // One bucket (one block) of both: screening mean (100 + 50) / 2 = 75, technique 75 from one attempt.
    REQUIRE(summary.buckets.size() == 1);
    CHECK(summary.buckets[0].sectionMean(core::Section::Screening) == 75.0);
    CHECK(summary.buckets[0].sections[static_cast<std::size_t>(core::Section::Technique)].graded == 1);
    // Every section of the report has a name of its own and a place in the curve's order.
    CHECK(core::sectionsByName().size() == core::kSections.size());
    for (const core::Section s : core::kSections) CHECK(core::sectionNamed(core::toString(s)) == s);
    CHECK(core::toString(static_cast<core::Section>(core::kSections.size())) == "?"); // kSections ends where the enum does
}
