// Moodle's item statistics on a synthetic cohort worked out by hand: facility,
// SD, discrimination index, discriminative efficiency, the negative and dubious
// flags, the test's alpha, error ratio and standard error, and the cases where
// a statistic is undefined (no variance, too few candidates or items).
#include "learning/item_statistics.hpp"

#include <catch2/catch.hpp>

#include <cmath>

namespace item_statistics_test_support {

// Five candidates A..E, four items. I3 is out of 2; I4 rewards the weaker
// candidates (it discriminates negatively).
//
//        I1  I2  I3  I4 | total
//    A    1   1   2   0 |   4
//    B    1   1   1   0 |   3
//    C    1   0   2   1 |   4
//    D    0   1   0   1 |   2
//    E    0   0   0   0 |   0
//
// Moodle (question/classes/statistics/questions/calculator.php) divides every
// variance and covariance by s - 1 = 4. "rest" = total - the item's mark.
//
// I1: marks 1 1 1 0 0, mean 0.6 -> facility 60%.
//     deviations .4 .4 .4 -.6 -.6; squares .48 + .72 = 1.2; var 1.2/4 = 0.3;
//     sd sqrt(.3) = 0.547723 -> 54.7723% of max 1.
//     rest 3 2 3 2 0, mean 2, deviations 1 0 1 0 -2, squares 6, var 1.5.
//     cross products .4 + 0 + .4 + 0 + 1.2 = 2.0, cov 0.5.
//     DI = 100 * .5 / sqrt(.3 * 1.5) = 50 / 0.670820 = 74.5356%.
//     covmax: sorted marks 0 0 1 1 1 (dev -.6 -.6 .4 .4 .4) with sorted rest
//     0 2 2 3 3 (dev -2 0 0 1 1): 1.2 + 0 + 0 + .4 + .4 = 2.0, covmax 0.5;
//     DE = 100 * .5 / .5 = 100%.
// I2: marks 1 1 0 1 0, mean 0.6 -> facility 60%, var 0.3, sd 54.7723%.
//     rest 3 2 4 1 0, mean 2, deviations 1 0 2 -1 -2, squares 10, var 2.5.
//     cross products .4 + 0 - 1.2 - .4 + 1.2 = 0: cov 0, DI = 0% (not negative).
//     covmax: sorted rest 0 1 2 3 4 (dev -2 -1 0 1 2): 1.2 + .6 + 0 + .4 + .8 = 3.0,
//     covmax .75; DE = 0% -> dubious (under 15%).
// I3: marks 2 1 2 0 0, mean 1 -> facility 1/2 = 50%.
//     deviations 1 0 1 -1 -1, squares 4, var 1, sd 1 -> 50% of max 2.
//     rest 2 2 2 2 0, mean 1.6, deviations .4 .4 .4 .4 -1.6, squares .64 + 2.56 = 3.2, var .8.
//     cross products .4 + 0 + .4 - .4 + 1.6 = 2.0, cov .5.
//     DI = 50 / sqrt(1 * .8) = 50 / 0.894427 = 55.9017%.
//     covmax: sorted marks 0 0 1 2 2 (dev -1 -1 0 1 1), sorted rest 0 2 2 2 2
//     (dev -1.6 .4 .4 .4 .4): 1.6 - .4 + 0 + .4 + .4 = 2.0, covmax .5; DE 100%.
// I4: marks 0 0 1 1 0, mean 0.4 -> facility 40%; deviations -.4 -.4 .6 .6 -.4,
//     squares .48 + .72 = 1.2, var .3, sd 54.7723%.
//     rest 4 3 3 1 0, mean 2.2, deviations 1.8 .8 .8 -1.2 -2.2,
//     squares 3.24 + .64 + .64 + 1.44 + 4.84 = 10.8, var 2.7.
//     cross products -.72 - .32 + .48 - .72 + .88 = -0.4, cov -0.1.
//     DI = -10 / sqrt(.3 * 2.7) = -10 / .9 = -11.1111% -> negative discrimination.
//     covmax: sorted marks 0 0 0 1 1 (dev -.4 -.4 -.4 .6 .6), sorted rest
//     0 1 3 3 4 (dev -2.2 -1.2 .8 .8 1.8): .88 + .48 - .32 + .48 + 1.08 = 2.6,
//     covmax .65; DE = -10 / .65 = -15.3846% -> dubious too.
// Test (mod/quiz/report/statistics/classes/calculator.php):
//     totals 4 3 4 2 0, mean 13/5 = 2.6; deviations 1.4 .4 1.4 -.6 -2.6,
//     squares 1.96 + .16 + 1.96 + .36 + 6.76 = 11.2; k2 = 11.2/4 = 2.8; sd = sqrt(2.8) = 1.673320.
//     sum of item variances .3 + .3 + 1 + .3 = 1.9.
//     alpha = 100 * 4/3 * (1 - 1.9/2.8) = 133.333 * 0.9/2.8 = 300/7 = 42.8571%.
//     error ratio = 100 * sqrt(1 - 3/7) = 100 * sqrt(4/7) = 75.5929%.
//     standard error = 0.755929 * 1.673320 = sqrt(4/7 * 14/5) = sqrt(8/5) = 1.264911.
std::vector<core::ItemMarks> syntheticCohort() {
    return {{"I1", 1.0, {1, 1, 1, 0, 0}},
            {"I2", 1.0, {1, 1, 0, 1, 0}},
            {"I3", 2.0, {2, 1, 2, 0, 0}},
            {"I4", 1.0, {0, 0, 1, 1, 0}}};
}

core::ItemAnalysis analysed(const std::vector<core::ItemMarks>& items) {
    auto analysis = core::analyseItems(items);
    REQUIRE(analysis.has_value());
    return *analysis;
}

} // namespace item_statistics_test_support

