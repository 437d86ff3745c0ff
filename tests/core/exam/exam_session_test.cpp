// Exam sittings in core: answers go to the journal first, a journal rebuilds
// the sitting exactly, the clock runs on wall time, and grading matches.
#include "exam/exam_session.hpp"
#include "cohort/cohort_verdict.hpp"
#include "exam/exam_result.hpp"
#include "platform/signing.hpp"
#include "automation/script.hpp"
#include "platform/journal.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace {


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
            REQUIRE(s.apply(*c).has_value());
        } else if (const auto* go = std::get_if<core::step::ExamCase>(&l.step)) {
            REQUIRE(s.goToCase(go->number - 1).has_value());
        }
    }
}

// The deferral with its follow-up (a visit 40-52 weeks away and two pieces of advice): fully right.
const char* kDeferAnswers = "flag pregnancy\nflag rosacea_flare\ndecide defer\nrebook 44\nadvice protect_from_sun\nadvice let_skin_settle\n";

} // namespace

TEST_CASE("a sitting is journaled and rebuilt exactly from its journal") {
    testing_support::TempDir dir;
    const auto journal = dir.path() / "exam.journal";
    auto s = core::ExamSession::start({writeExam(dir), {"Ana Ruiz", "S-1", ""}}, journal, fixtures::referenceData(), fixtures::bundledLibrary(), 1000.0);
    REQUIRE(s.has_value());
    CHECK((*s)->caseCount() == 2);
    answer(**s, std::string(kDeferAnswers) + "case 2\ndecide treat\ndepth forehead 0.25\npattern forehead oblique\n");
    REQUIRE((*s)->setReview(1, true).has_value());
    const auto before = core::attemptToJson((*s)->caseSession(1).attempt());
    const std::string attemptId = (*s)->attemptId();
    s->reset(); // the window closes (or crashes): its lock on the journal goes with it

    auto resumed = core::ExamSession::resume(journal, fixtures::referenceData(), fixtures::bundledLibrary());
    REQUIRE(resumed.has_value());
    CHECK((*resumed)->currentIndex() == 1);
    CHECK((*resumed)->markedForReview(1));
    CHECK(core::attemptToJson((*resumed)->caseSession(1).attempt()) == before);
    CHECK((*resumed)->caseSession(0).attempt().flags.size() == 2);
    CHECK((*resumed)->candidate().name == "Ana Ruiz");
    CHECK((*resumed)->attemptId() == attemptId);
}

TEST_CASE("the clock runs on wall time from the journal, and running out hands in at the limit") {
    testing_support::TempDir dir;
    const auto journal = dir.path() / "exam.journal";
    auto s = core::ExamSession::start({writeExam(dir), {"Ana", "S-1", ""}}, journal, fixtures::referenceData(), fixtures::bundledLibrary(), 1000.0);
    REQUIRE(s.has_value());
    CHECK((*s)->secondsLeft(1000.0) == Approx(600.0));
    s->reset();
    auto resumed = core::ExamSession::resume(journal, fixtures::referenceData(), fixtures::bundledLibrary());
    CHECK((*resumed)->secondsLeft(1450.0) == Approx(150.0));
    CHECK((*resumed)->timeIsUp(1600.0));
    // Noticed late (the machine was off): the hand-in is dated at the limit.
    REQUIRE((*resumed)->submit(5000.0, true).has_value());
    const auto& r = *(*resumed)->result();
    CHECK(r.autoSubmitted);
    CHECK(r.durationSeconds == Approx(600.0));
    // Unanswered: no decision earns nothing, never the default.
    CHECK(r.cases[1].report.item("decision")->points == Approx(0.0));
    CHECK(r.cases[1].report.item("decision")->given == "none");
}

