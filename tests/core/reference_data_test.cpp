// The bundled reference data: zones, catalogue and profiles with the clinic figures.
#include "base/text_similarity.hpp"
#include "model/zone_map.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the zone map has every required zone, and hit-testing finds them") {
    const auto& zones = fixtures::referenceData().zones;
    for (const auto& id : core::requiredZoneIds()) {
        const core::Zone* z = zones.find(id);
        REQUIRE(z);
        CHECK(z->area() > 0.0005);
        CHECK(z->noGo == id.starts_with("nogo_"));
    }
    // Client's left is the viewer's right: the left cheek lies right of centre.
    CHECK(zones.find("cheek_left")->centroid().x > 0.5);
    CHECK(zones.find("cheek_right")->centroid().x < 0.5);
    // No-go areas win over the zones around them.
    const auto* hit = zones.hitTest(zones.find("nogo_eye_left")->centroid());
    REQUIRE(hit);
    CHECK(hit->id == "nogo_eye_left");
    CHECK(zones.hitTest({0.01, 0.01}) == nullptr);
    CHECK(zones.hitTest({0.50, 0.25})->id == "forehead");
}

TEST_CASE("treatable zones do not overlap") {
    const auto& zones = fixtures::referenceData().zones;
    int overlaps = 0;
    for (int yi = 0; yi < 200; ++yi) {
        for (int xi = 0; xi < 150; ++xi) {
            const glm::dvec2 p{(xi + 0.5) / 150.0, (yi + 0.5) / 200.0};
            int inside = 0;
            for (const auto& z : zones.zones()) inside += (!z.noGo && z.contains(p)) ? 1 : 0;
            overlaps += inside > 1 ? 1 : 0;
        }
    }
    CHECK(overlaps == 0);
}

TEST_CASE("the catalogue holds the clinic screening items with their kinds") {
    const auto& cat = fixtures::referenceData().catalogue;
    CHECK(cat.screening.size() == 33); // 25 contraindications + 8 distractors
    REQUIRE(cat.findScreening("pregnancy"));
    CHECK(cat.findScreening("pregnancy")->kind == core::ScreeningKind::Absolute);
    CHECK(cat.findScreening("anticoagulants")->kind == core::ScreeningKind::Relative);
    CHECK(cat.findScreening("tattoo_pmu")->kind == core::ScreeningKind::Local);
    CHECK(cat.findScreening("filler_site")->kind == core::ScreeningKind::Precaution);
    CHECK(cat.findScreening("stable_rosacea")->kind == core::ScreeningKind::NotContraindication);
    CHECK(cat.findAftercare("vitamin_c_straight_after")->harmful);
    CHECK_FALSE(cat.findAftercare("spf30_daily")->harmful);
    CHECK(cat.findingTypes.size() == 10);
}

TEST_CASE("the two shipped profiles carry the clinic figures") {
    const auto& data = fixtures::referenceData();
    const auto* clinic = data.protocol("clinic-standard");
    const auto* label = data.protocol("device-label");
    REQUIRE(clinic);
    REQUIRE(label);
    CHECK(clinic->safetyMax("cheek_left") == Approx(2.5));
    CHECK(clinic->safetyMax("temple_right") == Approx(0.5));
    CHECK(clinic->safetyMax("scalp_crown") == Approx(1.5));
    CHECK(label->safetyMax("cheek_left") == Approx(1.5));
    CHECK(clinic->fitzpatrickLimit("neck") == nullptr);
    REQUIRE(label->fitzpatrickLimit("neck"));
    CHECK(label->fitzpatrickLimit("neck")->min == 2);
    CHECK(label->fitzpatrickLimit("neck")->max == 4);
    CHECK(clinic->passMark == Approx(70));
}

TEST_CASE("did-you-mean finds typos but not unrelated words") {
    const std::vector<std::string> words{"forehead", "cheek_left", "cheek_right"};
    CHECK(core::closestMatch("forhead", words) == std::optional<std::string>("forehead"));
    CHECK(core::closestMatch("cheek_lft", words) == std::optional<std::string>("cheek_left"));
    CHECK_FALSE(core::closestMatch("elbow", words).has_value());
    CHECK(core::editDistance("kitten", "sitting") == 3);
}
