// Exam mode in the real window: a scripted sitting exports signed results
// that minisign and cohort accept, and a kill -9 mid-exam loses nothing.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>


using namespace testing_support;
using gui_testing::AppRun;

namespace {

std::vector<std::filesystem::path> exported(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        if (e.path().extension() != ".minisig") out.push_back(e.path());
    }
    return out;
}

} // namespace

TEST_CASE("a scripted exam in the window exports five signed files that minisign and cohort accept") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run(app.proctorUnlock() + R"(
exam-start foundation-certificate S-42 Aoife O'Brien
screenshot exam-case
flag pregnancy
decide defer
case 2
decide treat
review 2
screenshot exam-review
submit-exam
screenshot exam-done
)");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto exports = app.userData() / "exports";
    const auto files = exported(exports);
    REQUIRE(files.size() == 4); // JSON, generic and Moodle CSVs, xAPI (Canvas comes from cohort, with its assignment id)
    const std::string env = "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " ";
    const auto pub = runShell(env + shellQuote(MNTRAINER_BIN) + " keys public").out;
    for (const auto& f : files) {
        const auto v = runShell("minisign -Vm " + shellQuote(f.string()) + " -p " + shellQuote(pub.substr(0, pub.find('\n'))));
        INFO(f << v.err);
        CHECK(v.exitCode == 0);
    }
    const auto cohort = runShell(env + shellQuote(MNTRAINER_BIN) + " cohort " + shellQuote(exports.string()) + " --csv moodle");
    INFO(cohort.err);
    CHECK(cohort.exitCode == 0);
    CHECK(cohort.out.find("S-42") != std::string::npos);
    // Feedback policy score_only: the exported total is on screen after hand-in, and no per-case detail.
    const auto notes = nlohmann::json::parse(readFile(app.shots() / "exam-done.json"));
    CHECK(notes["stage"] == "library"); // no debrief: the practice session never left the library
    double exportedTotal = -1;
    for (const auto& f : files) {
        if (f.extension() == ".json" && f.string().find("xapi") == std::string::npos) {
            const auto record = nlohmann::json::parse(readFile(f));
            if (record.contains("total")) exportedTotal = record["total"].get<double>();
        }
    }
    REQUIRE(exportedTotal >= 0);
    REQUIRE(notes.contains("exam_done"));
    CHECK(notes["exam_done"]["show_score"] == true);
    CHECK(notes["exam_done"]["total"].get<double>() == Approx(exportedTotal));
    CHECK(notes["exam_done"]["cases_shown"] == 0);
    CHECK_FALSE(std::filesystem::exists(app.userData() / "exam" / "current.journal"));
}

TEST_CASE("kill -9 in the middle of a windowed exam: the restart resumes with every committed answer") {
    TempDir dir;
    AppRun app(dir);
    const auto pid = app.start(app.proctorUnlock() + "exam-start quick-screening-quiz S-7 Bo Chen\nflag pregnancy\ncase 2\ndecide refer\nwait 60000\n");
    const auto journal = app.userData() / "exam" / "current.journal";
    const std::string env = "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " ";
    REQUIRE(gui_testing::waitFor([&] {
        if (!std::filesystem::exists(journal)) return false;
        const auto status = runShell(env + shellQuote(MNTRAINER_BIN) + " exam status");
        return status.exitCode == 0 && nlohmann::json::parse(status.out)["journal_records"].get<int>() >= 4;
    }));
    REQUIRE(pid->killHard());

    // Restart: the window resumes the exam by itself; the key is locked again, so the
    // proctor unlocks it (a restart never keeps it) and the candidate hands in.
    const auto r = app.run("screenshot resumed\n" + app.proctorUnlock() + "submit-exam\n");
    INFO(r.err);
    INFO("warnings shown: " << readFile(app.shots() / "resumed.json"));
    REQUIRE(r.exitCode == 0);
    const auto files = exported(app.userData() / "exports");
    REQUIRE(files.size() == 4); // JSON, generic and Moodle CSVs, xAPI
    for (const auto& f : files) {
        if (!f.string().ends_with(".xapi.json") && f.extension() == ".json") {
            const auto record = nlohmann::json::parse(readFile(f));
            CHECK(record["candidate"]["id"] == "S-7");
            CHECK(record["cases"][0]["attempt"]["flags"] == nlohmann::json::array({"pregnancy"}));
            CHECK(record["cases"][1]["attempt"]["decision"] == "refer");
        }
    }
}

TEST_CASE("the window starts no exam with the key locked, and a hand-in while locked waits for the proctor's passphrase") {
    TempDir dir;
    AppRun app(dir);
    const std::string unlock = app.proctorUnlock(); // the key exists, but this script does not unlock it
    auto r = app.run("exam-start quick-screening-quiz S-8 Cy Dee\n");
    CHECK(r.exitCode != 0);
    CHECK(r.err.find("the signing key is locked") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(app.userData() / "exam" / "current.journal"));
    const auto wrong = dir.write("wrong.pass", "not the proctor\n");
    r = app.run("unlock " + wrong.string() + "\n");
    CHECK(r.exitCode != 0);
    CHECK(r.err.find("wrong passphrase") != std::string::npos);

    // Started unlocked, then the window is restarted (the key is locked again) and the candidate hands in.
    const auto pid = app.start(unlock + "exam-start quick-screening-quiz S-8 Cy Dee\nflag pregnancy\nwait 60000\n");
    const std::string env = "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " ";
    REQUIRE(gui_testing::waitFor([&] {
        const auto status = runShell(env + shellQuote(MNTRAINER_BIN) + " exam status");
        return status.exitCode == 0 && nlohmann::json::parse(status.out)["journal_records"].get<int>() >= 2;
    }));
    REQUIRE(pid->killHard());
    r = app.run("submit-exam\nscreenshot waiting\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(exported(app.userData() / "exports").empty()); // nothing unsigned, no signature
    CHECK(std::filesystem::exists(app.userData() / "exam" / "current.journal"));
    // The proctor unlocks: the waiting results are exported, signed, and the journal filed away.
    r = app.run(unlock);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto files = exported(app.userData() / "exports");
    CHECK(files.size() == 4);
    const std::string pub = (app.userData() / "keys" / "public.pub").string();
    for (const auto& f : files) CHECK(runShell("minisign -Vm " + shellQuote(f.string()) + " -p " + shellQuote(pub)).exitCode == 0);
    CHECK_FALSE(std::filesystem::exists(app.userData() / "exam" / "current.journal"));
}

TEST_CASE("during a sitting the window refuses the editor and the library, scripts included, and after hand-in the answers too") {
    TempDir dir;
    AppRun app(dir);
    // An editor word mid-sitting: refused by the lock-down, naming why.
    auto r = app.run(app.proctorUnlock() + R"(
exam-start foundation-certificate S-43 Ann Lee
edit-new a-fine-lines-forehead-eyes A copy made during the exam
)");
    CHECK(r.exitCode != 0);
    CHECK(r.err.find("an exam is in progress: the library and the editor are closed until it is handed in") != std::string::npos);
    // After hand-in the candidate's Close does nothing without the proctor's
    // passphrase (the button stays disabled), and an answer is refused: the
    // window stays on the hand-in screen.
    r = app.run(app.proctorUnlock() + R"(
decide defer
submit-exam
click Close (proctor)
decide treat
)");
    CHECK(r.exitCode != 0);
    CHECK(r.err.find("the window stays on the hand-in screen until the proctor closes it") != std::string::npos);
}
