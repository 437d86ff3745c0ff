// Skin condition layers: reading the case's "skin" list, the checks on kind,
// zone, severity, radius and position (each with its JSON pointer), and the
// draw list the renderer uploads once per case.
#include "terms/skin_layers.hpp"
#include "model/case_model.hpp"
#include "validation/validator.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {

core::FileReport validateSkin(const core::Json& skin) {
    core::Json c = fixtures::validCase();
    c["skin"] = skin;
    auto doc = core::JsonDocument::fromText(c.dump(2), "case.json");
    REQUIRE(doc.has_value());
    return core::validateDocument(*doc, fixtures::referenceData());
}

const core::Diagnostic* findAt(const core::FileReport& r, const std::string& pointer, const std::string& text) {
    for (const auto& d : r.diagnostics.items()) {
        if (d.pointer == pointer && d.message.find(text) != std::string::npos) return &d;
    }
    return nullptr;
}

std::string dumpReport(const core::FileReport& r) {
    std::string out;
    for (const auto& d : r.diagnostics.items()) out += core::formatDiagnostic(d) + "\n";
    return out;
}

core::Case readSkinCase(const core::Json& skin) {
    core::Json c = fixtures::validCase();
    c["skin"] = skin;
    core::Diagnostics d;
    return core::readCase(c, d);
}

} // namespace

TEST_CASE("every skin kind has a file name that reads back to it") {
    const auto names = core::skinKindNames();
    REQUIRE(names.size() == 21); // melasma .. toxin_sign (17), then papules, pustules, vesicles, tram_tracks for follow-up visits
    for (const auto& name : names) {
        const auto kind = core::skinKindFromName(name);
        REQUIRE(kind.has_value());
        CHECK(core::toString(*kind) == name);
    }
    CHECK(core::skinKindFromName("melasma") == core::SkinKind::Melasma);
    CHECK(core::skinKindFromName("toxin_sign") == core::SkinKind::ToxinSign);
    // Append only: the shader's kind numbers (shaders/face_map.frag, face_map_outcomes.glsl).
    CHECK(static_cast<int>(core::SkinKind::ToxinSign) == 16);
    CHECK(static_cast<int>(core::SkinKind::Papules) == 17);
    CHECK(static_cast<int>(core::SkinKind::TramTracks) == 20);
    CHECK_FALSE(core::skinKindFromName("freckles").has_value());
}

TEST_CASE("a case reads its skin layers with their defaults") {
    const core::Case c = readSkinCase(core::Json::parse(R"([
      { "kind": "melasma", "zone": "cheek_left", "severity": 0.6, "seen": "patchy brown pigment" },
      { "kind": "mole", "zone": "cheek_left", "position": [0.6, 0.45], "radius": 0.01, "severity": 0.8 }
    ])"));
    REQUIRE(c.skin.size() == 2);
    CHECK(c.skin[0].kind == core::SkinKind::Melasma);
    CHECK_FALSE(c.skin[0].position.has_value());
    CHECK(c.skin[0].severity == Approx(0.6));
    CHECK(c.skin[0].seen.str() == "patchy brown pigment");
    CHECK(c.skin[1].kind == core::SkinKind::Mole);
    REQUIRE(c.skin[1].position.has_value());
    CHECK(c.skin[1].position->x == Approx(0.6));
    CHECK(c.skin[1].radius == Approx(0.01));
}

TEST_CASE("a skin layer's direction reads and becomes the stroke angle of its draw") {
    const core::Case c = readSkinCase(core::Json::parse(R"([
      { "kind": "tram_tracks", "zone": "cheek_left", "severity": 0.6, "direction": "vertical" },
      { "kind": "tram_tracks", "zone": "cheek_left", "severity": 0.6, "direction": "oblique" },
      { "kind": "tram_tracks", "zone": "cheek_left", "severity": 0.6 }
    ])"));
    REQUIRE(c.skin.size() == 3);
    CHECK(c.skin[0].direction == core::Pattern::Vertical);
    CHECK_FALSE(c.skin[2].direction.has_value());
    const auto draws = core::skinLayerDraws(c.skin, c.id, fixtures::referenceData().zones);
    REQUIRE(draws.size() == 3);
    // Vertical strokes run along the map's y axis: a quarter turn, pi/2 = 1.5708;
    // oblique is half that, pi/4 = 0.7854; no direction is horizontal, 0.
    CHECK(draws[0].angle == Approx(1.5708).epsilon(1e-4));
    CHECK(draws[1].angle == Approx(0.7854).epsilon(1e-4));
    CHECK(draws[2].angle == 0.0);
}

