// Practice mode in core: commands change the attempt, bad commands change
// nothing, and submitting grades exactly as `mntrainer grade` does.
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "practice/practice_session.hpp"
#include "automation/script.hpp"

#include "fixtures.hpp"
#include "../support/run_process.hpp"

#include "session_script.hpp"

#include <catch2/catch.hpp>

namespace {

// Every line must be accepted (session_script.hpp).
void run(core::PracticeSession& s, const std::string& script) { session_script::applyScript(s, script); }

} // namespace

TEST_CASE("playing a case through commands reproduces the model answer's grade") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, testing_support::readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt"));
    CHECK(s.unansweredItems().empty());
    REQUIRE(s.apply(core::cmd::Submit{}).has_value());
    CHECK(s.stage() == core::Stage::Debrief);
    REQUIRE(s.report());
    CHECK(s.report()->total == Approx(100.0));
    CHECK(s.report()->passed);
    // The saved attempt grades the same through the file path.
    auto c = core::loadCaseFile(std::filesystem::path(MN_SOURCE_ROOT) / "cases/library/a-acne-scars-cheeks.json", fixtures::referenceData());
    REQUIRE(c);
    core::Diagnostics d;
    const auto reread = core::readAttempt(core::attemptToJson(s.attempt()), d);
    REQUIRE_FALSE(d.hasErrors());
    CHECK(core::grade(*c, reread, *fixtures::referenceData().protocol("clinic-standard"), fixtures::referenceData()).total ==
          Approx(100.0));
}

TEST_CASE("deferring skips the plan, and submitting drops anything planned before") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, "open a-melasma-pregnant-rosacea-flare\nflag pregnancy\nflag rosacea_flare\ndepth cheek_left 0.5\ndecide defer\n");
    CHECK(s.planSkipped());
    CHECK_FALSE(s.apply(core::cmd::GoTo{core::Stage::Plan}).has_value());
    // The follow-up is what a deferral plans instead: the key wants a visit 40-52 weeks away
    // (19 weeks pregnant + 26 weeks postpartum) and two pieces of advice.
    run(s, "rebook 44\nadvice protect_from_sun\nadvice let_skin_settle\n");
    REQUIRE(s.apply(core::cmd::Submit{}).has_value());
    CHECK(s.attempt().zones.empty());
    CHECK(s.attempt().followUp.rebookWeeks == 44);
    CHECK(s.report()->total == Approx(100.0));
}

TEST_CASE("a deferral's follow-up: rebooking inside the postpartum wait is critical, and treating drops the follow-up") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, "open a-melasma-pregnant-rosacea-flare\nflag pregnancy\nflag rosacea_flare\ndecide defer\nrebook 8\n");
    REQUIRE(s.apply(core::cmd::Submit{}).has_value());
    // Pregnant now: the 26-week postpartum wait has not even begun, so 8 weeks is inside it.
    CHECK(s.report()->hasCritical("rebooked_inside_wait:childbirth"));
    CHECK_FALSE(s.report()->passed);
    core::PracticeSession t(fixtures::referenceData(), fixtures::bundledLibrary());
    run(t, "open a-acne-scars-cheeks\nrebook 4\nadvice antiviral_cover\ndecide treat_modified\n");
    REQUIRE(t.apply(core::cmd::Submit{}).has_value());
    CHECK_FALSE(t.attempt().followUp.rebookWeeks.has_value());
    CHECK(t.attempt().followUp.advice.empty());
    CHECK_FALSE(t.apply(core::cmd::SetReferral{"surgeon"}).has_value());
}

