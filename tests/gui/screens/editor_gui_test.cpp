// The case editor and exam builder driven through UI scripts in the real app,
// offscreen: a case built from the template, saved, validated by the CLI,
// played and graded; file fidelity through the GUI; undo and the unsaved-
// changes prompt; an exam built from a new case and then sat.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

using namespace testing_support;
using gui_testing::AppRun;

namespace {

std::string at(const std::string& zone) {
    const auto [x, y] = gui_testing::zoneCentroid(zone);
    char text[64];
    std::snprintf(text, sizeof text, "%.3f %.3f", x, y);
    return text;
}

// Builds the case: two findings, three zones keyed on top of the template's forehead.
std::string buildCaseScript() {
    return "edit-new template-blank Mole on the left cheek, spots on the chin\n"
           "edit-tab findings\n"
           "edit-finding raised_mole " + at("cheek_left") + "\n"
           "edit-finding active_acne " + at("chin") + "\n"
           "screenshot ed-findings\n"
           "edit-flag contraindications raised_lesion\n"
           "edit-set /key/contraindications/0/findings [\"raised-mole-1\"]\n"
           "edit-set /key/contraindications/0/feedback \"A raised mole is never needled; suggest a check with the GP.\"\n"
           "edit-flag contraindications active_acne\n"
           "edit-set /key/contraindications/1/findings [\"active-acne-1\"]\n"
           "edit-set /key/contraindications/1/feedback \"Pustules on the chin: leave the chin out today.\"\n"
           "edit-set /key/decision/expected \"treat_modified\"\n"
           "edit-key cheek_left action \"avoid\"\n"
           "edit-key cheek_left reason \"The raised mole sits here.\"\n"
           "edit-key chin action \"avoid\"\n"
           "edit-key chin reason \"Inflamed acne.\"\n"
           "edit-key cheek_right band \"rejuvenation\"\n"
           "edit-key cheek_right endpoint \"erythema\"\n"
           "screenshot ed-key\n"
           "edit-save\n"
           "screenshot ed-saved\n";
}

// The trainee's answer that matches every item of the key above.
const std::string kModelAnswer = R"(
flag raised_lesion
flag active_acne
decide treat_modified
goto plan
depth forehead 0.5
patterns forehead vertical horizontal oblique
passes forehead 2
endpoint forehead erythema
depth cheek_right 0.75
patterns cheek_right vertical horizontal oblique
passes cheek_right 2
endpoint cheek_right erythema
avoid cheek_left
avoid chin
goto aftercare
aftercare spf30_daily
aftercare gentle_cleanser
aftercare no_actives_4d
interval 5
sessions 4
submit
)";

nlohmann::json notes(const AppRun& app, const std::string& shot) { return nlohmann::json::parse(readFile(app.shots() / (shot + ".json"))); }

double cliScore(const std::filesystem::path& caseFile, const std::filesystem::path& attemptFile) {
    const auto r = runShell(shellQuote(MNTRAINER_BIN) + " grade --case " + shellQuote(caseFile.string()) + " --attempt " +
                            shellQuote(attemptFile.string()) + " --json");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return nlohmann::json::parse(r.out)["score"].get<double>();
}

std::filesystem::path bundled(const std::string& name) { return std::filesystem::path(MN_SOURCE_ROOT) / "cases/library" / name; }

// A case library folder holding a copy of one bundled case, so saves never
// touch the repository; returns the copy's path.
std::filesystem::path libraryWithCopyOf(const TempDir& dir, const std::string& bundledName) {
    const auto library = dir.path() / "library";
    std::filesystem::create_directories(library);
    const auto copy = library / bundledName;
    std::filesystem::copy_file(bundled(bundledName), copy);
    return copy;
}

std::string casesOption(const std::filesystem::path& copy) { return "--cases " + shellQuote(copy.parent_path().string()); }

// `mntrainer validate FILE` accepts the file.
void checkValidates(const std::filesystem::path& file) {
    const auto r = runShell(shellQuote(MNTRAINER_BIN) + " validate " + shellQuote(file.string()));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
}

bool pinkNear(const gui_testing::Image& img, std::pair<int, int> p, int radius) {
    for (int y = p.second - radius; y <= p.second + radius; ++y) {
        for (int x = p.first - radius; x <= p.first + radius; ++x) {
            if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
            const unsigned char* px = img.at(x, y);
            if (px[0] > 200 && px[1] < 110 && px[2] > 120 && px[2] < 190) return true; // finding markers: (236, 72, 153)
        }
    }
    return false;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

} // namespace

