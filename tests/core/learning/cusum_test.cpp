// LC-CUSUM and the monitoring CUSUM: steps, decision limit and signals worked by hand.
#include "learning/cusum.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

namespace cusum_test_detail {

std::vector<bool> successes(std::size_t count) { return std::vector<bool>(count, false); }

} // namespace cusum_test_detail

TEST_CASE("LC-CUSUM steps and decision limit for p0 0.10, p1 0.30, alpha 0.05, beta 0.20") {
    const core::CusumParams params;
    const auto chart = core::learningCusum(params, {});
    // success: ln((1 - 0.10) / (1 - 0.30)) = ln(1.285714) = 0.251314
    CHECK(chart.successStep == Approx(0.251314).epsilon(1e-5));
    // failure: ln(0.10 / 0.30) = ln(1/3) = -1.098612
    CHECK(chart.failureStep == Approx(-1.098612).epsilon(1e-5));
    // Wald: h = ln((1 - beta) / alpha) = ln(0.8 / 0.05) = ln 16 = 2.772589
    CHECK(chart.decisionLimit == Approx(2.772589).epsilon(1e-5));
    CHECK(core::cusumDecisionLimit(params) == Approx(2.772589).epsilon(1e-5));
    CHECK(chart.values.empty());
    CHECK_FALSE(chart.proficientAt.has_value());
}

TEST_CASE("LC-CUSUM crosses h on the twelfth straight success") {
    // 11 * 0.251314 = 2.764454 < 2.772589; 12 * 0.251314 = 3.015768 >= h.
    const auto eleven = core::learningCusum(core::CusumParams{}, cusum_test_detail::successes(11));
    CHECK(eleven.values.back() == Approx(2.764454).epsilon(1e-5));
    CHECK_FALSE(eleven.proficientAt.has_value());
    const auto twelve = core::learningCusum(core::CusumParams{}, cusum_test_detail::successes(12));
    REQUIRE(twelve.proficientAt.has_value());
    CHECK(*twelve.proficientAt == 11);
    CHECK(twelve.values.back() == Approx(3.015768).epsilon(1e-5));
}

TEST_CASE("LC-CUSUM is floored at zero and a failure costs about four successes") {
    // S, S, F: 0.251314, 0.502628, max(0, 0.502628 - 1.098612) = 0; then S: 0.251314.
    const auto chart = core::learningCusum(core::CusumParams{}, {false, false, true, false});
    REQUIRE(chart.values.size() == 4);
    CHECK(chart.values[0] == Approx(0.251314).epsilon(1e-5));
    CHECK(chart.values[1] == Approx(0.502628).epsilon(1e-5));
    CHECK(chart.values[2] == 0.0);
    CHECK(chart.values[3] == Approx(0.251314).epsilon(1e-5));
}

TEST_CASE("after proficiency the monitoring CUSUM signals a relapse on the third straight failure and restarts") {
    // 12 successes reach proficiency at index 11; the monitoring chart starts at 0:
    // failure adds ln(0.30/0.10) = 1.098612, success subtracts 0.251314.
    // F: 1.098612, F: 2.197225 (< h), F: 3.295837 >= 2.772589 -> relapse at index 14, restart at 0.
    // Then F, F: 1.098612, 2.197225 (no signal); S: 1.945910.
    auto failures = cusum_test_detail::successes(12);
    for (const bool failed : {true, true, true, true, true, false}) {
        failures.push_back(failed);
    }
    const auto chart = core::learningCusum(core::CusumParams{}, failures);
    REQUIRE(chart.proficientAt == std::optional<std::size_t>(11));
    REQUIRE(chart.values.size() == 18);
    CHECK(chart.values[12] == Approx(1.098612).epsilon(1e-5));
    CHECK(chart.values[13] == Approx(2.197225).epsilon(1e-5));
    CHECK(chart.values[14] == Approx(3.295837).epsilon(1e-5));
    CHECK(chart.values[15] == Approx(1.098612).epsilon(1e-5));
    CHECK(chart.values[16] == Approx(2.197225).epsilon(1e-5));
    CHECK(chart.values[17] == Approx(1.945910).epsilon(1e-5));
    CHECK(chart.relapses == std::vector<std::size_t>{14});
}

TEST_CASE("alpha and beta set the decision limit and so when proficiency is reached") {
    core::CusumParams strict;
    strict.alpha = 0.01; // h = ln(0.8 / 0.01) = ln 80 = 4.382027: ceil(4.382027 / 0.251314) = 18 successes
    CHECK(core::cusumDecisionLimit(strict) == Approx(4.382027).epsilon(1e-5));
    const auto chart = core::learningCusum(strict, cusum_test_detail::successes(18));
    REQUIRE(chart.proficientAt.has_value());
    CHECK(*chart.proficientAt == 17);
    core::CusumParams lenient;
    lenient.beta = 0.5; // h = ln(0.5 / 0.05) = ln 10 = 2.302585: ceil(2.302585 / 0.251314) = 10 successes
    CHECK(core::learningCusum(lenient, cusum_test_detail::successes(10)).proficientAt ==
          std::optional<std::size_t>(9));
    core::CusumParams wider;
    wider.unacceptableFailureRate = 0.5; // success step ln(0.9 / 0.5) = 0.587787: ceil(2.772589 / 0.587787) = 5
    CHECK(core::learningCusum(wider, cusum_test_detail::successes(5)).proficientAt ==
          std::optional<std::size_t>(4));
}

TEST_CASE("CUSUM parameters are checked") {
    CHECK(core::checkCusumParams(core::CusumParams{}).has_value());
    core::CusumParams swapped;
    swapped.acceptableFailureRate = 0.3;
    swapped.unacceptableFailureRate = 0.1;
    const auto rates = core::checkCusumParams(swapped);
    REQUIRE_FALSE(rates.has_value());
    CHECK(rates.error().summary().find("acceptable < unacceptable") != std::string::npos);
    core::CusumParams errors;
    errors.alpha = 0.6;
    errors.beta = 0.5;
    const auto sum = core::checkCusumParams(errors);
    REQUIRE_FALSE(sum.has_value());
    CHECK(sum.error().summary().find("alpha + beta") != std::string::npos);
    errors.alpha = 0.0;
    CHECK_FALSE(core::checkCusumParams(errors).has_value());
}