// One rule for which stages open: the stage bar, the exam tabs and GoTo all
// read stageAccess, so checking it and GoTo together checks all three.
TEST_CASE("stage access: after a deferral neither plan stage opens, the debrief opens only after submitting") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, "open a-melasma-pregnant-rosacea-flare\n");
    CHECK(s.stageAccess(core::Stage::Plan).has_value());
    CHECK(s.stageAccess(core::Stage::Aftercare).has_value());
    CHECK_FALSE(s.stageAccess(core::Stage::Debrief).has_value());
    run(s, "decide defer\n");
    for (const auto stage : {core::Stage::Plan, core::Stage::Aftercare}) {
        const auto access = s.stageAccess(stage);
        REQUIRE_FALSE(access.has_value());
        CHECK(access.error().summary().find("no plan or aftercare") != std::string::npos);
        CHECK_FALSE(s.apply(core::cmd::GoTo{stage}).has_value());
        CHECK(s.stage() == core::Stage::Consultation);
    }
    CHECK(s.stageAccess(core::Stage::Consultation).has_value());
    REQUIRE(s.apply(core::cmd::Submit{}).has_value());
    CHECK(s.stageAccess(core::Stage::Debrief).has_value());
    CHECK_FALSE(s.stageAccess(core::Stage::Consultation).has_value());
}

TEST_CASE("bad commands are refused and change nothing") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    CHECK_FALSE(s.apply(core::cmd::SetFlag{"pregnancy", true}).has_value()); // no case open
    REQUIRE(s.apply(core::cmd::OpenCase{"a-acne-scars-cheeks"}).has_value());
    const auto before = s.revision();
    const auto bad = s.apply(core::cmd::SetDepth{"cheek_lft", 1.0});
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().summary().find("Did you mean \"cheek_left\"?") != std::string::npos);
    // A script's shortened aftercare id ("aftercare spf") is not a typo of
    // spf30_daily (8 edits) but starts it, and is named.
    const auto shortened = s.apply(core::cmd::SetAftercare{"spf", true});
    REQUIRE_FALSE(shortened.has_value());
    CHECK(shortened.error().summary() == "unknown aftercare item \"spf\". Did you mean \"spf30_daily\"?");
    CHECK_FALSE(s.apply(core::cmd::SetDepth{"cheek_left", 1.1}).has_value()); // not a dial step
    CHECK_FALSE(s.apply(core::cmd::SetDepth{"cheek_left", 3.0}).has_value()); // past the dial
    CHECK_FALSE(s.apply(core::cmd::SetFlag{"pregnant", true}).has_value());
    CHECK_FALSE(s.apply(core::cmd::Submit{}).has_value()); // no decision yet
    CHECK_FALSE(s.apply(core::cmd::OpenCase{"no-such-case"}).has_value());
    CHECK(s.revision() == before);
    CHECK(s.attempt().zones.empty());
    CHECK(s.currentCase()->id == "a-acne-scars-cheeks");
}

TEST_CASE("mirroring copies a plan to the other side, avoiding clears plan values") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, "open a-fine-lines-forehead-eyes\ndepth temple_left 0.5\npasses temple_left 2\nmirror temple_left\n");
    REQUIRE(s.attempt().zone("temple_right"));
    CHECK(*s.attempt().zone("temple_right")->depthMm == Approx(0.5));
    CHECK_FALSE(s.apply(core::cmd::MirrorZone{"forehead"}).has_value());
    run(s, "avoid temple_left\n");
    CHECK_FALSE(s.attempt().zone("temple_left")->depthMm.has_value());
    CHECK(core::mirrorZoneId("periorbital_right") == "periorbital_left");
    CHECK(core::mirrorZoneId("nose").empty());
}

TEST_CASE("unanswered items are listed for the submit prompt") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, "open a-fine-lines-forehead-eyes\ndecide treat\ndepth forehead 0.25\n");
    const auto missing = s.unansweredItems();
    CHECK(std::find(missing.begin(), missing.end(), "Forehead: no endpoint") != missing.end());
    CHECK(std::find(missing.begin(), missing.end(), "no aftercare advice") != missing.end());
}

TEST_CASE("retry starts clean, next opens the following case") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, "open a-fine-lines-forehead-eyes\ndecide treat\nsubmit\n");
    CHECK(s.stage() == core::Stage::Debrief);
    CHECK_FALSE(s.apply(core::cmd::SetDecision{core::Decision::Defer}).has_value()); // submitted: locked
    run(s, "retry\n");
    CHECK(s.stage() == core::Stage::Consultation);
    CHECK_FALSE(s.decisionMade());
    run(s, "next\n");
    CHECK(s.currentCase()->id != "a-fine-lines-forehead-eyes");
}

