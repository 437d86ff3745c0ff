// The follow-up of a deferral (next visit, referral, advice for today) and a
// lesion needled around with a margin, set with the mouse through the real
// widgets (`click`), then checked in the saved attempt and its grade.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace testing_support;
using gui_testing::AppRun;

namespace {

// The model plan of a-melasma-raised-mole except the left cheek, whose mole sits in the zone.
const std::string kRaisedMolePlan = R"(
open a-melasma-raised-mole
flag raised_lesion
decide treat_modified
goto plan
depth forehead 0.25
patterns forehead vertical horizontal oblique
passes forehead 2
endpoint forehead erythema
depth cheek_right 0.25
patterns cheek_right vertical horizontal oblique
passes cheek_right 2
endpoint cheek_right erythema
depth perioral 0.25
patterns perioral vertical horizontal oblique
passes perioral 2
endpoint perioral erythema
treat cheek_left
depth cheek_left 0.25
patterns cheek_left vertical horizontal oblique
passes cheek_left 2
endpoint cheek_left erythema
select cheek_left
)";

const std::string kRaisedMoleAftercare = R"(
goto aftercare
aftercare spf30_daily
aftercare no_tanning
aftercare gentle_cleanser
aftercare no_actives_4d
aftercare hydrate
interval 5
sessions 4
submit
)";

const nlohmann::json* zoneOf(const nlohmann::json& attempt, const std::string& zone) {
    for (const auto& z : attempt["zones"]) {
        if (z["zone"] == zone) return &z;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a deferral's follow-up set with the mouse: saved, graded 100") {
    TempDir dir;
    AppRun app(dir);
    // The slider's value depends on where it is grabbed, so the weeks come from the
    // script word; the decision, the referral combo and the advice ticks are clicked.
    const auto r = app.run(R"(
open a-melasma-pregnant-rosacea-flare
flag pregnancy
flag rosacea_flare
click Defer (come back later)
rebook 44
click Refer to
click The client's GP
click Daily SPF 30+ and no tanning until the next session
click Let the skin settle: no picking, scrubbing or new products until it has healed
screenshot follow-up
click Review and submit
click Submit
screenshot debrief
)");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto notes = nlohmann::json::parse(readFile(app.shots() / "follow-up.json"));
    CHECK(notes["stage"] == "consultation");
    const auto history = app.history();
    REQUIRE(history.size() == 1);
    const auto& attempt = history[0]["attempt"];
    CHECK(attempt["decision"] == "defer");
    CHECK(attempt["zones"].empty());
    CHECK(attempt["follow_up"]["rebook_weeks"] == 44);
    CHECK(attempt["follow_up"]["refer_to"] == "gp");
    auto advice = attempt["follow_up"]["advice"].get<std::vector<std::string>>();
    std::sort(advice.begin(), advice.end());
    CHECK(advice == std::vector<std::string>{"let_skin_settle", "protect_from_sun"});
    CHECK(history[0]["report"]["score"].get<double>() == Approx(100.0));
    CHECK(history[0]["report"]["passed"] == true);
}

TEST_CASE("a referral set with the mouse: the combo picks the target, a second click takes advice back") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run(R"(
open a-melasma-pregnant-rosacea-flare
click Refer (medical clearance)
click Refer to
click A dermatologist
click Bring written clearance from the doctor to the next appointment
click Bring written clearance from the doctor to the next appointment
click Let the skin settle: no picking, scrubbing or new products until it has healed
click Review and submit
click Submit
)");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto history = app.history();
    REQUIRE(history.size() == 1);
    const auto& attempt = history[0]["attempt"];
    CHECK(attempt["decision"] == "refer");
    CHECK(attempt["follow_up"]["refer_to"] == "dermatologist");
    CHECK_FALSE(attempt["follow_up"].contains("rebook_weeks"));
    CHECK(attempt["follow_up"]["advice"] == nlohmann::json::array({"let_skin_settle"}));
}

