// The editor's skin layer edits through DocumentEditor: placed where clicked
// with the zone there, moved with the zone following (one undo step per
// drag), whole zone or patch, removed, and bad edits refused unchanged.
#include "authoring/skin_layer_edits.hpp"
#include "authoring/document_editor.hpp"

#include "fixtures.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

namespace {

core::DocumentEditor skinEditor(const std::filesystem::path& file) {
    auto templ = core::JsonDocument::fromFile(std::filesystem::path(MN_SOURCE_ROOT) / "cases/templates/template-blank.json");
    REQUIRE(templ.has_value());
    return core::DocumentEditor(core::caseFromTemplate(templ->root(), "skin-case", "Skin case"), file, fixtures::referenceData());
}

void apply(core::DocumentEditor& e, const core::EditCommand& c) {
    const auto r = e.apply(c);
    INFO((r ? std::string() : r.error().summary()));
    REQUIRE(r.has_value());
}

} // namespace

TEST_CASE("a skin layer is placed where clicked, takes the zone there, and validates") {
    testing_support::TempDir dir;
    auto e = skinEditor(dir.path() / "c.json");
    const auto& zones = fixtures::referenceData().zones;
    const glm::dvec2 cheek = zones.find("cheek_left")->centroid();
    apply(e, core::edit::AddSkinLayer{"melasma", cheek, core::MapView::Face, 0.7});
    apply(e, core::edit::AddSkinLayer{"mole", zones.find("chin")->centroid(), core::MapView::Face, 0.5});
    REQUIRE(e.preview().skin.size() == 2);
    CHECK(e.preview().skin[0].kind == core::SkinKind::Melasma);
    CHECK(e.preview().skin[0].zone == "cheek_left");
    CHECK(e.preview().skin[0].severity == Approx(0.7));
    CHECK(e.preview().skin[0].radius == Approx(0.05));  // a patch's default
    CHECK(e.preview().skin[1].zone == "chin");
    CHECK(e.preview().skin[1].radius == Approx(0.008)); // a mole's own size
    CHECK(e.root()["skin"][0]["position"][0] == core::roundPosition(cheek.x));
    CHECK_FALSE(e.hasErrors());
}

TEST_CASE("dragging a skin layer is one undo step and its zone follows") {
    testing_support::TempDir dir;
    auto e = skinEditor(dir.path() / "c.json");
    const auto& zones = fixtures::referenceData().zones;
    const glm::dvec2 chin = zones.find("chin")->centroid();
    const glm::dvec2 forehead = zones.find("forehead")->centroid();
    apply(e, core::edit::AddSkinLayer{"wart", chin});
    apply(e, core::edit::Seal{});
    for (int i = 1; i <= 10; ++i) apply(e, core::edit::MoveSkinLayer{0, chin + (forehead - chin) * (i / 10.0), true});
    apply(e, core::edit::Seal{});
    CHECK(e.preview().skin[0].zone == "forehead");
    apply(e, core::edit::Undo{});
    CHECK(e.preview().skin[0].zone == "chin");
}

TEST_CASE("a skin layer covers its whole zone or a patch, and removing the last drops the list") {
    testing_support::TempDir dir;
    auto e = skinEditor(dir.path() / "c.json");
    const auto& zones = fixtures::referenceData().zones;
    apply(e, core::edit::AddSkinLayer{"redness_rosacea", zones.find("nose")->centroid()});
    apply(e, core::edit::SkinLayerCover{0, true});
    CHECK_FALSE(e.preview().skin[0].position.has_value());
    CHECK_FALSE(e.root()["skin"][0].contains("radius"));
    apply(e, core::edit::SkinLayerCover{0, false});
    REQUIRE(e.preview().skin[0].position.has_value());
    CHECK(e.preview().skin[0].position->x == Approx(core::roundPosition(zones.find("nose")->centroid().x)));
    CHECK(e.preview().skin[0].radius == Approx(0.05));
    apply(e, core::edit::RemoveSkinLayer{0});
    CHECK_FALSE(e.root().contains("skin"));
    CHECK(e.preview().skin.empty());
}

TEST_CASE("bad skin layer edits say why and change nothing") {
    testing_support::TempDir dir;
    auto e = skinEditor(dir.path() / "c.json");
    const glm::dvec2 cheek = fixtures::referenceData().zones.find("cheek_left")->centroid();
    const auto rev = e.revision();
    auto r = e.apply(core::edit::AddSkinLayer{"melasm", cheek});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("Did you mean \"melasma\"") != std::string::npos);
    r = e.apply(core::edit::AddSkinLayer{"melasma", {0.01, 0.01}});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("not on any zone") != std::string::npos);
    r = e.apply(core::edit::AddSkinLayer{"melasma", cheek, core::MapView::Face, 1.5});
    REQUIRE_FALSE(r.has_value());
    r = e.apply(core::edit::MoveSkinLayer{3, cheek, false});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("no skin layer 4") != std::string::npos);
    r = e.apply(core::edit::RemoveSkinLayer{0});
    REQUIRE_FALSE(r.has_value());
    CHECK(e.revision() == rev);
}

TEST_CASE("a skin layer whose kind and zone are not strings is refused with a reason and no exception") {
    // An author's file can hold anything: {"kind": 3, "zone": 5} must not throw
    // out of the editor (Json::value throws on a wrong type).
    testing_support::TempDir dir;
    auto templ = core::JsonDocument::fromFile(std::filesystem::path(MN_SOURCE_ROOT) / "cases/templates/template-blank.json");
    REQUIRE(templ.has_value());
    core::Json root = core::caseFromTemplate(templ->root(), "skin-case", "Skin case");
    root["skin"] = core::Json::array({core::Json::parse(R"({"kind": 3, "zone": 5})")});
    core::DocumentEditor e(root, dir.path() / "c.json", fixtures::referenceData());
    std::expected<void, core::Error> r;
    REQUIRE_NOTHROW(r = e.apply(core::edit::SkinLayerCover{0, false}));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("zone is not on the map") != std::string::npos);
}