TEST_CASE("an instructor builds a case from the template, saves, validates, plays and grades it") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run(buildCaseScript() + "edit-play\nscreenshot ed-play\n" + kModelAnswer +
                           "screenshot ed-debrief\nretry\nflag raised_lesion\ndecide treat_modified\nsubmit\nscreenshot ed-flawed\n"
                           "edit-back\nscreenshot ed-back\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    // Saved where user data lives, and valid for the CLI.
    const auto saved = app.userData() / "cases" / "mole-on-the-left-cheek-spots-on-the-chin.json";
    REQUIRE(std::filesystem::exists(saved));
    checkValidates(saved);
    const auto file = nlohmann::json::parse(readFile(saved));
    REQUIRE(file["findings"].size() == 2);
    CHECK(file["findings"][0]["zone"] == "cheek_left");
    CHECK(file["findings"][1]["zone"] == "chin");
    CHECK(file["key"]["zones"].size() == 4); // the template's forehead plus three
    CHECK(notes(app, "ed-saved")["editor"]["dirty"] == false);
    CHECK(notes(app, "ed-key")["editor"]["errors"] == 0);

    // The markers are drawn where the findings were placed.
    const auto img = gui_testing::loadImage(app.shots() / "ed-findings.png");
    const auto [mx, my] = gui_testing::zoneCentroid("cheek_left");
    CHECK(pinkNear(img, app.mapPixel("ed-findings", "editor", mx, my), 4));
    const auto [fx, fy] = gui_testing::zoneCentroid("forehead");
    CHECK_FALSE(pinkNear(img, app.mapPixel("ed-findings", "editor", fx, fy), 4));

    // Playing: the model answer scores 100 in the app and through the CLI.
    CHECK(notes(app, "ed-play")["editor"]["playing"] == true);
    const auto model = notes(app, "ed-debrief")["editor"];
    CHECK(model["report"]["total"].get<double>() == Approx(100.0));
    const auto modelFile = dir.write("model.json", model["attempt"].dump(2));
    CHECK(cliScore(saved, modelFile) == Approx(100.0));

    // A flawed attempt (one flag missed, no plan, no aftercare) scores the same both ways.
    const auto flawed = notes(app, "ed-flawed")["editor"];
    const double appScore = flawed["report"]["total"].get<double>();
    CHECK(appScore < 70.0);
    CHECK(flawed["report"]["passed"] == false);
    CHECK(cliScore(saved, dir.write("flawed.json", flawed["attempt"].dump(2))) == Approx(appScore));

    // Back in the editor, as it was; playing left no history behind.
    const auto back = notes(app, "ed-back")["editor"];
    CHECK(back["playing"] == false);
    CHECK(back["file"] == saved.string());
    CHECK(back["tab"] == 2); // still on the findings tab
    CHECK(app.history().empty());
}

TEST_CASE("through the GUI, an unchanged case saves byte for byte and one change touches one line") {
    TempDir dir;
    const auto original = bundled("a-acne-scars-cheeks.json");
    const auto copy = libraryWithCopyOf(dir, "a-acne-scars-cheeks.json");
    AppRun app(dir);
    auto r = app.run("edit-open a-acne-scars-cheeks\nedit-save\nedit-close\n", casesOption(copy));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(readFile(copy) == readFile(original));

    r = app.run("edit-open a-acne-scars-cheeks\nedit-set /client/age 25\nedit-save\nedit-close\n", casesOption(copy));
    REQUIRE(r.exitCode == 0);
    const auto before = lines(readFile(original));
    const auto after = lines(readFile(copy));
    REQUIRE(before.size() == after.size());
    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (before[i] != after[i]) changed.push_back(i);
    }
    REQUIRE(changed.size() == 1);
    CHECK(after[changed[0]] == "    \"age\": 25,");
}

TEST_CASE("undo and redo mark the document clean and dirty, and closing with changes asks first") {
    TempDir dir;
    const auto original = bundled("b-stable-rosacea-redness.json");
    const auto copy = libraryWithCopyOf(dir, "b-stable-rosacea-redness.json");
    AppRun app(dir);
    const auto r = app.run("edit-open b-stable-rosacea-redness\n"
                           "edit-set /title \"A new title\"\n"
                           "screenshot u-dirty\n"
                           "edit-undo\n"
                           "screenshot u-clean\n"
                           "edit-redo\n"
                           "edit-set /client/age 200\n"
                           "edit-tab findings\n"
                           "edit-jump 1\n"
                           "screenshot u-jump\n"
                           "edit-undo\n"
                           "screenshot u-undone\n"
                           "edit-close\n"
                           "screenshot u-prompt\n"
                           "edit-discard\n"
                           "screenshot u-closed\n",
                           casesOption(copy));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(notes(app, "u-dirty")["editor"]["dirty"] == true);
    CHECK(notes(app, "u-clean")["editor"]["dirty"] == false);
    const auto jump = notes(app, "u-jump")["editor"];
    CHECK(jump["errors"] == 1);
    CHECK(jump["tab"] == 1); // the problem list jumped to the client tab
    // Undo while the jumped-to field has the focus restores the age: the field
    // lets go instead of writing its stale text back.
    CHECK(notes(app, "u-undone")["editor"]["errors"] == 0);
    // Still open after "close" (the prompt is up), gone after "discard", file untouched.
    CHECK(notes(app, "u-prompt").contains("editor"));
    CHECK(notes(app, "u-prompt")["popups"] == nlohmann::json::array({"Unsaved changes"}));
    CHECK_FALSE(notes(app, "u-closed").contains("editor"));
    CHECK_FALSE(std::filesystem::exists(app.userData() / "editor" / "recovery.json")); // discarded edits leave no crash copy
    CHECK(readFile(copy) == readFile(original));
}

