// The library's Variant button and the `variant CASE SEED` script word: both
// open a new seeded variant of a case for practice, with the id CASE--vSEED,
// a new client, and the seed in the title so `mntrainer generate` makes the
// same case again.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

using namespace testing_support;
using gui_testing::AppRun;

namespace variant_gui_test {

nlohmann::json notesOf(const AppRun& app, const std::string& shot) { return nlohmann::json::parse(readFile(app.shots() / (shot + ".json"))); }

nlohmann::json libraryCase(const std::string& id) {
    return nlohmann::json::parse(readFile(std::filesystem::path(MN_SOURCE_ROOT) / "cases/library" / (id + ".json")));
}

} // namespace variant_gui_test

TEST_CASE("the Variant button and the variant script word open a new seeded client of a case") {
    using variant_gui_test::notesOf;
    TempDir dir;
    AppRun app(dir);
    // The script's clock fixes the button's seed: 2026-11-03T09:30:00Z is Unix
    // 1793698200 (worked out with calendar.timegm), and the first click adds 0.
    const auto r = app.run("clock 2026-11-03T09:30:00Z\n"
                           "library\n"
                           "click Variant\n"
                           "screenshot clicked\n"
                           "library\n"
                           "variant c-lidocaine-allergy-no-numbing 4242\n"
                           "screenshot seeded\n"
                           "retry\n"
                           "screenshot retried\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    // The button: the first row's case, as a variant seeded from the clock.
    const auto clicked = notesOf(app, "clicked");
    CHECK(clicked["stage"] == "consultation");
    const std::string clickedId = clicked["case"]["id"];
    const auto at = clickedId.rfind("--v");
    REQUIRE(at != std::string::npos);
    CHECK(clickedId.substr(at) == "--v1793698200");
    const auto clickedBase = variant_gui_test::libraryCase(clickedId.substr(0, at));
    CHECK(clicked["case"]["title"] == clickedBase["title"].get<std::string>() + " (variant 1793698200)");
    CHECK(clicked["case"]["client"]["name"] != clickedBase["client"]["name"]);

    // The script word, with its seed: the same client `generate` writes for that seed.
    const auto seeded = notesOf(app, "seeded");
    CHECK(seeded["stage"] == "consultation");
    CHECK(seeded["case"]["id"] == "c-lidocaine-allergy-no-numbing--v4242");
    CHECK(seeded["case"]["title"] == "Forehead lines, dull skin and open pores (variant 4242)");
    const auto generated = runShell(shellQuote(MNTRAINER_BIN) + " generate --from c-lidocaine-allergy-no-numbing --seed 4242 --out " +
                                    shellQuote(dir.path().string()));
    INFO(generated.out << generated.err);
    REQUIRE(generated.exitCode == 0);
    const auto file = nlohmann::json::parse(readFile(dir.path() / "c-lidocaine-allergy-no-numbing--v4242.json"));
    CHECK(seeded["case"]["client"]["name"] == file["client"]["name"]);
    CHECK(seeded["case"]["client"]["age"] == file["client"]["age"]);
    CHECK(seeded["case"]["client"]["sex"] == file["client"]["sex"]);
    // The hand-written client is Catherine Doyle (45, female); the variant's name always differs.
    CHECK(seeded["case"]["client"]["name"] != "Catherine Doyle");
    // Retrying makes the same variant again from the case file.
    CHECK(notesOf(app, "retried")["case"] == seeded["case"]);
}