TEST_CASE("the aftercare list is shuffled, complete and stable per case") {
    const auto& data = fixtures::referenceData();
    const auto& lib = fixtures::bundledLibrary();
    const core::Case& a = *lib.entries[0].playable;
    const core::Case& b = *lib.entries[1].playable;
    const auto first = core::aftercareChoices(a, data.catalogue);
    CHECK(first == core::aftercareChoices(a, data.catalogue));
    CHECK(first.size() == data.catalogue.aftercare.size());
    CHECK(first != data.catalogue.aftercareIds()); // not catalogue order
    CHECK(first != core::aftercareChoices(b, data.catalogue));
}

TEST_CASE("pattern toggles one pattern on and off") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, "open a-acne-scars-cheeks\ndecide treat_modified\ngoto plan\ndepth cheek_left 1.75\n"
           "pattern cheek_left vertical\npattern cheek_left horizontal\npattern cheek_left oblique\n");
    REQUIRE(s.attempt().zone("cheek_left"));
    CHECK(s.attempt().zone("cheek_left")->patterns.size() == 3);
    run(s, "pattern cheek_left horizontal\n");
    CHECK(s.attempt().zone("cheek_left")->patterns == std::vector<core::Pattern>{core::Pattern::Vertical, core::Pattern::Oblique});
}

TEST_CASE("interview: ask records each question once, in the order asked, and refuses what cannot be asked") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, "open c-lidocaine-allergy-no-numbing\nask allergies\nask medications\nask allergies\n");
    CHECK(s.attempt().questions == std::vector<std::string>{"allergies", "medications"});
    const auto unknown = s.apply(core::cmd::Ask{"alergies"});
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().summary().find("Did you mean \"allergies\"") != std::string::npos);
    CHECK(s.attempt().questions.size() == 2);
    // A case without an interview shows its intake: nothing to ask.
    run(s, "open a-acne-scars-cheeks\n");
    const auto none = s.apply(core::cmd::Ask{"allergies"});
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().summary().find("has no interview") != std::string::npos);
    CHECK(s.attempt().questions.empty());
}

TEST_CASE("a flag keeps its reason until it is unflagged") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, "open c-prednisolone-colitis-flare\nflag immunosuppression because Prednisolone 40 mg every morning\n");
    REQUIRE(s.attempt().flagReasons.count("immunosuppression") == 1);
    CHECK(s.attempt().flagReasons.at("immunosuppression") == "Prednisolone 40 mg every morning");
    // Flagged again with no reason: the one given stays.
    run(s, "flag immunosuppression\n");
    CHECK(s.attempt().flagReasons.at("immunosuppression") == "Prednisolone 40 mg every morning");
    // Unflagged: the reason goes with it, and a new flag starts without one.
    run(s, "unflag immunosuppression\nflag immunosuppression\n");
    CHECK(s.attempt().flagReasons.empty());
}

namespace practice_session_seeds {

// The acne-scars model answer with the chin needled over active acne, so the
// catalogue's "acne_spread" rule (likelihood common, 1 in 2) applies.
std::string modelWithChin() {
    std::string script = testing_support::readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt");
    const std::string avoid = "avoid chin\n";
    const auto at = script.find(avoid);
    REQUIRE(at != std::string::npos);
    script.replace(at, avoid.size(), "depth chin 0.5\npatterns chin vertical\npasses chin 2\nendpoint chin erythema\n");
    return script;
}

// Each visit and outcome in one line, to compare two timelines.
std::string describe(const core::VisitTimeline& t) {
    std::string out = "seed " + std::to_string(t.seed) + ";";
    for (const auto& v : t.visits) {
        out += v.label + ":";
        for (const auto& id : v.newOutcomes) out += id + " ";
        out += ";";
    }
    for (const auto& o : t.outcomes) out += o.id + (o.happened ? "+" : "-") + std::to_string(o.draw) + ";";
    return out;
}

} // namespace practice_session_seeds

