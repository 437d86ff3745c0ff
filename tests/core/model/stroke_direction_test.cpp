// Tram tracks on a follow-up visit run the way the attempt's strokes went.
#include "model/stroke_direction.hpp"

#include <catch2/catch.hpp>

namespace stroke_direction_test_detail {

core::SkinLayer tracksIn(const std::string& zone) {
    core::SkinLayer layer;
    layer.kindName = "tram_tracks";
    layer.kind = core::SkinKind::TramTracks;
    layer.zone = zone;
    return layer;
}

} // namespace stroke_direction_test_detail

using stroke_direction_test_detail::tracksIn;

TEST_CASE("tram tracks take the first pass pattern planned for their zone") {
    core::Attempt attempt;
    core::AttemptZone forehead;
    forehead.zone = "forehead";
    forehead.patterns = {core::Pattern::Vertical, core::Pattern::Horizontal};
    attempt.zones.push_back(forehead);
    core::SkinLayer stated = tracksIn("forehead");
    stated.direction = core::Pattern::Oblique; // the author's direction wins
    core::SkinLayer papules = tracksIn("forehead");
    papules.kind = core::SkinKind::Papules;   // not directional: left alone
    const auto out = core::withStrokeDirections({tracksIn("forehead"), tracksIn("chin"), stated, papules}, attempt);
    REQUIRE(out.size() == 4);
    CHECK(out[0].direction == core::Pattern::Vertical); // the first of vertical, horizontal
    CHECK_FALSE(out[1].direction.has_value());          // the chin was not planned: horizontal by default
    CHECK(out[2].direction == core::Pattern::Oblique);
    CHECK_FALSE(out[3].direction.has_value());
}
