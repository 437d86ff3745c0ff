// Exams with follow-up steps in the real window: the candidate needles, opens
// a case's follow-up (asked first: the answers close), plays and manages the
// visits; a kill -9 mid-sitting keeps the strokes and the choices; and under
// the "none" feedback policy the visits screen shows no graded result and no
// likelihood, while the exported result grades the visits section.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace testing_support;
using gui_testing::AppRun;

namespace exam_follow_up_gui_detail {

// One case, drawn the same for all; follow-up visits on; the given feedback policy.
void writeFollowUpExam(const AppRun& app, const std::string& feedback) {
    std::filesystem::create_directories(app.userData() / "exams");
    std::ofstream(app.userData() / "exams" / "acne-follow-up.json")
        << R"({"kind": "exam", "schema_version": 1, "id": "acne-follow-up", "title": "Acne scars with follow-up",
        "cases": ["a-acne-scars-cheeks"], "draw": "same_for_all", "follow_up": true,
        "time_limit_minutes": 30, "pass_mark": 70, "protocol": "clinic-standard", "feedback": ")" << feedback << "\"}\n";
}

// The model answer without its `open` line (the sitting opens the case), then two perform passes.
std::string followUpAnswers() {
    std::string script = readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt");
    const std::string open = "open a-acne-scars-cheeks\n";
    script.replace(script.find(open), open.size(), "");
    return script + "\ngoto perform\nperform-auto cheek_left vertical 1\nperform-auto cheek_left horizontal 1\n";
}

// Drawn on screen: in the frame's texts, or among the labels laid out (a modal's text).
bool followUpDrew(const nlohmann::json& notes, const std::string& part) {
    const auto has = [&](const std::string& text) { return text.find(part) != std::string::npos; };
    for (const auto& t : notes["texts"]) {
        if (has(t.get<std::string>())) return true;
    }
    for (const auto& label : notes["layout"]["labels"]) {
        if (has(label["text"].get<std::string>())) return true;
    }
    return false;
}

nlohmann::json followUpStatus(const TempDir& dir) {
    const std::string env = "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " ";
    const auto status = runShell(env + shellQuote(MNTRAINER_BIN) + " exam status");
    return status.exitCode == 0 ? nlohmann::json::parse(status.out) : nlohmann::json();
}

} // namespace exam_follow_up_gui_detail

using namespace exam_follow_up_gui_detail;

TEST_CASE("a sitting with follow-up steps survives kill -9 with its strokes and choices and shows no feedback under the none policy") {
    TempDir dir;
    AppRun app(dir);
    writeFollowUpExam(app, "none");
    const auto pid = app.start(app.proctorUnlock() + "exam-start acne-follow-up S-21 Di Eve\n" + followUpAnswers() + R"(
click 5 Follow-up
wait 300
screenshot follow-up-ask
click Open the follow-up
screenshot follow-up-visit
manage-toggle reassure
manage-confirm
screenshot follow-up-managed
wait 500
notes killed-after
wait 60000
)");
    // Killed once the choice at visit 1 is committed to the journal and the screens are written.
    REQUIRE(gui_testing::waitFor([&] {
        if (!std::filesystem::exists(app.shots() / "killed-after.json")) return false;
        const auto status = followUpStatus(dir);
        if (!status.is_object() || !status.contains("cases") || status["cases"].empty()) return false;
        const auto& attempt = status["cases"][0]["attempt"];
        if (!attempt.contains("visits") || attempt["visits"].empty()) return false; // a const json's missing key is never read
        return attempt["visits"][0].value("choices", nlohmann::json()) == nlohmann::json::array({"reassure"});
    }));
    REQUIRE(pid->killHard());

    // The prompt said what opening costs; the visit screen showed no result and no likelihood.
    const auto asked = app.notes("follow-up-ask");
    CHECK(followUpDrew(asked, "can no longer change"));
    const auto managed = app.notes("follow-up-managed");
    REQUIRE(managed["visits"].is_object());
    CHECK(managed["visits"]["current"] == 1);
    CHECK(managed["visits"]["choices"] == nlohmann::json::array({"reassure"}));
    CHECK(managed["visits"]["shown"]["result"] == false);
    CHECK(managed["visits"]["shown"]["likelihood"] == false);
    CHECK_FALSE(managed["visits"].contains("section"));
    CHECK_FALSE(followUpDrew(managed, "How likely"));
    CHECK_FALSE(followUpDrew(managed, "Critical errors"));
    CHECK_FALSE(followUpDrew(managed, "did not happen this time"));

    // The strokes were journaled: the sitting in the journal still holds them.
    const auto status = followUpStatus(dir);
    REQUIRE(status["cases"][0]["attempt"].contains("perform"));
    CHECK(status["cases"][0]["attempt"]["perform"]["strokes"].size() >= 2);
    const auto strokesBefore = status["cases"][0]["attempt"]["perform"]["strokes"];

    // The restart resumes in the follow-up; the candidate manages the last visit and hands in.
    const int last = managed["visits"]["count"].get<int>();
    REQUIRE(last > 1); // the normal course first, the case's own step (week 5) later
    const auto r = app.run("screenshot resumed\nvisit " + std::to_string(last) + "\nmanage pause_course document_report\nmanage-confirm\nscreenshot follow-up-last\n" +
                           app.proctorUnlock() + "submit-exam\nscreenshot done\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto resumed = app.notes("resumed");
    REQUIRE(resumed["visits"].is_object());
    CHECK(resumed["stage"] == "library"); // the practice session; the exam's case is on screen
    CHECK(resumed["visits"]["current"] == 1);
    CHECK(resumed["visits"]["choices"] == nlohmann::json::array({"reassure"}));
    CHECK_FALSE(followUpDrew(app.notes("follow-up-last"), "How likely"));
    CHECK(app.notes("done")["exam_done"]["show_score"] == false);

    // The exported result holds the strokes as drawn before the kill and grades the visits section.
    nlohmann::json record;
    for (const auto& e : std::filesystem::directory_iterator(app.userData() / "exports")) {
        const auto name = e.path().filename().string();
        if (name.ends_with(".json") && !name.ends_with(".xapi.json")) record = nlohmann::json::parse(readFile(e.path()));
    }
    REQUIRE(record.is_object());
    const auto& attempt = record["cases"][0]["attempt"];
    CHECK(attempt["perform"]["strokes"] == strokesBefore);
    REQUIRE(attempt["visits"].size() == 2);
    bool visitsGraded = false;
    for (const auto& s : record["cases"][0]["report"]["sections"]) visitsGraded = visitsGraded || (s["id"] == "visits" && s["max"].get<double>() > 0);
    CHECK(visitsGraded);
}

TEST_CASE("under the full feedback policy the follow-up in a sitting shows the likelihood and the graded result") {
    TempDir dir;
    AppRun app(dir);
    writeFollowUpExam(app, "full");
    const auto r = app.run(app.proctorUnlock() + "exam-start acne-follow-up S-22 Fa Gee\n" + followUpAnswers() + "goto visits\nmanage reassure\nmanage-confirm\nscreenshot full-visit\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto notes = app.notes("full-visit");
    REQUIRE(notes["visits"].is_object());
    CHECK(notes["visits"]["shown"]["result"] == true);
    CHECK(followUpDrew(notes, "How likely"));
    CHECK(notes["visits"].contains("section"));
    CHECK(notes["visits"]["shown"]["debrief_link"] == false); // no debrief during a sitting, whatever the policy
}
