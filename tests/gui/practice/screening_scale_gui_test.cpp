// The screening column at a large UI scale: at 200% the checklist and the
// decision become two tabs, so the list fills the column (at least 6 whole
// rows at 1024x640 and 12 at 1920x1080, read from the screenshot notes), no
// label is cut, the Decision tab decides, and a search turns back to the list.
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace testing_support;
using gui_testing::AppRun;

namespace screening_scale_gui_test {

bool showsText(const nlohmann::json& notes, const std::string& part) {
    return std::any_of(notes["texts"].begin(), notes["texts"].end(), [&](const auto& t) { return t.template get<std::string>().find(part) != std::string::npos; });
}

} // namespace screening_scale_gui_test

// The rows worked out by hand for 200% (the theme's 17 px font drawn at 34 px):
// a checklist row is the 34 px tick box and 2 px between rows, 36 px.
// - 1024x640: the title line and the one-row stage bar end about 168 px down;
//   the column's 444 px lose the tabs (about 42), the search (58), the one
//   "Flagged (0) nothing yet" line (50), paddings and spacing (about 60):
//   about 230 px, 6 rows.
// - 1920x1080: the column is about 880 px tall, so about 670 px: 18 rows; the
//   test asks for 12, leaving room for a theme change.
TEST_CASE("screening at scale 2: the checklist fills its tab with 6 rows at 1024x640 and 12 at 1920x1080") {
    namespace t = screening_scale_gui_test;
    TempDir dir;
    AppRun app(dir);
    const auto r = app.run("size 1024 640\nscale 2\nopen a-acne-scars-cheeks\nnotes small\n"
                           "click Decision\nnotes decision\n"
                           "click Defer (come back later)\nnotes deferred\n"
                           "click Checklist\nnotes back\n"
                           "size 1920 1080\nnotes large\n"
                           "scale 1\nnotes large-s1\nsubmit\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto small = app.notes("small");
    INFO("cut: " << small["layout"]["cut"].dump());
    CHECK(small["screening"]["tabbed"] == true);
    CHECK(small["screening"]["visible_items"].get<int>() >= 6);
    CHECK(small["layout"]["cut"].empty());
    CHECK(small["layout"]["off_screen"].empty());
    CHECK(t::showsText(small, "Flagged (0)")); // what is flagged stays in view under the list

    // The Decision tab: the four choices, no list; a click decides.
    const auto decision = app.notes("decision");
    CHECK(decision["screening"]["visible_items"] == 0);
    CHECK(t::showsText(decision, "Treat as planned"));
    CHECK(decision["layout"]["cut"].empty());
    CHECK(app.notes("deferred")["layout"]["cut"].empty());
    CHECK(app.notes("back")["screening"]["visible_items"].get<int>() >= 6);

    const auto large = app.notes("large");
    CHECK(large["screening"]["visible_items"].get<int>() >= 12);
    CHECK(large["layout"]["cut"].empty());
    // At scale 1 the column holds the list and the decision together again.
    const auto largeS1 = app.notes("large-s1");
    CHECK(largeS1["screening"]["tabbed"] == false);
    CHECK(largeS1["screening"]["visible_items"].get<int>() >= 10);

    // The Decision tab's click is the decision graded.
    const auto history = app.history();
    REQUIRE(history.size() == 1);
    CHECK(history[0]["attempt"]["decision"] == "defer");
}