TEST_CASE("an unknown skin layer direction is an error at its pointer") {
    const auto r = validateSkin(core::Json::parse(R"([ { "kind": "tram_tracks", "zone": "cheek_left", "severity": 0.5, "direction": "diagonal" } ])"));
    INFO(dumpReport(r));
    CHECK(findAt(r, "/skin/0/direction", "diagonal"));
}

TEST_CASE("valid skin layers raise no diagnostics") {
    const auto r = validateSkin(core::Json::parse(R"([
      { "kind": "redness_rosacea", "zone": "nose", "severity": 0.5, "seen": "red nose" },
      { "kind": "cold_sore", "zone": "perioral", "position": [0.53, 0.52], "radius": 0.02, "severity": 1 }
    ])"));
    INFO(dumpReport(r));
    CHECK(r.diagnostics.items().empty());
}

TEST_CASE("an unknown skin kind is an error at its pointer with a suggestion") {
    const auto r = validateSkin(core::Json::parse(R"([ { "kind": "melasm", "zone": "cheek_left", "severity": 0.5 } ])"));
    INFO(dumpReport(r));
    CHECK(findAt(r, "/skin/0/kind", "unknown skin layer kind \"melasm\""));
    CHECK(findAt(r, "/skin/0/kind", "Did you mean \"melasma\"?"));
}

TEST_CASE("a skin layer in a zone the map lacks is an error") {
    const auto r = validateSkin(core::Json::parse(R"([ { "kind": "bruise", "zone": "cheek_lft", "severity": 0.5 } ])"));
    INFO(dumpReport(r));
    CHECK(findAt(r, "/skin/0/zone", "unknown zone \"cheek_lft\""));
}

TEST_CASE("severity outside 0..1 and a radius out of range are errors") {
    const auto r = validateSkin(core::Json::parse(R"([
      { "kind": "bruise", "zone": "cheek_left", "severity": 1.5 },
      { "kind": "bruise", "zone": "cheek_left", "severity": -0.1 },
      { "kind": "mole", "zone": "cheek_left", "position": [0.6, 0.45], "radius": 0.9, "severity": 0.5 }
    ])"));
    INFO(dumpReport(r));
    CHECK(findAt(r, "/skin/0/severity", "outside 0..1"));
    CHECK(findAt(r, "/skin/1/severity", "outside 0..1"));
    CHECK(findAt(r, "/skin/2/radius", "outside 0.005..0.3"));
    CHECK(r.diagnostics.errorCount() == 3);
}

TEST_CASE("a skin layer's position outside its zone is an error naming the zone's centre") {
    // [0.3, 0.8] is on the decollete, far below cheek_left (x 0.535-0.694, y 0.339-0.521).
    const auto r = validateSkin(core::Json::parse(R"([ { "kind": "mole", "zone": "cheek_left", "position": [0.3, 0.8], "severity": 0.5 } ])"));
    INFO(dumpReport(r));
    CHECK(findAt(r, "/skin/0/position", "lies outside zone \"cheek_left\""));
    CHECK(findAt(r, "/skin/0/position", "the zone's centre is about"));
}

TEST_CASE("a missing severity or kind is reported") {
    const auto r = validateSkin(core::Json::parse(R"([ { "zone": "cheek_left" } ])"));
    INFO(dumpReport(r));
    CHECK(r.diagnostics.errorCount() == 2);
}