TEST_CASE("each submitted attempt draws its visit seed from the session's seed source") {
    using namespace practice_session_seeds;
    // FNV-1a 64 of "5:acne_spread", top 53 bits over 2^53, is 0.170 (worked
    // with a separate Python FNV-1a): under common's 0.5, so the acne spreads.
    // "3:acne_spread" is 0.530: over 0.5, so it does not.
    core::PracticeSession five(fixtures::referenceData(), fixtures::bundledLibrary(), core::fixedSeedSource(5));
    run(five, modelWithChin() + "submit\n");
    CHECK(five.attempt().visitSeed == 5u);
    REQUIRE(five.timeline().outcome("acne_spread"));
    CHECK(five.timeline().outcome("acne_spread")->happened);
    core::PracticeSession three(fixtures::referenceData(), fixtures::bundledLibrary(), core::fixedSeedSource(3));
    run(three, modelWithChin() + "submit\n");
    CHECK(three.attempt().visitSeed == 3u);
    REQUIRE(three.timeline().outcome("acne_spread"));
    CHECK_FALSE(three.timeline().outcome("acne_spread")->happened);
    // A source that counts 100, 101, ...: each submitted attempt takes the next.
    std::uint32_t next = 100;
    core::PracticeSession counting(fixtures::referenceData(), fixtures::bundledLibrary(), [&next] { return next++; });
    run(counting, modelWithChin() + "submit\n");
    CHECK(counting.attempt().visitSeed == 100u);
    run(counting, "retry\n" + modelWithChin() + "submit\n");
    CHECK(counting.attempt().visitSeed == 101u);
}

TEST_CASE("the same attempt and seed give the same timeline and visit-seed before submit overrides the draw") {
    using namespace practice_session_seeds;
    const auto& data = fixtures::referenceData();
    core::PracticeSession first(data, fixtures::bundledLibrary(), core::fixedSeedSource(5));
    core::PracticeSession second(data, fixtures::bundledLibrary(), core::fixedSeedSource(5));
    run(first, modelWithChin() + "submit\n");
    run(second, modelWithChin() + "submit\n");
    REQUIRE_FALSE(first.timeline().visits.empty());
    CHECK(describe(first.timeline()) == describe(second.timeline()));
    // The seed is in the saved attempt: its file gives the same visits again.
    core::Diagnostics d;
    const core::Attempt reread = core::readAttempt(core::attemptToJson(first.attempt()), d);
    REQUIRE_FALSE(d.hasErrors());
    CHECK(reread.visitSeed == 5u);
    const core::Protocol& p = *data.protocol("clinic-standard");
    CHECK(describe(core::buildVisitTimeline(*first.currentCase(), reread, p, data)) == describe(first.timeline()));
    // `visit-seed 3` before submit wins over the source's 5: the acne is spared (0.530 >= 0.5).
    core::PracticeSession overridden(data, fixtures::bundledLibrary(), core::fixedSeedSource(5));
    run(overridden, modelWithChin() + "visit-seed 3\nsubmit\n");
    CHECK(overridden.attempt().visitSeed == 3u);
    CHECK_FALSE(overridden.timeline().outcome("acne_spread")->happened);
    // A retry forgets the override: the source draws again.
    run(overridden, "retry\n" + modelWithChin() + "submit\n");
    CHECK(overridden.attempt().visitSeed == 5u);
}

TEST_CASE("an autosave of a submitted attempt is not resumed") {
    // Older builds autosaved after Submit (stage debrief or visits); resuming
    // such an attempt would let it be submitted and recorded a second time.
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, testing_support::readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt") + "submit\n");
    const core::Attempt submitted = s.attempt();
    core::PracticeSession later(fixtures::referenceData(), fixtures::bundledLibrary());
    for (const core::Stage stage : {core::Stage::Debrief, core::Stage::Visits}) {
        const auto refused = later.resume(submitted, stage, true);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().summary().find("submitted already") != std::string::npos);
        CHECK(later.stage() == core::Stage::Library);
    }
    // Unsubmitted, at the aftercare: resumed where it was.
    REQUIRE(later.resume(submitted, core::Stage::Aftercare, true).has_value());
    CHECK(later.stage() == core::Stage::Aftercare);
}
