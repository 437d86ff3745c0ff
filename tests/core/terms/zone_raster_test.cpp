// The zone mask agrees with core's hit-testing at pixel centres.
#include "platform/atomic_file.hpp"
#include "terms/zone_raster.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the raster mask matches hitTest at every sampled pixel, view by view") {
    const auto& zones = fixtures::referenceData().zones;
    const int w = 192;
    const int h = 256;
    for (const auto& [name, view] : core::mapViewChoices()) {
        INFO(name);
        const auto mask = core::rasteriseZones(zones, w, h, view);
        int mismatches = 0;
        int inside = 0;
        for (int y = 0; y < h; y += 3) {
            for (int x = 0; x < w; x += 3) {
                const core::Zone* z = zones.hitTest({(x + 0.5) / w, (y + 0.5) / h}, view);
                const int expected = z ? static_cast<int>(z - zones.zones().data()) + 1 : 0;
                const int got = mask[static_cast<std::size_t>(y * w + x)];
                mismatches += expected != got ? 1 : 0;
                inside += got != 0 ? 1 : 0;
                // A pixel of one view never carries a zone of the other.
                if (got != 0) CHECK(zones.zones()[static_cast<std::size_t>(got - 1)].view == view);
            }
        }
        CHECK(mismatches == 0);
        CHECK(inside > (view == core::MapView::Face ? 1000 : 250)); // the face, or the body's five zones
    }
}
