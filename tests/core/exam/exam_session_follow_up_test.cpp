// Exam sittings with perform strokes and follow-up visits (issues 15 and 16):
// every stroke, cartridge, visit and management choice is journaled, so a
// sitting rebuilt from its journal equals the live one and grades the same.
#include "exam/exam_session.hpp"
#include "exam/answer_codec.hpp"
#include "cohort/cohort_verdict.hpp"
#include "exam/exam_result.hpp"
#include "exam/exam_variants.hpp"
#include "grading/grader.hpp"
#include "grading/report_json.hpp"
#include "platform/signing.hpp"
#include "automation/script.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace exam_session_follow_up_test_detail {

// One case, drawn the same for all (draw seed 0), so the follow-up seed is known.
std::filesystem::path writeAcneExam(const testing_support::TempDir& dir, bool followUp, const std::string& feedback = "none") {
    return dir.write("exam.json", std::string(R"({"kind": "exam", "schema_version": 1, "id": "acne", "title": "Acne exam",
        "cases": ["a-acne-scars-cheeks"], "draw": "same_for_all", "follow_up": )") + (followUp ? "true" : "false") +
        R"(, "time_limit_minutes": 10, "pass_mark": 70, "protocol": "clinic-standard", "feedback": ")" + feedback + "\"}");
}

void answerAll(core::ExamSession& s, const std::string& script) {
    auto lines = core::parseScript(script, "answers");
    REQUIRE(lines.has_value());
    for (const auto& l : *lines) {
        const auto* c = std::get_if<core::Command>(&l.step);
        if (!c) continue; // `open` lines are steps of their own in no sitting
        const auto applied = s.apply(*c);
        INFO(l.text << ": " << (applied ? "" : applied.error().summary()));
        REQUIRE(applied.has_value());
    }
}

// The model answer (scores 100) without its `open` line: the sitting opens the case.
std::string acneModelAnswers() {
    std::string script = testing_support::readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt");
    return script.replace(script.find("open a-acne-scars-cheeks"), std::string("open a-acne-scars-cheeks").size(), "");
}

int visitLabelled(const core::ExamSession& s, const std::string& label) {
    for (const auto& v : s.caseSession(0).timeline().visits) {
        if (v.label == label) return v.number;
    }
    return 0;
}

} // namespace exam_session_follow_up_test_detail

using namespace exam_session_follow_up_test_detail;

TEST_CASE("an exam without follow-up refuses visits and an exam with it closes the case's answers when its follow-up opens") {
    testing_support::TempDir dir;
    const auto& data = fixtures::referenceData();
    const auto& library = fixtures::bundledLibrary();
    {
        auto plain = core::ExamSession::start({writeAcneExam(dir, false), {"Ana Ruiz", "S-1", ""}}, dir.path() / "plain.journal", data, library, 0.0);
        REQUIRE(plain.has_value());
        answerAll(**plain, acneModelAnswers());
        const auto refused = (*plain)->apply(core::cmd::PlayVisit{1});
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().summary().find("no follow-up") != std::string::npos);
        CHECK_FALSE((*plain)->apply(core::cmd::GoTo{core::Stage::Visits}).has_value());
    }
    auto s = core::ExamSession::start({writeAcneExam(dir, true), {"Ana Ruiz", "S-1", ""}}, dir.path() / "exam.journal", data, library, 0.0);
    REQUIRE(s.has_value());
    // Before a decision there is nothing to follow up, and nothing is journaled.
    const std::size_t atStart = (*s)->committedRecords();
    CHECK_FALSE((*s)->apply(core::cmd::GoTo{core::Stage::Visits}).has_value());
    CHECK((*s)->committedRecords() == atStart);
    CHECK_FALSE((*s)->followUpOpen(0));
    answerAll(**s, acneModelAnswers());
    // The candidate never picks the seed: the sitting draws it.
    CHECK_FALSE((*s)->apply(core::cmd::SetVisitSeed{7}).has_value());
    const std::size_t beforeOpening = (*s)->committedRecords();
    REQUIRE((*s)->apply(core::cmd::GoTo{core::Stage::Visits}).has_value());
    // By hand: one "follow_up" record, then the visit it opened (visit 1) as an answer.
    CHECK((*s)->committedRecords() == beforeOpening + 2);
    CHECK((*s)->followUpOpen(0));
    CHECK((*s)->current().stage() == core::Stage::Visits);
    CHECK((*s)->current().currentVisit() == 1);
    CHECK((*s)->current().attempt().visitSeed == core::examFollowUpSeed(0, "a-acne-scars-cheeks"));
    // The answers are closed: the plan cannot change after seeing what followed.
    CHECK_FALSE((*s)->apply(core::cmd::SetDepth{"cheek_left", 0.5}).has_value());
    CHECK_FALSE((*s)->apply(core::cmd::GoTo{core::Stage::Plan}).has_value());
    CHECK_FALSE((*s)->apply(core::cmd::GoTo{core::Stage::Debrief}).has_value());
}