using Catch::Detail::Approx;

TEST_CASE("item statistics: every item of the synthetic cohort matches the hand working") {
    const auto a = item_statistics_test_support::analysed(item_statistics_test_support::syntheticCohort());
    REQUIRE(a.items.size() == 4);
    const auto& i1 = a.items[0];
    const auto& i2 = a.items[1];
    const auto& i3 = a.items[2];
    const auto& i4 = a.items[3];
    CHECK(i1.id == "I1");
    CHECK(i1.facility == Approx(60.0));
    CHECK(i2.facility == Approx(60.0));
    CHECK(i3.facility == Approx(50.0));
    CHECK(i4.facility == Approx(40.0));

    CHECK(i1.sd == Approx(54.7723).epsilon(1e-5));
    CHECK(i2.sd == Approx(54.7723).epsilon(1e-5));
    CHECK(i3.sd == Approx(50.0)); // sd 1 of max 2
    CHECK(i4.sd == Approx(54.7723).epsilon(1e-5));

    REQUIRE(i1.discriminationIndex);
    REQUIRE(i2.discriminationIndex);
    REQUIRE(i3.discriminationIndex);
    REQUIRE(i4.discriminationIndex);
    CHECK(*i1.discriminationIndex == Approx(74.5356).epsilon(1e-5));
    CHECK(*i2.discriminationIndex == Approx(0.0).margin(1e-9));
    CHECK(*i3.discriminationIndex == Approx(55.9017).epsilon(1e-5));
    CHECK(*i4.discriminationIndex == Approx(-11.1111).epsilon(1e-5));

    REQUIRE(i1.discriminativeEfficiency);
    REQUIRE(i2.discriminativeEfficiency);
    REQUIRE(i3.discriminativeEfficiency);
    REQUIRE(i4.discriminativeEfficiency);
    CHECK(*i1.discriminativeEfficiency == Approx(100.0));
    CHECK(*i2.discriminativeEfficiency == Approx(0.0).margin(1e-9));
    CHECK(*i3.discriminativeEfficiency == Approx(100.0));
    CHECK(*i4.discriminativeEfficiency == Approx(-15.3846).epsilon(1e-5));
}

TEST_CASE("item statistics: only the item that rewards weaker candidates is flagged negative") {
    const auto a = item_statistics_test_support::analysed(item_statistics_test_support::syntheticCohort());
    CHECK_FALSE(a.items[0].negativeDiscrimination);
    CHECK_FALSE(a.items[1].negativeDiscrimination); // exactly 0 is not negative
    CHECK_FALSE(a.items[2].negativeDiscrimination);
    CHECK(a.items[3].negativeDiscrimination);
    // Moodle's dubious highlight: efficiency under 15% (I2 at 0%, I4 at -15.4%).
    CHECK_FALSE(a.items[0].dubious);
    CHECK(a.items[1].dubious);
    CHECK_FALSE(a.items[2].dubious);
    CHECK(a.items[3].dubious);
}

TEST_CASE("item statistics: the test's mean, sd, alpha, error ratio and standard error match the hand working") {
    const auto a = item_statistics_test_support::analysed(item_statistics_test_support::syntheticCohort());
    CHECK(a.test.candidates == 5);
    CHECK(a.test.mean == Approx(2.6));
    CHECK(a.test.sd == Approx(1.673320).epsilon(1e-6));
    REQUIRE(a.test.cronbachAlpha);
    REQUIRE(a.test.errorRatio);
    REQUIRE(a.test.standardError);
    CHECK(*a.test.cronbachAlpha == Approx(300.0 / 7.0));
    CHECK(*a.test.cronbachAlpha == Approx(42.8571).epsilon(1e-5));
    CHECK(*a.test.errorRatio == Approx(75.5929).epsilon(1e-5));
    CHECK(*a.test.standardError == Approx(1.264911).epsilon(1e-6));
}