TEST_CASE("an exam built in the app refuses a draft case, saves, validates and can be sat") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("edit-new template-blank Broken draft\n"
                           "edit-set /client/fitzpatrick 9\n"
                           "edit-save\n"
                           "edit-close\n"
                           "edit-new-exam Week three quiz\n"
                           "edit-toggle /cases broken-draft\n"
                           "screenshot x-draft\n"
                           "edit-toggle /cases broken-draft\n"
                           "edit-toggle /cases a-acne-scars-cheeks\n"
                           "edit-append /pools {\"id\": \"easy\", \"count\": 1, \"difficulty\": \"beginner\", \"seed\": 5}\n"
                           "edit-set /time_limit_minutes 20\n"
                           "edit-set /feedback \"score_only\"\n"
                           "screenshot x-ok\n"
                           "edit-save\n"
                           "edit-close\n" +
                           app.proctorUnlock() +
                           "exam-start week-three-quiz C-77 Ada Lovelace\n"
                           "screenshot x-sitting\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(notes(app, "x-draft")["editor"]["errors"].get<int>() >= 1);
    CHECK(notes(app, "x-ok")["editor"]["errors"] == 0);
    const auto exam = app.userData() / "exams" / "week-three-quiz.json";
    REQUIRE(std::filesystem::exists(exam));
    checkValidates(exam);
    const auto j = nlohmann::json::parse(readFile(exam));
    CHECK(j["cases"] == nlohmann::json::array({"a-acne-scars-cheeks"}));
    CHECK(j["time_limit_minutes"] == 20);
    // The draft was saved but is not playable.
    CHECK(std::filesystem::exists(app.userData() / "cases" / "broken-draft.json"));
    // The sitting began: the exam's consultation screen drew its face map.
    CHECK(notes(app, "x-sitting")["maps"].contains("consultation"));
}

TEST_CASE("editor script errors name the line and what is wrong") {
    TempDir dir;
    AppRun app(dir);
    auto r = app.run("edit-set /title not json\n");
    CHECK(r.exitCode != 0);
    CHECK(r.err.find(":1:") != std::string::npos);
    CHECK(r.err.find("not a JSON value") != std::string::npos);
    r = app.run("edit-sav\n");
    CHECK(r.exitCode != 0);
    CHECK(r.err.find("Did you mean \"edit-save\"") != std::string::npos);
    r = app.run("edit-new template-blank A case\nedit-finding raised_mole 0.01 0.01\n");
    CHECK(r.exitCode != 0);
    CHECK(r.err.find("not on any zone") != std::string::npos);
    // A fresh user folder: the run above left its unsaved case to be recovered.
    TempDir fresh;
    r = AppRun(fresh).run("edit-save\n");
    CHECK(r.exitCode != 0);
    CHECK(r.err.find("nothing is open in the editor") != std::string::npos);
}

