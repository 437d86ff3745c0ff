// The window's exam lock-down and sealed packs, driven by script in the real
// app: closing the window mid-sitting asks for the proctor's passphrase (a
// wrong one keeps the window and the sitting, the right one closes it with the
// journal kept), and a sitting started from a sealed pack in the window hands
// in a result sealed to the proctor and signed.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace testing_support;
using gui_testing::AppRun;

namespace exam_lockdown_gui_test {

nlohmann::json notes(const AppRun& app, const std::string& shot) { return nlohmann::json::parse(readFile(app.shots() / (shot + ".json"))); }

// Pixels in the middle third of a screenshot drawn in the UI's "bad" colour
// (kBadColour 0.95, 0.50, 0.40 = 242, 128, 102): where a refusal is written.
int badColourPixels(const gui_testing::Image& img) {
    int count = 0;
    for (int y = img.height / 3; y < img.height * 2 / 3; ++y) {
        for (int x = img.width / 4; x < img.width * 3 / 4; ++x) {
            const unsigned char* p = img.at(x, y);
            if (std::abs(p[0] - 242) < 16 && std::abs(p[1] - 128) < 16 && std::abs(p[2] - 102) < 16) ++count;
        }
    }
    return count;
}

// Mean brightness of the top-left corner, far from any prompt: a modal's shade changes it.
double cornerBrightness(const gui_testing::Image& img) {
    double sum = 0;
    int n = 0;
    for (int y = 0; y < img.height / 6; ++y) {
        for (int x = 0; x < img.width / 6; ++x) {
            const unsigned char* p = img.at(x, y);
            sum += p[0] + p[1] + p[2];
            ++n;
        }
    }
    return sum / n;
}

std::string env(const TempDir& dir) { return "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " "; }

} // namespace exam_lockdown_gui_test

TEST_CASE("closing the window mid-exam asks the proctor: a wrong passphrase keeps the window and the sitting, the right one closes it") {
    namespace t = exam_lockdown_gui_test;
    TempDir dir;
    AppRun app(dir);
    const std::string unlock = app.proctorUnlock();
    const auto passFile = dir.path() / "proctor.pass";
    const auto wrong = dir.write("wrong.pass", "not the proctor\n");
    const auto r = app.run(unlock + "exam-start quick-screening-quiz S-11 Dee Fox\n"
                                    "flag pregnancy\n"
                                    "screenshot before-close\n"
                                    "close-window\n"
                                    // ImGui fades a modal's shade in over about 0.17 s of frame time.
                                    "wait 400\n"
                                    "frames 3\n"
                                    "screenshot close-prompt\n"
                                    "type-line " + wrong.string() + "\n"
                                    "press enter\n"
                                    "screenshot close-refused\n"
                                    "press escape\n"
                                    "screenshot close-cancelled\n"
                                    "case 2\n"
                                    "decide refer\n"
                                    "close-window\n"
                                    "type-line " + passFile.string() + "\n"
                                    "press enter\n"
                                    "frames 10\n"
                                    "screenshot never-reached\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    // The prompt is up, over the running sitting, and the keyboard is in its field.
    const auto prompt = t::notes(app, "close-prompt");
    CHECK(prompt["popups"] == nlohmann::json::array({"Only the proctor can close the trainer"}));
    CHECK(prompt["exam"]["submitted"] == false);
    // A wrong passphrase says so, in the prompt, and the sitting goes on.
    const auto refused = t::notes(app, "close-refused");
    CHECK(refused["popups"] == nlohmann::json::array({"Only the proctor can close the trainer"}));
    CHECK_THAT(refused["close_prompt"]["problem"].get<std::string>(), Catch::Contains("wrong passphrase"));
    CHECK_THAT(refused["close_prompt"]["problem"].get<std::string>(), Catch::Contains("The trainer stays open and the exam goes on"));
    CHECK(refused["exam"]["attempt_id"] == prompt["exam"]["attempt_id"]);
    CHECK(t::notes(app, "close-cancelled")["popups"].empty()); // Escape cancels
    CHECK(t::notes(app, "close-cancelled")["exam"]["submitted"] == false);
    // The right passphrase closed the window before the script's end.
    CHECK_FALSE(std::filesystem::exists(app.shots() / "never-reached.png"));

    // Pixels: the prompt's modal shade lies over the exam behind it (the theme's shade lightens the
    // dark screen), and the refusal is written in the warning colour.
    const auto before = gui_testing::loadImage(app.shots() / "before-close.png");
    const auto asked = gui_testing::loadImage(app.shots() / "close-prompt.png");
    const auto told = gui_testing::loadImage(app.shots() / "close-refused.png");
    INFO("corner brightness before " << t::cornerBrightness(before) << ", with the prompt " << t::cornerBrightness(asked));
    CHECK(std::abs(t::cornerBrightness(asked) - t::cornerBrightness(before)) > t::cornerBrightness(before) * 0.05);
    INFO("bad-colour pixels with the prompt " << t::badColourPixels(asked) << ", after the refusal " << t::badColourPixels(told));
    CHECK(t::badColourPixels(told) > t::badColourPixels(asked) + 40);

    // Everything answered is in the journal, which the next start resumes.
    const auto status = runShell(t::env(dir) + shellQuote(MNTRAINER_BIN) + " exam status");
    INFO(status.err);
    REQUIRE(status.exitCode == 0);
    const auto sitting = nlohmann::json::parse(status.out);
    CHECK(sitting["submitted"] == false);
    CHECK(sitting["attempt_id"] == prompt["exam"]["attempt_id"]);
    CHECK(sitting["cases"][0]["attempt"]["flags"] == nlohmann::json::array({"pregnancy"}));
    CHECK(sitting["cases"][1]["attempt"]["decision"] == "refer");
}

TEST_CASE("after hand-in the close button also needs the proctor's passphrase") {
    namespace t = exam_lockdown_gui_test;
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run(app.proctorUnlock() + "exam-start quick-screening-quiz S-13 Gil Ho\n"
                                                 "submit-exam\n"
                                                 "close-window\n"
                                                 "screenshot handed-in-close\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto shot = t::notes(app, "handed-in-close");
    CHECK(shot["popups"] == nlohmann::json::array({"Only the proctor can close the trainer"}));
    CHECK(shot["exam"]["submitted"] == true);
}

TEST_CASE("a sitting from a sealed pack picked in the window hands in a result sealed to the proctor and signed") {
    namespace t = exam_lockdown_gui_test;
    TempDir dir;
    AppRun app(dir);
    (void)app.proctorUnlock(); // the signing key, under the proctor's passphrase
    const auto pass = shellQuote((dir.path() / "proctor.pass").string());
    const std::string bin = t::env(dir) + shellQuote(MNTRAINER_BIN);
    REQUIRE(runShell(bin + " proctor-key init --kdf interactive --passphrase-file " + pass).exitCode == 0);
    // Without --out the pack goes to the folder the window lists.
    const auto packed = runShell(bin + " exam pack --kdf interactive --exam " +
                                 shellQuote(std::string(MN_SOURCE_ROOT) + "/cases/exams/quick-screening-quiz.json") + " --passphrase-file " + pass);
    INFO(packed.err);
    REQUIRE(packed.exitCode == 0);
    const auto packFile = app.userData() / "packs" / "quick-screening-quiz.mnpack";
    REQUIRE(std::filesystem::exists(packFile));
    const std::string title = "Quick screening quiz: three clients, fifteen minutes"; // the pack's exam title

    // A wrong passphrase opens nothing and starts nothing.
    const auto wrong = dir.write("wrong.pass", "not the proctor\n");
    auto r = app.run("exam-start-pack " + packFile.string() + " " + wrong.string() + " S-12 Eve Gold\n");
    CHECK(r.exitCode != 0);
    CHECK_THAT(r.err, Catch::Contains("the passphrase is wrong"));
    CHECK_FALSE(std::filesystem::exists(app.userData() / "exam" / "current.journal"));

    r = app.run("click Start an exam...\n"
                "click A sealed pack\n"
                "click " + title + "\n"
                "screenshot pack-picker\n"
                "exam-start-pack " + packFile.string() + " " + (dir.path() / "proctor.pass").string() + " S-12 Eve Gold\n"
                "screenshot pack-sitting\n"
                "flag pregnancy\n"
                "decide refer\n"
                "submit-exam\n"
                "screenshot pack-done\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto picker = t::notes(app, "pack-picker");
    CHECK(picker["exam_setup"]["from_pack"] == true);
    CHECK(picker["exam_setup"]["pack_path"] == packFile.string());
    const auto sitting = t::notes(app, "pack-sitting");
    CHECK(sitting["exam"]["sealed"] == true);
    CHECK(sitting["exam"]["cases"] == 3);
    CHECK(t::notes(app, "pack-done")["exam"]["submitted"] == true);
    // Pixels: the picker and the sitting are different screens (the sitting shows the case's map).
    const auto pickerImg = gui_testing::loadImage(app.shots() / "pack-picker.png");
    const auto sittingImg = gui_testing::loadImage(app.shots() / "pack-sitting.png");
    REQUIRE(pickerImg.rgba.size() == sittingImg.rgba.size());
    std::size_t differing = 0;
    for (std::size_t i = 0; i < pickerImg.rgba.size(); i += 4) differing += pickerImg.rgba[i] != sittingImg.rgba[i] ? 1 : 0;
    CHECK(differing > pickerImg.rgba.size() / 4 / 10);

    // On the machine: the result sealed to the proctor and the candidate's copy, no readable full record.
    const auto exports = app.userData() / "exports";
    std::filesystem::path sealed;
    for (const auto& e : std::filesystem::directory_iterator(exports)) {
        const std::string name = e.path().filename().string();
        if (name.ends_with(".json.sealed")) sealed = e.path();
        INFO(name);
        CHECK((name.ends_with(".json.sealed") || name.find(".candidate.json") != std::string::npos));
    }
    REQUIRE_FALSE(sealed.empty());
    // The proctor opens it; the full record inside is signed by this machine's key.
    const auto opened = dir.path() / "opened";
    const auto open = runShell(bin + " proctor open " + shellQuote(sealed.string()) + " --out-dir " + shellQuote(opened.string()) +
                               " --passphrase-file " + pass);
    INFO(open.err);
    REQUIRE(open.exitCode == 0);
    const std::filesystem::path record = open.out.substr(0, open.out.find('\n'));
    const auto verified = runShell("minisign -Vm " + shellQuote(record.string()) + " -p " + shellQuote((app.userData() / "keys" / "public.pub").string()));
    INFO(verified.err);
    CHECK(verified.exitCode == 0);
    const auto result = nlohmann::json::parse(readFile(record));
    CHECK(result["candidate"]["id"] == "S-12");
    CHECK(result["cases"][0]["attempt"]["flags"] == nlohmann::json::array({"pregnancy"}));
    CHECK(result["cases"][0]["attempt"]["decision"] == "refer");
    CHECK_FALSE(std::filesystem::exists(app.userData() / "exam" / "current.journal"));
}

TEST_CASE("a sealed sitting the proctor closed waits, locked down, for its pack, and resumes from it with every answer") {
    namespace t = exam_lockdown_gui_test;
    TempDir dir;
    AppRun app(dir);
    (void)app.proctorUnlock();
    const auto passFile = dir.path() / "proctor.pass";
    const auto pass = shellQuote(passFile.string());
    const std::string bin = t::env(dir) + shellQuote(MNTRAINER_BIN);
    REQUIRE(runShell(bin + " proctor-key init --kdf interactive --passphrase-file " + pass).exitCode == 0);
    REQUIRE(runShell(bin + " exam pack --kdf interactive --exam " + shellQuote(std::string(MN_SOURCE_ROOT) + "/cases/exams/quick-screening-quiz.json") +
                     " --passphrase-file " + pass)
                .exitCode == 0);
    const auto packFile = app.userData() / "packs" / "quick-screening-quiz.mnpack";
    auto r = app.run("exam-start-pack " + packFile.string() + " " + passFile.string() + " S-14 Ida Kay\n"
                     "flag pregnancy\n"
                     "screenshot sealed-started\n"
                     "close-window\n"
                     "type-line " + passFile.string() + "\n"
                     "press enter\n"
                     "frames 10\n"
                     "screenshot sealed-never\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(std::filesystem::exists(app.shots() / "sealed-never.png"));
    REQUIRE(std::filesystem::exists(app.userData() / "exam" / "current.journal"));
    const auto attemptId = t::notes(app, "sealed-started")["exam"]["attempt_id"];

    // Restarted: only the pack can replay the sitting, so the window waits on the proctor's pack screen,
    // and the library stays closed meanwhile.
    r = app.run("screenshot sealed-waiting\nopen a-fine-lines-forehead-eyes\n");
    CHECK(r.exitCode != 0);
    CHECK_THAT(r.err, Catch::Contains("an exam is in progress: the library and the editor are closed until it is handed in"));
    const auto waiting = t::notes(app, "sealed-waiting");
    CHECK(waiting["exam_setup"]["from_pack"] == true);
    CHECK_FALSE(waiting.contains("exam"));
    CHECK_THAT(waiting["warnings"].dump(), Catch::Contains("A sealed exam is in progress"));
    r = app.run("close-window\nscreenshot sealed-close-asks\n");
    REQUIRE(r.exitCode == 0);
    CHECK(t::notes(app, "sealed-close-asks")["popups"] == nlohmann::json::array({"Only the proctor can close the trainer"}));

    // The proctor opens the same pack: the sitting goes on with its answer, and hands in sealed.
    r = app.run("exam-start-pack " + packFile.string() + " " + passFile.string() + " S-14 Ida Kay\n"
                "screenshot sealed-resumed\n"
                "submit-exam\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto resumed = t::notes(app, "sealed-resumed");
    CHECK(resumed["exam"]["attempt_id"] == attemptId);
    CHECK(resumed["exam"]["sealed"] == true);
    bool sealedResult = false;
    for (const auto& e : std::filesystem::directory_iterator(app.userData() / "exports")) sealedResult |= e.path().string().ends_with(".json.sealed");
    CHECK(sealedResult);
    CHECK_FALSE(std::filesystem::exists(app.userData() / "exam" / "current.journal"));
}