TEST_CASE("exam rules: no library, no debrief, no other cases, a name and ID are required") {
    testing_support::TempDir dir;
    auto s = core::ExamSession::start({writeExam(dir), {"Ana", "S-1", ""}}, dir.path() / "j", fixtures::referenceData(), fixtures::bundledLibrary(), 0.0);
    REQUIRE(s.has_value());
    CHECK_FALSE((*s)->apply(core::cmd::OpenCase{"a-acne-scars-cheeks"}).has_value());
    CHECK_FALSE((*s)->apply(core::cmd::BackToLibrary{}).has_value());
    CHECK_FALSE((*s)->apply(core::cmd::GoTo{core::Stage::Debrief}).has_value());
    CHECK_FALSE((*s)->apply(core::cmd::Submit{}).has_value());
    CHECK_FALSE((*s)->goToCase(5).has_value());
    CHECK_FALSE((*s)->current().currentCase()->allowHints);
    const auto records = (*s)->committedRecords();
    CHECK_FALSE((*s)->apply(core::cmd::SetDepth{"cheek_left", 9.0}).has_value());
    CHECK((*s)->committedRecords() == records); // refused answers are not journaled

    testing_support::TempDir other;
    CHECK_FALSE(core::ExamSession::start({writeExam(other), {" ", "S-1", ""}}, other.path() / "j", fixtures::referenceData(), fixtures::bundledLibrary(), 0).has_value());
    CHECK_FALSE(core::ExamSession::start({writeExam(other), {"Ana", "", ""}}, other.path() / "j", fixtures::referenceData(), fixtures::bundledLibrary(), 0).has_value());
    // A second sitting cannot overwrite one in progress.
    const auto again = core::ExamSession::start({writeExam(dir), {"Bo", "S-2", ""}}, dir.path() / "j", fixtures::referenceData(), fixtures::bundledLibrary(), 0);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().summary().find("already in progress") != std::string::npos);
}

TEST_CASE("handing in grades each case under the exam's profile") {
    testing_support::TempDir dir;
    auto s = core::ExamSession::start({writeExam(dir), {"Ana", "S-1", ""}}, dir.path() / "j", fixtures::referenceData(), fixtures::bundledLibrary(), 0.0);
    REQUIRE(s.has_value());
    answer(**s, std::string(kDeferAnswers) + "case 2\ndecide treat\n");
    REQUIRE((*s)->submit(120.0, false).has_value());
    const auto& r = *(*s)->result();
    CHECK(r.cases[0].report.total == Approx(100.0)); // the deferral, fully right
    CHECK(r.cases[1].report.total < 50.0);           // decided, planned nothing
    CHECK(r.total() == Approx((r.cases[0].report.total + r.cases[1].report.total) / 2.0).margin(0.05));
    CHECK_FALSE((*s)->apply(core::cmd::SetDecision{core::Decision::Refer}).has_value()); // locked
    CHECK(r.cases[0].caseSha256.size() == 64);
}

namespace {

// The start record of a real sitting, for journals written by hand below.
core::Json realStartRecord(const testing_support::TempDir& dir) {
    const auto journal = dir.path() / "real.journal";
    {
        auto s = core::ExamSession::start({writeExam(dir), {"Ana", "S-1", ""}}, journal, fixtures::referenceData(), fixtures::bundledLibrary(), 1000.0);
        REQUIRE(s.has_value());
    }
    auto j = core::Journal::openReadOnly(journal);
    REQUIRE(j.has_value());
    return j->records().front();
}

std::filesystem::path handWrittenJournal(const testing_support::TempDir& dir, const std::vector<core::Json>& records) {
    std::string bytes = core::kJournalMagic;
    for (const auto& r : records) bytes += core::journalFrame(r.dump());
    return dir.write("hand.journal", bytes);
}

} // namespace

TEST_CASE("a version-1 journal (answers stored as script lines) still resumes to the same answers") {
    testing_support::TempDir dir;
    const core::Json start = realStartRecord(dir);
    const auto journal = handWrittenJournal(dir, {start,
                                                  {{"t", "cmd"}, {"case", 0}, {"line", "flag pregnancy"}},
                                                  {{"t", "cmd"}, {"case", 0}, {"line", "decide defer"}},
                                                  {{"t", "goto"}, {"case", 1}},
                                                  {{"t", "cmd"}, {"case", 1}, {"line", "decide treat"}},
                                                  {{"t", "cmd"}, {"case", 1}, {"line", "treat forehead"}},
                                                  {{"t", "cmd"}, {"case", 1}, {"line", "depth forehead 0.25"}},
                                                  {{"t", "cmd"}, {"case", 1}, {"line", "patterns forehead oblique vertical"}},
                                                  {{"t", "cmd"}, {"case", 1}, {"line", "interval 4"}}});
    auto s = core::ExamSession::resume(journal, fixtures::referenceData(), fixtures::bundledLibrary());
    REQUIRE(s.has_value());
    const auto& first = (*s)->caseSession(0).attempt();
    CHECK(first.flagged("pregnancy"));
    CHECK(first.decision == core::Decision::Defer);
    const auto& second = (*s)->caseSession(1).attempt();
    REQUIRE(second.zone("forehead") != nullptr);
    CHECK(second.zone("forehead")->depthMm.value_or(0.0) == Approx(0.25));
    CHECK(second.zone("forehead")->patterns.size() == 2);
    CHECK(second.intervalWeeks == 4);
    CHECK((*s)->currentIndex() == 1);
}

