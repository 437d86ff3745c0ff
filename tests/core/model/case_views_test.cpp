// Map views of a case (model/case_views): body zones named anywhere turn the
// body view on, the case opens where its treatment lies, and pickers offer
// body zones only when they belong.
#include "model/case_views.hpp"

#include "validation/case_library.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <set>

#include <algorithm>

namespace {

const core::ZoneMap& zones() { return fixtures::referenceData().zones; }
const core::Catalogue& catalogue() { return fixtures::referenceData().catalogue; }

core::Finding moleOn(const std::string& zone, glm::dvec2 position) {
    core::Finding f;
    f.id = "mole-1";
    f.type = "raised_mole";
    f.zone = zone;
    f.position = position;
    return f;
}

core::KeyZone treat(const std::string& zone) {
    core::KeyZone k;
    k.zone = zone;
    k.action = core::ZoneAction::Treat;
    return k;
}

bool offers(const std::vector<const core::Zone*>& list, const std::string& id) {
    return std::any_of(list.begin(), list.end(), [&](const core::Zone* z) { return z->id == id; });
}

} // namespace

TEST_CASE("case views: a bundled case has the body view exactly when it names a body zone") {
    int faceCases = 0;
    for (const auto& e : fixtures::bundledLibrary().entries) {
        if (!e.playable) continue;
        const core::Case& c = *e.playable;
        INFO(c.id);
        bool namesBody = false;
        for (const auto& k : c.key.zones) namesBody = namesBody || zones().onView(k.zone, core::MapView::Body);
        for (const auto& f : c.findings) namesBody = namesBody || zones().onView(f.zone, core::MapView::Body);
        const auto views = core::caseViews(c, nullptr, zones(), catalogue());
        CHECK(views.body == namesBody);
        if (!namesBody) {
            CHECK(views.opening == core::MapView::Face); // a face case never opens on the body
            ++faceCases;
        }
    }
    CHECK(faceCases > 0);
}

TEST_CASE("case views: an off-face indication, a body finding or site, or the attempt turns the body view on, never the key") {
    core::Case c;
    c.client.indications = {"acne_scars"};
    c.key.zones = {treat("cheek_left")};
    CHECK_FALSE(core::caseViews(c, nullptr, zones(), catalogue()).body);

    // The key is the answer: a body zone only the key treats must not show a toggle (it would hint at it).
    core::Case withKey = c;
    withKey.key.zones.push_back(treat("abdomen"));
    CHECK_FALSE(core::caseViews(withKey, nullptr, zones(), catalogue()).body);

    core::Case withIndication = c;
    withIndication.client.indications.push_back("stretch_marks");
    CHECK(core::caseViews(withIndication, nullptr, zones(), catalogue()).body);

    core::Case withFinding = c;
    withFinding.findings.push_back(moleOn("thigh_left", {0.58, 0.72}));
    CHECK(core::caseViews(withFinding, nullptr, zones(), catalogue()).body);

    core::Case withSite = c;
    withSite.client.recentTreatments.push_back({"Laser to the arm", core::TreatmentKind::Ablative, "upper_arm_left", 2.0});
    CHECK(core::caseViews(withSite, nullptr, zones(), catalogue()).body);

    core::Attempt attempt;
    core::AttemptZone avoided;
    avoided.zone = "upper_arm_right";
    avoided.action = core::ZoneAction::Avoid;
    attempt.zones.push_back(avoided);
    CHECK(core::caseViews(c, &attempt, zones(), catalogue()).body);
    CHECK_FALSE(core::caseViews(c, nullptr, zones(), catalogue()).body);
}

TEST_CASE("case views: the case opens on the body when every indication is off the face map, else on the face") {
    core::Case c;
    c.client.indications = {"stretch_marks"};
    CHECK(core::caseViews(c, nullptr, zones(), catalogue()).opening == core::MapView::Body);
    c.findings.push_back(moleOn("thigh_left", {0.58, 0.72}));
    CHECK(core::caseViews(c, nullptr, zones(), catalogue()).opening == core::MapView::Body);
    c.client.indications = {"stretch_marks", "acne_scars"};
    CHECK(core::caseViews(c, nullptr, zones(), catalogue()).body);
    CHECK(core::caseViews(c, nullptr, zones(), catalogue()).opening == core::MapView::Face);
    // A body finding alone does not pull a face case onto the body.
    core::Case face;
    face.client.indications = {"fine_lines"};
    face.findings.push_back(moleOn("thigh_left", {0.58, 0.72}));
    const auto views = core::caseViews(face, nullptr, zones(), catalogue());
    CHECK(views.body);
    CHECK(views.opening == core::MapView::Face);
}

TEST_CASE("offered zones: the shown view first, body zones only for a body case or while the body is shown") {
    const core::CaseViews faceOnly;
    auto list = core::offeredZones(zones(), faceOnly, core::MapView::Face, false);
    CHECK(offers(list, "cheek_left"));
    CHECK_FALSE(offers(list, "abdomen"));
    CHECK_FALSE(offers(list, "nogo_eye_left"));
    CHECK(list.size() == zones().treatableIds().size() - 5);
    // Showing the body (a script, or a case whose attempt was cleared) offers it.
    list = core::offeredZones(zones(), faceOnly, core::MapView::Body, false);
    CHECK(offers(list, "abdomen"));
    const core::CaseViews body{true, core::MapView::Body};
    list = core::offeredZones(zones(), body, core::MapView::Face, true);
    CHECK(list.size() == zones().zones().size());
    CHECK(offers(list, "nogo_eye_left"));
    // The shown view's zones come first, then the other's, each in the map's order.
    const auto firstBody = std::find_if(list.begin(), list.end(), [](const core::Zone* z) { return z->view == core::MapView::Body; });
    CHECK(std::all_of(firstBody, list.end(), [](const core::Zone* z) { return z->view == core::MapView::Body; }));
    list = core::offeredZones(zones(), body, core::MapView::Body, false);
    CHECK(list.front()->id == "abdomen");
    CHECK(list.back()->view == core::MapView::Face);
}

TEST_CASE("the body test case loads, names body zones and opens on the body") {
    const auto library = core::loadCaseLibrary(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/body_library", fixtures::referenceData());
    REQUIRE(library.entries.size() == 1);
    const auto& entry = library.entries[0];
    INFO(entry.file << ": " << entry.problem);
    REQUIRE(entry.playable);
    const core::Case& c = *entry.playable;
    CHECK(c.client.indications == std::vector<std::string>{"stretch_marks"});
    const auto views = core::caseViews(c, nullptr, zones(), catalogue());
    CHECK(views.body);
    CHECK(views.opening == core::MapView::Body);
    // Its finding lies inside its body zone.
    REQUIRE(c.findings.size() == 1);
    CHECK(zones().hitTest(c.findings[0].position, core::MapView::Body)->id == c.findings[0].zone);
}
