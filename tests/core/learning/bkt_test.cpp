// Bayesian Knowledge Tracing: one update step and the prediction, worked by hand.
#include "learning/bkt.hpp"

#include <catch2/catch.hpp>

TEST_CASE("BKT update after a correct and after a wrong answer from the prior") {
    const core::BktParams params; // prior 0.2, learn 0.15, guess 0.33, slip 0.1
    // Correct: P(L|right) = 0.2*0.9 / (0.2*0.9 + 0.8*0.33) = 0.18 / 0.444 = 0.405405;
    // then learning: 0.405405 + (1 - 0.405405) * 0.15 = 0.405405 + 0.089189 = 0.494595.
    CHECK(core::bktUpdate(params, 0.2, true) == Approx(0.494595).epsilon(1e-5));
    // Wrong: P(L|wrong) = 0.2*0.1 / (0.2*0.1 + 0.8*0.67) = 0.02 / 0.556 = 0.035971;
    // then 0.035971 + 0.964029 * 0.15 = 0.035971 + 0.144604 = 0.180576.
    CHECK(core::bktUpdate(params, 0.2, false) == Approx(0.180576).epsilon(1e-5));
}

TEST_CASE("BKT parameters each move the estimate") {
    core::BktParams params;
    params.learn = 0.0; // no learning transition: only the posterior 0.405405 remains
    CHECK(core::bktUpdate(params, 0.2, true) == Approx(0.405405).epsilon(1e-5));
    params.guess = 0.5; // a likelier guess makes a right answer weaker evidence: 0.18 / (0.18 + 0.4) = 0.310345
    CHECK(core::bktUpdate(params, 0.2, true) == Approx(0.310345).epsilon(1e-5));
    params.slip = 0.3; // 0.2*0.7 / (0.14 + 0.4) = 0.259259
    CHECK(core::bktUpdate(params, 0.2, true) == Approx(0.259259).epsilon(1e-5));
}

TEST_CASE("BKT predicted correctness mixes slip and guess") {
    const core::BktParams params;
    // 0.2 * (1 - 0.1) + 0.8 * 0.33 = 0.18 + 0.264 = 0.444
    CHECK(core::bktPredictCorrect(params, 0.2) == Approx(0.444));
    CHECK(core::bktPredictCorrect(params, 1.0) == Approx(0.9));
    CHECK(core::bktPredictCorrect(params, 0.0) == Approx(0.33));
}

TEST_CASE("BKT mastery rises with a run of correct answers and stays below 1") {
    const core::BktParams params;
    double mastery = params.prior;
    for (int i = 0; i < 10; ++i) {
        const double next = core::bktUpdate(params, mastery, true);
        CHECK(next > mastery);
        mastery = next;
    }
    CHECK(mastery < 1.0);
    CHECK(mastery > 0.99);
}

TEST_CASE("BKT parameters are checked") {
    CHECK(core::checkBktParams(core::BktParams{}).has_value());
    core::BktParams bad;
    bad.slip = 1.0;
    const auto slip = core::checkBktParams(bad);
    REQUIRE_FALSE(slip.has_value());
    CHECK(slip.error().summary().find("slip") != std::string::npos);
    bad = {};
    bad.guess = 0.6;
    bad.slip = 0.5;
    const auto sum = core::checkBktParams(bad);
    REQUIRE_FALSE(sum.has_value());
    CHECK(sum.error().summary().find("guess + slip") != std::string::npos);
}