TEST_CASE("answers are journalled in the exam's own codec, not in the script grammar") {
    testing_support::TempDir dir;
    const auto journal = dir.path() / "exam.journal";
    {
        auto s = core::ExamSession::start({writeExam(dir), {"Ana", "S-1", ""}}, journal, fixtures::referenceData(), fixtures::bundledLibrary(), 0.0);
        REQUIRE(s.has_value());
        answer(**s, "flag pregnancy\ndecide defer\n");
    }
    auto j = core::Journal::openReadOnly(journal);
    REQUIRE(j->records().size() == 3);
    CHECK(j->records()[1] == core::Json{{"t", "answer"}, {"case", 0}, {"a", {{"k", "flag"}, {"id", "pregnancy"}, {"on", true}}}});
    CHECK(j->records()[2]["a"] == core::Json{{"k", "decision"}, {"value", "defer"}});
}

// Each record here passes its CRC but is of the wrong shape: resume must name
// the record and the field, never throw or convert out of range.
TEST_CASE("malformed journal records are refused with the record's number, never a crash") {
    testing_support::TempDir dir;
    const core::Json start = realStartRecord(dir);
    const std::vector<std::pair<core::Json, std::string>> bad{
        {{{"t", 5}}, "\"t\""},
        {{{"t", "answer"}, {"case", 1e20}, {"a", {{"k", "flag"}, {"id", "x"}, {"on", true}}}}, "\"case\""},
        {{{"t", "answer"}, {"case", -1}, {"a", {{"k", "flag"}, {"id", "x"}, {"on", true}}}}, "out of range"},
        {{{"t", "answer"}, {"case", 0}, {"a", {{"k", "depth"}, {"zone", 3}, {"mm", 1.0}}}}, "\"zone\""},
        {{{"t", "answer"}, {"case", 0}, {"a", {{"k", "passes"}, {"zone", "forehead"}, {"value", 1e20}}}}, "\"value\""},
        {{{"t", "answer"}, {"case", 0}, {"a", "flag pregnancy"}}, "JSON object"},
        {{{"t", "answer"}, {"case", 0}, {"a", {{"k", "teleport"}}}}, "unknown answer kind"},
        {{{"t", "cmd"}, {"case", 0}, {"line", 7}}, "\"line\""},
        {{{"t", "review"}, {"case", 0}, {"on", "yes"}}, "\"on\""},
        {{{"t", "submit"}, {"unix", "soon"}}, "\"unix\""},
        {{{"t", "goto"}, {"case", "2"}}, "\"case\""},
    };
    for (const auto& [record, field] : bad) {
        INFO(record.dump());
        testing_support::TempDir here;
        std::string bytes = core::kJournalMagic;
        bytes += core::journalFrame(start.dump());
        bytes += core::journalFrame(record.dump());
        const auto journal = here.write("j.journal", bytes);
        auto s = core::ExamSession::resume(journal, fixtures::referenceData(), fixtures::bundledLibrary(), core::ExamSession::Access::ReadOnly);
        REQUIRE_FALSE(s.has_value());
        CHECK(s.error().summary().find("journal record 2") != std::string::npos);
        CHECK(s.error().summary().find(field) != std::string::npos);
    }
}

TEST_CASE("a case file changed since the sitting started is refused on resume, never graded silently") {
    testing_support::TempDir dir;
    const auto libraryDir = dir.path() / "library";
    std::filesystem::create_directories(libraryDir);
    for (const char* id : {"a-melasma-pregnant-rosacea-flare", "a-fine-lines-forehead-eyes"}) {
        const std::string name = std::string(id) + ".json";
        std::filesystem::copy_file(std::filesystem::path(MN_SOURCE_ROOT) / "cases/library" / name, libraryDir / name);
    }
    const auto journal = dir.path() / "exam.journal";
    {
        const auto lib = core::loadCaseLibrary(libraryDir, fixtures::referenceData());
        auto s = core::ExamSession::start({writeExam(dir), {"Ana", "S-1", ""}}, journal, fixtures::referenceData(), lib, 0.0);
        REQUIRE(s.has_value());
    }
    {
        const auto lib = core::loadCaseLibrary(libraryDir, fixtures::referenceData());
        CHECK(core::ExamSession::resume(journal, fixtures::referenceData(), lib).has_value()); // unchanged: fine
    }
    std::ofstream(libraryDir / "a-fine-lines-forehead-eyes.json", std::ios::app) << "\n"; // any change at all
    const auto lib = core::loadCaseLibrary(libraryDir, fixtures::referenceData());
    auto s = core::ExamSession::resume(journal, fixtures::referenceData(), lib);
    REQUIRE_FALSE(s.has_value());
    CHECK(s.error().summary().find("a-fine-lines-forehead-eyes") != std::string::npos);
    CHECK(s.error().summary().find("has changed since this sitting started") != std::string::npos);
}