TEST_CASE("unsaved editor changes survive kill -9 and come back on restart") {
    TempDir dir;
    AppRun app(dir);
    const auto pid = app.start("edit-new template-blank Crash test case\nedit-set /client/name \"Rescued Name\"\n"
                               "edit-finding raised_mole " + at("cheek_left") + "\nwait 60000\n");
    const auto recovery = app.userData() / "editor" / "recovery.json";
    REQUIRE(gui_testing::waitFor([&] { return std::filesystem::exists(recovery) && readFile(recovery).find("raised-mole-1") != std::string::npos; }));
    REQUIRE(pid->killHard());

    const auto r = app.run("screenshot recovered\nedit-save\nscreenshot saved\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto editor = notes(app, "recovered")["editor"];
    CHECK(editor["dirty"] == true);
    CHECK(editor["file"] == (app.userData() / "cases" / "crash-test-case.json").string());
    const auto saved = nlohmann::json::parse(readFile(app.userData() / "cases" / "crash-test-case.json"));
    CHECK(saved["client"]["name"] == "Rescued Name");
    CHECK(saved["findings"].size() == 1);
    // Saving is the end of the crash copy.
    CHECK_FALSE(std::filesystem::exists(recovery));
}

TEST_CASE("Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z and Ctrl+S work through the window's keyboard events") {
    TempDir dir;
    const auto copy = libraryWithCopyOf(dir, "b-stable-rosacea-redness.json");
    AppRun app(dir);
    const auto r = app.run("edit-open b-stable-rosacea-redness\n"
                           "edit-set /title \"Changed once\"\n"
                           "edit-set /title \"Changed twice\"\n"
                           "press ctrl+z\nscreenshot k-undo1\n"
                           "press ctrl+z\nscreenshot k-undo2\n"
                           "press ctrl+y\nscreenshot k-redo1\n"
                           "press ctrl+shift+z\nscreenshot k-redo2\n"
                           "press ctrl+s\nscreenshot k-saved\n",
                           casesOption(copy));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(notes(app, "k-undo1")["editor"]["dirty"] == true);   // back to "Changed once"
    CHECK(notes(app, "k-undo2")["editor"]["dirty"] == false);  // back to the file
    CHECK(notes(app, "k-redo1")["editor"]["dirty"] == true);
    CHECK(notes(app, "k-saved")["editor"]["dirty"] == false);
    CHECK(nlohmann::json::parse(readFile(copy))["title"] == "Changed twice");
}

TEST_CASE("closing the window with unsaved edits asks first, and discarding then quits") {
    TempDir dir;
    const auto original = bundled("b-stable-rosacea-redness.json");
    const auto copy = libraryWithCopyOf(dir, "b-stable-rosacea-redness.json");
    AppRun app(dir);
    const auto r = app.run("edit-open b-stable-rosacea-redness\n"
                           "edit-set /title \"Not kept\"\n"
                           "close-window\n"
                           "screenshot w-asked\n"
                           "edit-discard\n"
                           "frames 5\n"
                           "screenshot w-never\n",
                           casesOption(copy));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(notes(app, "w-asked")["editor"]["dirty"] == true); // still running, still editing
    CHECK(notes(app, "w-asked")["popups"] == nlohmann::json::array({"Unsaved changes"}));
    CHECK_FALSE(std::filesystem::exists(app.shots() / "w-never.png")); // the discard let the window close
    CHECK(readFile(copy) == readFile(original));
}

TEST_CASE("the library's authoring buttons open their dialogs") {
    // Each button is clicked with ImGui's mouse (hover, press, release), so the
    // button's own code runs; Cancel is clicked the same way.
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("screenshot none\n"
                           "click New case...\nscreenshot new-case\nclick Cancel\nscreenshot new-case-cancelled\n"
                           "click New exam...\nscreenshot new-exam\nclick Cancel\n"
                           "click Edit an exam...\nscreenshot edit-exam\nclick Cancel\n"
                           "click Copy\nscreenshot copy\nclick Cancel\n"
                           "click Edit\nscreenshot edit\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(notes(app, "none")["popups"].empty());
    CHECK_FALSE(notes(app, "none").contains("editor"));
    CHECK(notes(app, "new-case")["popups"] == nlohmann::json::array({"New case"}));
    CHECK(notes(app, "new-case-cancelled")["popups"].empty());
    CHECK(notes(app, "new-exam")["popups"] == nlohmann::json::array({"New exam"}));
    CHECK(notes(app, "edit-exam")["popups"] == nlohmann::json::array({"Edit an exam"}));
    CHECK(notes(app, "copy")["popups"] == nlohmann::json::array({"New case"}));
    CHECK(notes(app, "copy")["stage"] == "library"); // the row under the button did not open the case
    // "Edit" on the first row opens that case in the editor.
    REQUIRE(notes(app, "edit").contains("editor"));
    CHECK(notes(app, "edit")["editor"]["kind"] == "case");
    CHECK(notes(app, "edit")["popups"].empty());
}

TEST_CASE("a click on a button that is not on screen fails and lists the buttons shown") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("frames 2\nclick Launch rockets\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("no button \"Launch rockets\" on screen; buttons shown: ") != std::string::npos);
    CHECK(r.err.find("\"New case...\"") != std::string::npos);
    CHECK(r.err.find("\"Start an exam...\"") != std::string::npos);
    // Each label is listed once, though every library row has its own "Edit".
    CHECK(r.err.find("\"Edit\"") == r.err.rfind("\"Edit\""));
}

TEST_CASE("a click on a button drawn below the window's edge fails as off-screen") {
    // At 1024x640 and scale 2 the exam setup's Start button lies below the
    // window: a user must scroll first, so a scripted click may not reach it.
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("size 1024 640\nscale 2\nclick Start an exam...\nclick Start the exam\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("the button \"Start the exam\" is off-screen") != std::string::npos);
}