TEST_CASE("a sitting with follow-up visits is rebuilt from its journal equal to the live one and grades the visits section the same") {
    testing_support::TempDir dir;
    const auto& data = fixtures::referenceData();
    const auto& library = fixtures::bundledLibrary();
    const auto journal = dir.path() / "exam.journal";
    auto s = core::ExamSession::start({writeAcneExam(dir, true), {"Ana Ruiz", "S-1", ""}}, journal, data, library, 0.0);
    REQUIRE(s.has_value());
    answerAll(**s, acneModelAnswers());
    // The case's own step (isotretinoin started) comes at week 5 whatever the seed draws.
    REQUIRE((*s)->apply(core::cmd::GoTo{core::Stage::Visits}).has_value());
    const int week5 = visitLabelled(**s, "Week 5");
    REQUIRE(week5 > 0);
    answerAll(**s, "visit " + std::to_string(week5) + "\nmanage-toggle pause_course\nmanage-toggle document_report\nmanage-confirm\n");
    // Confirmed choices lock (the confirm step): no trial and error in a sitting either.
    CHECK_FALSE((*s)->apply(core::cmd::ToggleManagement{core::ManagementChoice::Reassure}).has_value());
    const core::Json live = core::attemptToJson((*s)->current().attempt());
    const int liveVisit = (*s)->current().currentVisit();
    s->reset(); // the machine crashes

    auto resumed = core::ExamSession::resume(journal, data, library);
    REQUIRE(resumed.has_value());
    CHECK(core::attemptToJson((*resumed)->current().attempt()) == live);
    CHECK((*resumed)->current().currentVisit() == liveVisit);
    CHECK((*resumed)->current().stage() == core::Stage::Visits);
    CHECK((*resumed)->followUpOpen(0));
    const core::AttemptVisit* managed = (*resumed)->current().attempt().visit(week5);
    REQUIRE(managed);
    // The toggles were journaled as what they did: both choices, in the order ticked.
    CHECK(managed->choices == std::vector<core::ManagementChoice>{core::ManagementChoice::PauseCourse, core::ManagementChoice::DocumentReport});
    REQUIRE((*resumed)->submit(60.0, false).has_value());
    const core::ExamResult& result = *(*resumed)->result();
    REQUIRE(result.cases.size() == 1);
    const core::Report& report = result.cases[0].report;
    CHECK(report.visitsPlayed);
    // By hand (as in practice): the week-5 step expects pause_course and document_report,
    // 2 of 2 chosen; with every other played visit's outcomes unmanaged the section is
    // what the grader gives for the played visits: compare with grading the live attempt.
    core::Diagnostics d;
    const core::Attempt liveAttempt = core::readAttempt(live, d);
    REQUIRE_FALSE(d.hasErrors());
    const core::Report direct = core::grade(*(*resumed)->current().currentCase(), liveAttempt, *data.protocol("clinic-standard"), data);
    REQUIRE(report.section(core::Section::Visits));
    REQUIRE(direct.section(core::Section::Visits));
    CHECK(report.section(core::Section::Visits)->score == Approx(direct.section(core::Section::Visits)->score));
    CHECK(report.item("visit:session_two_isotretinoin:pause_course")->points == Approx(1.0));
    CHECK(report.item("visit:session_two_isotretinoin:document_report")->points == Approx(1.0));
    // The exported result carries the visits section, and cohort re-grades it to the same score.
    const core::Json exported = core::examResultToJson(result);
    bool visitsExported = false;
    for (const auto& section : exported["cases"][0]["report"]["sections"]) visitsExported = visitsExported || section.value("id", "") == "visits";
    CHECK(visitsExported);
    const std::string content = exported.dump(2);
    const auto key = std::optional<core::SigningKey>(core::generateSigningKey());
    REQUIRE(key.has_value());
    const auto pub = core::parsePublicKey(core::publicKeyText(*key));
    REQUIRE(pub.has_value());
    const auto verdict = core::judgeResult(content, core::signDetached(*key, content, "test"), *pub, core::cohortCases(library), data);
    INFO((verdict.problems.empty() ? std::string() : verdict.problems.front()));
    CHECK(verdict.problems.empty());
}