TEST_CASE("a journal left with a header and no start record is set aside, and a new sitting starts") {
    testing_support::TempDir dir;
    const auto journal = dir.write("exam.journal", core::kJournalMagic);
    auto s = core::ExamSession::start({writeExam(dir), {"Ana", "S-1", ""}}, journal, fixtures::referenceData(), fixtures::bundledLibrary(), 77.0);
    REQUIRE(s.has_value());
    CHECK(std::filesystem::exists(dir.path() / "exam.journal.no-start-77"));
    CHECK(testing_support::readFile(dir.path() / "exam.journal.no-start-77") == core::kJournalMagic);
}

TEST_CASE("an exam with variants gives each candidate a variant seeded from the draw, the same again on resume and in cohort re-grading") {
    testing_support::TempDir dir;
    const auto exam = dir.write("exam.json", R"({"kind": "exam", "schema_version": 1, "id": "varied", "title": "Varied exam",
        "cases": ["c-lidocaine-allergy-no-numbing"], "variants": true,
        "time_limit_minutes": 10, "pass_mark": 70, "protocol": "clinic-standard", "feedback": "none"})");
    const auto& data = fixtures::referenceData();
    const auto& library = fixtures::bundledLibrary();
    const core::Case* written = nullptr;
    for (const auto& e : library.entries) {
        if (e.playable && e.playable->id == "c-lidocaine-allergy-no-numbing") written = &*e.playable;
    }
    REQUIRE(written);
    auto a = core::ExamSession::start({exam, {"Ana Ruiz", "S-1", ""}}, dir.path() / "a.journal", data, library, 0.0);
    auto b = core::ExamSession::start({exam, {"Ben Ode", "S-2", ""}}, dir.path() / "b.journal", data, library, 0.0);
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    REQUIRE((*a)->caseSession(0).currentCase());
    REQUIRE((*b)->caseSession(0).currentCase());
    const core::Case& caseA = *(*a)->caseSession(0).currentCase();
    const core::Case& caseB = *(*b)->caseSession(0).currentCase();
    // The id stays the hand-written case's; the client is the variant's (names vary in this case).
    CHECK(caseA.id == "c-lidocaine-allergy-no-numbing");
    CHECK(caseA.client.name != written->client.name);
    CHECK(caseA.client.name != caseB.client.name);
    CHECK_FALSE(caseA.allowHints);
    const std::string nameA = caseA.client.name;
    a->reset();
    auto resumed = core::ExamSession::resume(dir.path() / "a.journal", data, library);
    REQUIRE(resumed.has_value());
    REQUIRE((*resumed)->caseSession(0).currentCase());
    CHECK((*resumed)->caseSession(0).currentCase()->client.name == nameA);
    // Handed in and signed: cohort makes the same variant again and re-grades to the same score.
    REQUIRE((*resumed)->apply(core::cmd::SetDecision{core::Decision::Defer}).has_value());
    REQUIRE((*resumed)->submit(60.0, false).has_value());
    const std::string content = core::examResultToJson(*(*resumed)->result()).dump(2);
    const auto key = std::optional<core::SigningKey>(core::generateSigningKey());
    REQUIRE(key.has_value());
    const auto pub = core::parsePublicKey(core::publicKeyText(*key));
    REQUIRE(pub.has_value());
    const auto verdict = core::judgeResult(content, core::signDetached(*key, content, "test"), *pub, core::cohortCases(library), data);
    INFO((verdict.problems.empty() ? std::string() : verdict.problems.front()));
    CHECK(verdict.problems.empty());
    CHECK(verdict.accepted.has_value());
}