TEST_CASE("item statistics: an item every candidate scores alike has no discrimination and no flag") {
    // I1 as above, I2 = 1 1 1 (no variance). Totals 2 2 1: I1 rest = I2 = 1 1 1,
    // so I1's rest has no variance either: both indices none for both items.
    const auto a = item_statistics_test_support::analysed({{"I1", 1.0, {1, 1, 0}}, {"I2", 1.0, {1, 1, 1}}});
    CHECK(a.items[1].facility == Approx(100.0));
    CHECK(a.items[1].sd == Approx(0.0).margin(1e-12));
    for (const auto& item : a.items) {
        CHECK_FALSE(item.discriminationIndex);
        CHECK_FALSE(item.discriminativeEfficiency);
        CHECK_FALSE(item.negativeDiscrimination);
        CHECK_FALSE(item.dubious);
    }
}

TEST_CASE("item statistics: marks that differ only by rounding count as no variance") {
    // 0.1 + 0.1 + 0.1 = 0.30000000000000004 in binary: its mean is not exactly
    // 0.1, so an exact test for 0 would find a variance of about 1e-34 and a
    // discrimination index made of rounding noise. Candidates' other marks vary.
    const auto a = item_statistics_test_support::analysed({{"flat", 1.0, {0.1, 0.1, 0.1}}, {"other", 1.0, {1, 0, 1}}});
    CHECK_FALSE(a.items[0].discriminationIndex);
    CHECK_FALSE(a.items[0].discriminativeEfficiency);
}

TEST_CASE("item statistics: the alpha needs three candidates, two items and a spread of totals") {
    SECTION("two candidates: sd yes, alpha none (Moodle works it out only when s > 2)") {
        // Totals 2 and 0: mean 1, k2 = (1 + 1) / 1 = 2, sd sqrt(2) = 1.414214.
        const auto a = item_statistics_test_support::analysed({{"I1", 1.0, {1, 0}}, {"I2", 1.0, {1, 0}}});
        CHECK(a.test.sd == Approx(1.414214).epsilon(1e-6));
        CHECK_FALSE(a.test.cronbachAlpha);
        CHECK_FALSE(a.test.errorRatio);
        CHECK_FALSE(a.test.standardError);
    }
    SECTION("one item: no alpha, and no rest of the test to discriminate against") {
        const auto a = item_statistics_test_support::analysed({{"only", 1.0, {1, 0, 1}}});
        CHECK_FALSE(a.test.cronbachAlpha);
        CHECK_FALSE(a.items[0].discriminationIndex);
    }
    SECTION("every total alike: no alpha") {
        const auto a = item_statistics_test_support::analysed({{"I1", 1.0, {1, 0, 1}}, {"I2", 1.0, {0, 1, 0}}});
        CHECK(a.test.sd == Approx(0.0).margin(1e-12));
        CHECK_FALSE(a.test.cronbachAlpha);
    }
    SECTION("one candidate: facility only") {
        const auto a = item_statistics_test_support::analysed({{"I1", 2.0, {1}}, {"I2", 1.0, {0}}});
        CHECK(a.test.candidates == 1);
        CHECK(a.items[0].facility == Approx(50.0));
        CHECK(a.test.sd == 0.0);
        CHECK_FALSE(a.items[0].discriminationIndex);
    }
    SECTION("no items: nothing to analyse") {
        const auto a = item_statistics_test_support::analysed({});
        CHECK(a.items.empty());
        CHECK(a.test.candidates == 0);
    }
}

TEST_CASE("item statistics: a ragged matrix, a max mark of 0 and a mark that is not a number are refused by name") {
    auto ragged = core::analyseItems({{"I1", 1.0, {1, 0, 1}}, {"I2", 1.0, {1, 0}}});
    REQUIRE_FALSE(ragged.has_value());
    CHECK_THAT(ragged.error().summary(), Catch::Contains("item \"I2\" has 2 marks") && Catch::Contains("one mark per candidate"));
    auto noMax = core::analyseItems({{"I1", 1.0, {1, 0}}, {"deduction", 0.0, {0, 0}}});
    REQUIRE_FALSE(noMax.has_value());
    CHECK_THAT(noMax.error().summary(), Catch::Contains("item \"deduction\" has max mark 0"));
    auto notANumber = core::analyseItems({{"I1", 1.0, {1, std::nan("")}}});
    REQUIRE_FALSE(notANumber.has_value());
    CHECK_THAT(notANumber.error().summary(), Catch::Contains("item \"I1\" has a mark that is not a number for candidate 2"));
}