TEST_CASE("needling around a mole with a margin: no critical error, and without the margin a critical one") {
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run(kRaisedMolePlan + "click Needle around raised mole (margin)\nscreenshot plan-mole\n" + kRaisedMoleAftercare + "retry\n" +
                           kRaisedMolePlan + kRaisedMoleAftercare);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto history = app.history();
    REQUIRE(history.size() == 2);
    const nlohmann::json* around = nullptr;
    const nlohmann::json* over = nullptr;
    for (const auto& record : history) {
        const nlohmann::json* cheek = zoneOf(record["attempt"], "cheek_left");
        REQUIRE(cheek);
        CHECK((*cheek)["action"] == "treat");
        (cheek->contains("exclude") ? around : over) = &record;
    }
    REQUIRE(around);
    REQUIRE(over);
    CHECK((*zoneOf((*around)["attempt"], "cheek_left"))["exclude"] == nlohmann::json::array({"mole-1"}));
    INFO((*around)["report"]["critical"].dump());
    CHECK((*around)["report"]["critical"].empty());
    CHECK((*around)["report"]["passed"] == true);
    // The same plan without the margin needles over the mole.
    const auto& critical = (*over)["report"]["critical"];
    CHECK(std::any_of(critical.begin(), critical.end(), [](const nlohmann::json& c) { return c["id"] == "treated_over_finding:mole-1"; }));
    CHECK((*over)["report"]["passed"] == false);
}

TEST_CASE("in an exam the follow-up is on the consultation screen and its answers are journalled") {
    TempDir dir;
    AppRun app(dir);
    // An exam of this one case, so no draw or shuffle decides which case comes first.
    const auto exam = dir.write("follow-up-exam.json", R"({
  "kind": "exam", "schema_version": 1, "id": "follow-up-exam", "title": "Follow-up",
  "cases": ["a-melasma-pregnant-rosacea-flare"], "shuffle": false,
  "time_limit_minutes": 30, "pass_mark": 70, "protocol": "clinic-standard", "feedback": "score_only"
})");
    const auto r = app.run(app.proctorUnlock() + "exam-start " + exam.string() + R"( S-9 Dana Smith
click Refer (medical clearance)
click Refer to
click The doctor who prescribes the medicine
click Let the skin settle: no picking, scrubbing or new products until it has healed
screenshot exam-follow-up
)");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string env = "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " ";
    const auto status = runShell(env + shellQuote(MNTRAINER_BIN) + " exam status");
    REQUIRE(status.exitCode == 0);
    const auto first = nlohmann::json::parse(status.out)["cases"][0];
    REQUIRE(first["case_id"] == "a-melasma-pregnant-rosacea-flare");
    CHECK(first["attempt"]["decision"] == "refer");
    CHECK(first["attempt"]["follow_up"]["refer_to"] == "prescriber");
    CHECK(first["attempt"]["follow_up"]["advice"] == nlohmann::json::array({"let_skin_settle"}));
}

TEST_CASE("the case editor's decision tab holds the follow-up key: added with a click, problems in it jump there") {
    TempDir dir;
    AppRun app(dir);
    // Nothing is saved: the case files stay as they are.
    const auto r = app.run(R"(
edit-open a-fine-lines-forehead-eyes
edit-tab decision
click + add a follow-up key
screenshot added
edit-set /key/follow_up/advice/0 "bogus"
edit-tab case
edit-jump 1
screenshot jumped
)");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto added = nlohmann::json::parse(readFile(app.shots() / "added.json"));
    CHECK(added["editor"]["dirty"] == true);
    CHECK(added["editor"]["errors"] == 0);
    const auto jumped = nlohmann::json::parse(readFile(app.shots() / "jumped.json"));
    CHECK(jumped["editor"]["errors"] == 1);
    CHECK(jumped["editor"]["tab"] == 4); // EditorTab::Decision
}
