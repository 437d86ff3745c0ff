// Exam sittings in core: answers go to the journal first, a journal rebuilds
// the sitting exactly, the clock runs on wall time, and grading matches.
#include "core/exam_session.hpp"
#include "core/script.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {

const core::CaseLibrary& library() {
    static const core::CaseLibrary lib =
        core::loadCaseLibrary(std::filesystem::path(MN_SOURCE_ROOT) / "cases/library", fixtures::referenceData());
    return lib;
}

std::filesystem::path writeExam(const testing_support::TempDir& dir) {
    return dir.write("exam.json", R"({"kind": "exam", "schema_version": 1, "id": "mini", "title": "Mini exam",
        "cases": ["a-melasma-pregnant-rosacea-flare", "a-fine-lines-forehead-eyes"],
        "time_limit_minutes": 10, "pass_mark": 70, "protocol": "clinic-standard", "feedback": "none"})");
}

void answer(core::ExamSession& s, const std::string& script) {
    auto lines = core::parseScript(script, "answers");
    REQUIRE(lines.has_value());
    for (const auto& l : *lines) {
        if (const auto* c = std::get_if<core::Command>(&l.step)) {
            INFO(l.text);
            REQUIRE(s.apply(*c).empty());
        } else if (const auto* go = std::get_if<core::step::ExamCase>(&l.step)) {
            REQUIRE(s.goToCase(go->number - 1).empty());
        }
    }
}

const char* kDeferAnswers = "flag pregnancy\nflag rosacea_flare\ndecide defer\n";

} // namespace

TEST_CASE("a sitting is journaled and rebuilt exactly from its journal") {
    testing_support::TempDir dir;
    const auto journal = dir.path() / "exam.journal";
    auto s = core::ExamSession::start({writeExam(dir), {"Ana Ruiz", "S-1", ""}}, journal, fixtures::referenceData(), library(), 1000.0);
    REQUIRE(s.has_value());
    CHECK((*s)->caseCount() == 2);
    answer(**s, std::string(kDeferAnswers) + "case 2\ndecide treat\ndepth forehead 0.25\npattern forehead oblique\n");
    REQUIRE((*s)->setReview(1, true).empty());
    const auto before = core::attemptToJson((*s)->caseSession(1).attempt());

    auto resumed = core::ExamSession::resume(journal, fixtures::referenceData(), library());
    REQUIRE(resumed.has_value());
    CHECK((*resumed)->currentIndex() == 1);
    CHECK((*resumed)->markedForReview(1));
    CHECK(core::attemptToJson((*resumed)->caseSession(1).attempt()) == before);
    CHECK((*resumed)->caseSession(0).attempt().flags.size() == 2);
    CHECK((*resumed)->candidate().name == "Ana Ruiz");
    CHECK((*resumed)->attemptId() == (*s)->attemptId());
}

TEST_CASE("the clock runs on wall time from the journal, and running out hands in at the limit") {
    testing_support::TempDir dir;
    const auto journal = dir.path() / "exam.journal";
    auto s = core::ExamSession::start({writeExam(dir), {"Ana", "S-1", ""}}, journal, fixtures::referenceData(), library(), 1000.0);
    REQUIRE(s.has_value());
    CHECK((*s)->secondsLeft(1000.0) == Approx(600.0));
    auto resumed = core::ExamSession::resume(journal, fixtures::referenceData(), library());
    CHECK((*resumed)->secondsLeft(1450.0) == Approx(150.0));
    CHECK((*resumed)->timeIsUp(1600.0));
    // Noticed late (the machine was off): the hand-in is dated at the limit.
    REQUIRE((*resumed)->submit(5000.0, true).empty());
    const auto& r = *(*resumed)->result();
    CHECK(r.autoSubmitted);
    CHECK(r.durationSeconds == Approx(600.0));
    // Unanswered: no decision earns nothing, never the default.
    CHECK(r.cases[1].report.item("decision")->points == Approx(0.0));
    CHECK(r.cases[1].report.item("decision")->given == "none");
}

TEST_CASE("exam rules: no library, no debrief, no other cases, a name and ID are required") {
    testing_support::TempDir dir;
    auto s = core::ExamSession::start({writeExam(dir), {"Ana", "S-1", ""}}, dir.path() / "j", fixtures::referenceData(), library(), 0.0);
    REQUIRE(s.has_value());
    CHECK_FALSE((*s)->apply(core::cmd::OpenCase{"a-acne-scars-cheeks"}).empty());
    CHECK_FALSE((*s)->apply(core::cmd::BackToLibrary{}).empty());
    CHECK_FALSE((*s)->apply(core::cmd::GoTo{core::Stage::Debrief}).empty());
    CHECK_FALSE((*s)->apply(core::cmd::Submit{}).empty());
    CHECK_FALSE((*s)->goToCase(5).empty());
    CHECK_FALSE((*s)->current().currentCase()->allowHints);
    const auto records = (*s)->committedRecords();
    CHECK_FALSE((*s)->apply(core::cmd::SetDepth{"cheek_left", 9.0}).empty());
    CHECK((*s)->committedRecords() == records); // refused answers are not journaled

    testing_support::TempDir other;
    CHECK_FALSE(core::ExamSession::start({writeExam(other), {" ", "S-1", ""}}, other.path() / "j", fixtures::referenceData(), library(), 0).has_value());
    CHECK_FALSE(core::ExamSession::start({writeExam(other), {"Ana", "", ""}}, other.path() / "j", fixtures::referenceData(), library(), 0).has_value());
    // A second sitting cannot overwrite one in progress.
    const auto again = core::ExamSession::start({writeExam(dir), {"Bo", "S-2", ""}}, dir.path() / "j", fixtures::referenceData(), library(), 0);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().find("already in progress") != std::string::npos);
}

TEST_CASE("handing in grades each case under the exam's profile") {
    testing_support::TempDir dir;
    auto s = core::ExamSession::start({writeExam(dir), {"Ana", "S-1", ""}}, dir.path() / "j", fixtures::referenceData(), library(), 0.0);
    REQUIRE(s.has_value());
    answer(**s, std::string(kDeferAnswers) + "case 2\ndecide treat\n");
    REQUIRE((*s)->submit(120.0, false).empty());
    const auto& r = *(*s)->result();
    CHECK(r.cases[0].report.total == Approx(100.0)); // the deferral, fully right
    CHECK(r.cases[1].report.total < 50.0);           // decided, planned nothing
    CHECK(r.total() == Approx((r.cases[0].report.total + r.cases[1].report.total) / 2.0).margin(0.05));
    CHECK_FALSE((*s)->apply(core::cmd::SetDecision{core::Decision::Refer}).empty()); // locked
    CHECK(r.cases[0].caseSha256.size() == 64);
}
