// The bundled reference data as loaded: the catalogue and the profiles with the clinic figures.
#include "model/reference_data.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the catalogue holds the clinic screening items with their kinds") {
    const auto& cat = fixtures::referenceData().catalogue;
    CHECK(cat.screening.size() == 34); // 26 contraindications and precautions + 8 distractors
    REQUIRE(cat.findScreening("pregnancy"));
    CHECK(cat.findScreening("pregnancy")->kind == core::ScreeningKind::Absolute);
    CHECK(cat.findScreening("anticoagulants")->kind == core::ScreeningKind::Relative);
    CHECK(cat.findScreening("tattoo_pmu")->kind == core::ScreeningKind::Local);
    CHECK(cat.findScreening("filler_site")->kind == core::ScreeningKind::Precaution);
    CHECK(cat.findScreening("stable_rosacea")->kind == core::ScreeningKind::NotContraindication);
    CHECK(cat.findAftercare("vitamin_c_straight_after")->harmful);
    CHECK_FALSE(cat.findAftercare("spf30_daily")->harmful);
    CHECK(cat.findingTypes.size() == 11);
    // A changing, bleeding or non-healing lesion is a suspected cancer, not a mole.
    REQUIRE(cat.findFindingType("suspicious_lesion"));
    CHECK(cat.findFindingType("suspicious_lesion")->screening == "skin_cancer");
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