TEST_CASE("the draw list places whole-zone and positioned layers and leaves out broken ones") {
    const auto& zones = fixtures::referenceData().zones;
    std::vector<core::SkinLayer> layers(4);
    layers[0].kindName = "melasma";
    layers[0].kind = core::SkinKind::Melasma;
    layers[0].zone = "cheek_left";
    layers[0].severity = 1.4; // clamped to 1
    layers[1].kindName = "mole";
    layers[1].kind = core::SkinKind::Mole;
    layers[1].zone = "cheek_left";
    layers[1].position = glm::dvec2{0.6, 0.45}; // no radius: a mole's own 0.008
    layers[1].severity = 0.3;
    layers[2].kindName = "freckles"; // unknown kind: not drawn
    layers[2].zone = "cheek_left";
    layers[3].kindName = "bruise";
    layers[3].kind = core::SkinKind::Bruise;
    layers[3].zone = "nowhere"; // unknown zone: not drawn
    const auto draws = core::skinLayerDraws(layers, "case-a", zones);
    REQUIRE(draws.size() == 2);
    const core::Zone* cheek = zones.find("cheek_left");
    const int cheekIndex = static_cast<int>(cheek - zones.zones().data());
    // Melasma: kind 0 (first in the enum), the whole zone (radius 0) centred on the zone's centroid.
    CHECK(draws[0].kind == 0);
    CHECK(draws[0].zone == cheekIndex);
    CHECK(draws[0].radius == 0.0);
    CHECK(draws[0].centre.x == Approx(cheek->centroid().x));
    CHECK(draws[0].severity == 1.0);
    // Mole: kind 11 (melasma 0, age_spots 1, redness 2, sunburn 3, three scars 4-6,
    // active_acne 7, fine_lines 8, cold_sore 9, bruise 10, mole 11).
    CHECK(draws[1].kind == 11);
    CHECK(draws[1].radius == Approx(0.008));
    CHECK(draws[1].centre.y == Approx(0.45));
    CHECK(draws[1].severity == Approx(0.3));
}

TEST_CASE("a spot kind without a position sits at the zone's centre and a patch given a position gets the default radius") {
    const auto& zones = fixtures::referenceData().zones;
    std::vector<core::SkinLayer> layers(2);
    layers[0].kind = core::SkinKind::Wart;
    layers[0].zone = "chin";
    layers[1].kind = core::SkinKind::AgeSpots;
    layers[1].zone = "forehead";
    layers[1].position = glm::dvec2{0.5, 0.25};
    const auto draws = core::skinLayerDraws(layers, "case-a", zones);
    REQUIRE(draws.size() == 2);
    CHECK(draws[0].radius == Approx(0.01)); // a wart's own size
    CHECK(draws[0].centre.x == Approx(zones.find("chin")->centroid().x));
    CHECK(draws[1].radius == Approx(0.05)); // kDefaultSkinRadius
}

TEST_CASE("layer seeds are stable per case and layer and differ between them") {
    const double a0 = core::skinLayerSeed("case-a", 0);
    // Pinned, so a change of hash shows: FNV-1a 32 of "case-a#0" is 0x844a403c
    // (2219458620, worked with the published algorithm outside the code);
    // 2219458620 % 100000 = 58620, / 100 = 586.2.
    CHECK(a0 == Approx(586.2));
    CHECK(a0 == core::skinLayerSeed("case-a", 0));
    CHECK(a0 != core::skinLayerSeed("case-a", 1));
    CHECK(a0 != core::skinLayerSeed("case-b", 0));
    for (std::size_t i = 0; i < 50; ++i) {
        const double s = core::skinLayerSeed("case-a", i);
        CHECK(s >= 0.0);
        CHECK(s < 1000.0);
    }
}

TEST_CASE("more layers than the map draws is an error and the draw list stops at the cap") {
    core::Json skin = core::Json::array();
    for (std::size_t i = 0; i < core::kMaxSkinLayers + 1; ++i) skin.push_back({{"kind", "age_spots"}, {"zone", "forehead"}, {"severity", 0.5}});
    const auto r = validateSkin(skin);
    CHECK(findAt(r, "/skin/16", "at most 16 skin layers"));
    const core::Case c = readSkinCase(skin);
    CHECK(core::skinLayerDraws(c.skin, c.id, fixtures::referenceData().zones).size() == core::kMaxSkinLayers);
}
