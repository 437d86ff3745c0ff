// The interview and the screening column in the real app: questions asked by
// script word, the conversation in the notes, essential
// questions graded asked and missed; the checklist's visible rows by size.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

using namespace testing_support;
using gui_testing::AppRun;

namespace {

// The model answer of c-lidocaine-allergy-no-numbing after the questions.
const std::string kLidocainePlan = R"(
flag anaesthetic_allergy
decide treat_modified
goto plan
depth forehead 0.5
patterns forehead vertical horizontal oblique
passes forehead 2
endpoint forehead erythema
depth nose 0.5
patterns nose vertical horizontal oblique
passes nose 2
endpoint nose erythema
depth cheek_left 0.75
patterns cheek_left vertical horizontal oblique
passes cheek_left 2
endpoint cheek_left erythema
depth cheek_right 0.75
patterns cheek_right vertical horizontal oblique
passes cheek_right 2
endpoint cheek_right erythema
goto aftercare
aftercare spf30_daily
aftercare gentle_cleanser
aftercare no_actives_4d
aftercare no_makeup_24h
aftercare hydrate
interval 4
sessions 4
submit
)";

} // namespace

TEST_CASE("interview: questions asked by script word are logged, the missed essential question costs its point") {
    TempDir dir;
    AppRun app(dir);
    // (`click ask` is refused here: at 1280x800 the bank's buttons sit below the
    // intake column's fold, and the driver clicks only what a user could.)
    const auto r = app.run("open c-lidocaine-allergy-no-numbing\nask allergies\nask medications\nscreenshot interview\n" + kLidocainePlan);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto notes = nlohmann::json::parse(readFile(app.shots() / "interview.json"));
    CHECK(notes["interview"]["asked"] == nlohmann::json({"allergies", "medications"}));
    const auto history = app.history();
    REQUIRE(history.size() == 1);
    CHECK(history[0]["attempt"]["questions"] == nlohmann::json({"allergies", "medications"}));
    // Missed medical_conditions: screening 5 of 6 raw points -> 30 x 5/6 = 25 of 30;
    // the rest full (70): 95 (attempt_test works the same figures in core).
    CHECK(history[0]["report"]["score"].get<double>() == Approx(95.0));
}

TEST_CASE("screening checklist: at least 10 rows in view at 1280x800 and 6 at 1024x640, scale 1") {
    TempDir dir;
    AppRun app(dir);
    // The app starts at 1280x800 (gui_test_support); `size` only shrinks here.
    const auto r = app.run("open a-acne-scars-cheeks\nscreenshot check-1280\nsize 1024 640\nscreenshot check-1024\nscale 2\nscreenshot check-1024-s2\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto big = nlohmann::json::parse(readFile(app.shots() / "check-1280.json"));
    const auto small = nlohmann::json::parse(readFile(app.shots() / "check-1024.json"));
    const auto scaled = nlohmann::json::parse(readFile(app.shots() / "check-1024-s2.json"));
    CHECK(big["screening"]["mode"] == "checklist");
    CHECK(big["screening"]["visible_items"].get<int>() >= 10);
    CHECK(small["screening"]["visible_items"].get<int>() >= 6);
    // Scale 2 at the smallest size still shows whole rows to tick (usable, not a sliver).
    CHECK(scaled["screening"]["visible_items"].get<int>() >= 2);
}