TEST_CASE("perform strokes of every kind are journaled and a resumed sitting has the same record and technique grade") {
    testing_support::TempDir dir;
    const auto& data = fixtures::referenceData();
    const auto& library = fixtures::bundledLibrary();
    const auto journal = dir.path() / "exam.journal";
    auto s = core::ExamSession::start({writeAcneExam(dir, false), {"Ana Ruiz", "S-1", ""}}, journal, data, library, 0.0);
    REQUIRE(s.has_value());
    answerAll(**s, acneModelAnswers() + "goto perform\n");
    const std::size_t beforePerform = (*s)->committedRecords();
    REQUIRE((*s)->apply(core::cmd::SetCartridge{"needles_36"}).has_value());
    answerAll(**s, "perform-auto cheek_left vertical 2\nperform-auto cheek_right horizontal 1\nstroke jawline_left 0.40,0.60 0.42,0.66 900\n");
    core::PerformStroke drawn{"jawline_right", 0, {{6000, 6200, 0}, {6100, 6400, 500}, {6150, 6600, 1000}}};
    REQUIRE((*s)->apply(core::cmd::AddStroke{drawn}).has_value());
    REQUIRE((*s)->apply(core::cmd::ClearStrokes{"cheek_right"}).has_value());
    REQUIRE((*s)->apply(core::cmd::PerformAuto{"cheek_right", core::Pattern::Oblique, 1, false}).has_value());
    // By hand: cartridge, 2 perform-auto, 1 stroke path, 1 drawn stroke, 1 clear, 1 perform-auto: 7 records.
    CHECK((*s)->committedRecords() == beforePerform + 7);
    REQUIRE((*s)->current().attempt().perform);
    const core::PerformRecord live = *(*s)->current().attempt().perform;
    CHECK(live.cartridge == "needles_36");
    CHECK_FALSE(live.anyGenerated()); // scripts' perform-auto is assessed
    s->reset();

    auto resumed = core::ExamSession::resume(journal, data, library);
    REQUIRE(resumed.has_value());
    REQUIRE((*resumed)->current().attempt().perform);
    CHECK(*(*resumed)->current().attempt().perform == live);
    // The drawn stroke comes back sample for sample.
    bool found = false;
    for (const auto& stroke : (*resumed)->current().attempt().perform->strokes) found = found || (stroke.zone == "jawline_right" && stroke.samples == drawn.samples);
    CHECK(found);
    REQUIRE((*resumed)->submit(60.0, false).has_value());
    const core::Report& report = (*resumed)->result()->cases[0].report;
    core::Attempt liveAttempt = (*resumed)->current().attempt();
    liveAttempt.perform = live;
    const core::Report direct = core::grade(*(*resumed)->current().currentCase(), liveAttempt, *data.protocol("clinic-standard"), data);
    CHECK(report.technique == core::TechniqueStatus::Assessed);
    CHECK(core::reportToJson(report)["perform"] == core::reportToJson(direct)["perform"]);
    REQUIRE(report.section(core::Section::Technique));
    CHECK(report.section(core::Section::Technique)->score == Approx(direct.section(core::Section::Technique)->score));
}

TEST_CASE("the accessibility option's perform-auto keeps its not-assessed mark through the journal") {
    const core::Command command = core::cmd::PerformAuto{"cheek_right", core::Pattern::Oblique, 2, true};
    REQUIRE(core::isJournalledAnswer(command));
    const auto decoded = core::decodeAnswer(core::encodeAnswer(command));
    REQUIRE(decoded.has_value());
    const auto* back = std::get_if<core::cmd::PerformAuto>(&*decoded);
    REQUIRE(back);
    CHECK(back->zone == "cheek_right");
    CHECK(back->pattern == core::Pattern::Oblique);
    CHECK(back->passes == 2);
    CHECK(back->notAssessed);
}

TEST_CASE("malformed perform and visit answers in a journal are refused with the field named") {
    using core::decodeAnswer;
    CHECK(decodeAnswer({{"k", "stroke"}, {"stroke", {{"zone", "cheek_left"}, {"start_ms", 0}, {"xyt", {1, 2}}}}}).error().summary().find("xyt") != std::string::npos);
    CHECK(decodeAnswer({{"k", "stroke_path"}, {"zone", "cheek_left"}, {"points", {0.5}}, {"ms", 100}}).error().summary().find("pairs") != std::string::npos);
    CHECK(decodeAnswer({{"k", "perform_auto"}, {"zone", "cheek_left"}, {"pattern", "zigzag"}, {"passes", 1}, {"not_assessed", false}}).error().summary().find("zigzag") != std::string::npos);
    CHECK(decodeAnswer({{"k", "perform_auto"}, {"zone", "cheek_left"}, {"pattern", "vertical"}, {"passes", 9}, {"not_assessed", false}}).error().summary().find("passes") != std::string::npos);
    CHECK(decodeAnswer({{"k", "visit"}, {"number", 1.5}}).error().summary().find("number") != std::string::npos);
    CHECK(decodeAnswer({{"k", "manage"}, {"value", {"shrug"}}}).error().summary().find("shrug") != std::string::npos);
    CHECK(decodeAnswer({{"k", "manage"}, {"value", "reassure"}}).error().summary().find("list") != std::string::npos);
}
