// Band hints have one home: the plan panel's hint and the case editor's band
// label both come from model/band_hints, and the case's allow_hints rules them.
#include "model/band_hints.hpp"
#include "validation/case_library.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {

const core::Case& acneScars() {
    static const core::CaseLibrary lib =
        core::loadCaseLibrary(std::filesystem::path(MN_SOURCE_ROOT) / "cases/library", fixtures::referenceData());
    for (const auto& e : lib.entries) {
        if (e.playable && e.playable->id == "a-acne-scars-cheeks") return *e.playable;
    }
    FAIL("a-acne-scars-cheeks is missing");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("band hints: the client's indication picks the profile's band, and allow_hints switches them off") {
    const auto& data = fixtures::referenceData();
    const core::Protocol& standard = *data.protocol("clinic-standard");
    core::Case c = acneScars(); // indication acne_scars -> the scars band
    const auto hints = core::bandHintsForCase(c, standard, data.catalogue, "cheek_left");
    REQUIRE(hints.size() == 1);
    CHECK(hints[0].kind == core::BandKind::Scars);
    // clinic-standard's profile file: cheeks, scars 1.5-2.0 mm.
    CHECK(hints[0].band == core::Band{1.5, 2.0});
    CHECK(hints[0].protocolTitle == standard.title);
    c.allowHints = false;
    CHECK(core::bandHintsForCase(c, standard, data.catalogue, "cheek_left").empty());
    // The editor's lookup of one kind gives the same band.
    const auto one = core::bandHint(standard, "cheek_left", core::BandKind::Scars);
    REQUIRE(one.has_value());
    CHECK(one->band == hints[0].band);
    CHECK(one->safetyMaxMm == Approx(standard.safetyMax("cheek_left")));
}

TEST_CASE("band hints: from type IV the hint shows the shallow cap the grader applies") {
    const auto& data = fixtures::referenceData();
    const core::Protocol& standard = *data.protocol("clinic-standard");
    core::Case c = acneScars();
    c.client.indications = {"texture_pores"}; // rejuvenation: cheeks 0.5-1.0 mm in clinic-standard
    c.client.fitzpatrick = 3;
    auto hints = core::bandHintsForCase(c, standard, data.catalogue, "cheek_left");
    REQUIRE(hints.size() == 1);
    CHECK(hints[0].band == core::Band{0.5, 1.0});
    c.client.fitzpatrick = 5; // skin_type caps rejuvenation at 0.5 mm from type 4
    hints = core::bandHintsForCase(c, standard, data.catalogue, "cheek_left");
    REQUIRE(hints.size() == 1);
    CHECK(hints[0].band == core::Band{0.5, 0.5});
}
