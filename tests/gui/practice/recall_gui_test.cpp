// Recall screening in the real app: the bundled recall case shows a typed
// entry, not the checklist; completion waits for three letters; a picked
// completion is listed in the flagged panel, a reason typed under it shows
// there in plain words, and grading counts the flag (the model answer scores 100).
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace testing_support;
using gui_testing::AppRun;

namespace recall_gui_detail {

const std::string kRecallCase = "c-prednisolone-colitis-flare";
// The catalogue's plain name of "immunosuppression", and the synonym "predn" completes to.
const std::string kLabel = "Immunosuppressants or high-dose steroids";
const std::string kCompletion = kLabel + " (prednisolone)";

bool showsText(const nlohmann::json& notes, const std::string& part) {
    return std::any_of(notes["texts"].begin(), notes["texts"].end(), [&](const auto& t) { return t.template get<std::string>().find(part) != std::string::npos; });
}


TEST_CASE("recall screening: completion after three letters and a picked flag shown with its reason and graded") {
    TempDir dir;
    AppRun app(dir);
    // type-line types a file's first line into the focused field, as a keyboard would.
    const auto two = dir.write("two.txt", "pr\n");
    const auto more = dir.write("more.txt", "edn\n");
    const auto reason = dir.write("reason.txt", "Prednisolone 40 mg every morning\n");
    const auto answer = nlohmann::json::parse(readFile(std::string(MN_SOURCE_ROOT) + "/cases/answers/" + kRecallCase + ".answer.json"));
    REQUIRE(answer["flags"] == nlohmann::json({"immunosuppression"}));
    const auto r = app.run("open " + kRecallCase + "\nscreenshot empty\n"
                           "click Type a contraindication\ntype-line " + two.string() + "\nscreenshot two-letters\n"
                           "type-line " + more.string() + "\nscreenshot five-letters\n"
                           "click " + kCompletion + "\nscreenshot flagged\n"
                           "click Why?\ntype-line " + reason.string() + "\npress enter\nscreenshot reason\n" +
                           gui_testing::modelAnswerLines(answer) + "submit\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    const auto empty = app.notes("empty");
    CHECK(empty["screening"]["mode"] == "recall");
    CHECK(showsText(empty, "Flagged (0)"));
    CHECK_FALSE(showsText(empty, kLabel)); // no list to recognise it from
    // Two letters: no suggestion yet, and the trainee is told why.
    const auto twoLetters = app.notes("two-letters");
    CHECK(showsText(twoLetters, "Keep typing: suggestions come after three letters."));
    CHECK_FALSE(showsText(twoLetters, kLabel));
    // "predn": the item whose synonym "prednisolone" starts with it.
    CHECK(showsText(app.notes("five-letters"), kCompletion));
    // Picked: in the flagged panel, in plain words, and the field cleared (no completions).
    const auto flagged = app.notes("flagged");
    CHECK(showsText(flagged, "Flagged (1)"));
    CHECK(showsText(flagged, kLabel));
    CHECK_FALSE(showsText(flagged, kCompletion));
    CHECK(showsText(app.notes("reason"), "Why: Prednisolone 40 mg every morning"));

    const auto history = app.history();
    REQUIRE(history.size() == 1);
    CHECK(history[0]["attempt"]["flags"] == nlohmann::json({"immunosuppression"}));
    CHECK(history[0]["attempt"]["flag_reasons"]["immunosuppression"] == "Prednisolone 40 mg every morning");
    // The flag typed in recall earns the screening points: the model answer's 100.
    CHECK(history[0]["report"]["score"].get<double>() == Approx(100.0));
}

} // namespace recall_gui_detail
