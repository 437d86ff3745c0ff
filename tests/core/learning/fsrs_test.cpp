// FSRS-6: first reviews, a recall, a lapse, same-day reviews and intervals, by
// hand from the published formulas and against fsrs-rs's own test figures.
#include "learning/fsrs.hpp"

#include <catch2/catch.hpp>

// With the defaults: decay d = w20 = 0.1542, factor = 0.9^(-1/d) - 1 = 0.980346,
// R(t, S) = (1 + factor t / S)^-d, D0(G) = w4 - e^(w5 (G-1)) + 1.

TEST_CASE("FSRS-6 default weights are the 21 published ones") {
    const auto params = core::fsrsDefaultParams();
    // fsrs-rs src/inference_v6.rs FSRS6_DEFAULT_PARAMETERS: first, w7 and the decay w20.
    CHECK(params.w[0] == 0.212);
    CHECK(params.w[7] == 0.001);
    CHECK(params.w[20] == 0.1542);
    CHECK(params.desiredRetention == 0.9);
    CHECK(core::checkFsrsParams(params).has_value());
}

TEST_CASE("FSRS first review for each rating") {
    const auto params = core::fsrsDefaultParams();
    // S0 = w[G-1]; D0(1) = w4 = 6.4133; D0(2) = 7.4133 - e^0.8334 = 7.4133 - 2.301129 = 5.112171;
    // D0(3) = 7.4133 - e^1.6668 = 7.4133 - 5.295196 = 2.118104; D0(4) = 7.4133 - e^2.5002 = -4.771631 -> clamped to 1.
    const auto again = core::fsrsInitialState(params, core::Rating::Again);
    CHECK(again.stability == Approx(0.212));
    CHECK(again.difficulty == Approx(6.4133));
    const auto hard = core::fsrsInitialState(params, core::Rating::Hard);
    CHECK(hard.stability == Approx(1.2931));
    CHECK(hard.difficulty == Approx(5.112171).epsilon(1e-5));
    const auto good = core::fsrsInitialState(params, core::Rating::Good);
    CHECK(good.stability == Approx(2.3065));
    CHECK(good.difficulty == Approx(2.118104).epsilon(1e-5));
    const auto easy = core::fsrsInitialState(params, core::Rating::Easy);
    CHECK(easy.stability == Approx(8.2956));
    CHECK(easy.difficulty == Approx(1.0));
}

TEST_CASE("FSRS retrievability matches fsrs-rs test_power_forgetting_curve") {
    // open-spaced-repetition/fsrs-rs src/model_v6.rs, test_power_forgetting_curve (FSRS-6 defaults):
    // (t, S) = (0,1) (1,2) (2,3) (3,4) (4,4) (5,2) -> 1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359.
    const auto params = core::fsrsDefaultParams();
    CHECK(core::fsrsRetrievability(params, 1.0, 0.0) == Approx(1.0));
    CHECK(core::fsrsRetrievability(params, 2.0, 1.0) == Approx(0.9403443).epsilon(1e-5));
    CHECK(core::fsrsRetrievability(params, 3.0, 2.0) == Approx(0.9253786).epsilon(1e-5));
    CHECK(core::fsrsRetrievability(params, 4.0, 3.0) == Approx(0.9185229).epsilon(1e-5));
    CHECK(core::fsrsRetrievability(params, 4.0, 4.0) == Approx(0.9).epsilon(1e-6));
    CHECK(core::fsrsRetrievability(params, 2.0, 5.0) == Approx(0.8261359).epsilon(1e-5));
}

TEST_CASE("FSRS recall step: Good then Good one day later") {
    const auto params = core::fsrsDefaultParams();
    const auto first = core::fsrsInitialState(params, core::Rating::Good); // S 2.3065, D 2.118104
    const auto next = core::fsrsNextState(params, first, 1.0, core::Rating::Good);
    // R = (1 + 0.980346 / 2.3065)^-0.1542 = 1.425036^-0.1542 = 0.946847.
    // S' = S (e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) + 1)
    //    = 2.3065 (6.502586 * 8.881896 * 0.870025 * 0.043217 + 1) = 2.3065 * 3.171601 = 7.315300.
    CHECK(next.stability == Approx(7.315300).epsilon(1e-5));
    // D: delta = -w6 (3 - 3) = 0, so D' = 2.118104; mean reversion
    // 0.001 * D0(4) + 0.999 * D' = 0.001 * -4.771631 + 0.999 * 2.118104 = 2.111214.
    CHECK(next.difficulty == Approx(2.111214).epsilon(1e-5));
}

TEST_CASE("FSRS lapse step: Good then Again three days later") {
    const auto params = core::fsrsDefaultParams();
    const auto first = core::fsrsInitialState(params, core::Rating::Good);
    const auto next = core::fsrsNextState(params, first, 3.0, core::Rating::Again);
    // R = (1 + 0.980346 * 3 / 2.3065)^-0.1542 = 2.275109^-0.1542 = 0.880948.
    // S'f = w11 D^-w12 ((S+1)^w13 - 1) e^(w14 (1 - R))
    //     = 1.4835 * 2.118104^-0.0614 * (3.3065^0.2629 - 1) * e^(1.6483 * 0.119052)
    //     = 1.4835 * 0.954964 * 0.369433 * 1.216815 = 0.636851,
    // below the ceiling S / e^(w17 w18) = 2.3065 / 1.050720 = 2.195161.
    CHECK(next.stability == Approx(0.636851).epsilon(1e-5));
    // D: delta = -w6 (1 - 3) = 6.0388; D' = 2.118104 + 6.0388 (10 - 2.118104) / 9 = 7.406727;
    // reverted 0.001 * -4.771631 + 0.999 * 7.406727 = 7.394550.
    CHECK(next.difficulty == Approx(7.394550).epsilon(1e-5));
}

TEST_CASE("FSRS lapse stability never exceeds the short-term ceiling") {
    const auto params = core::fsrsDefaultParams();
    // S 0.212, D 1, Again after 100 days: R = (1 + 0.980346 * 100 / 0.212)^-0.1542 = 463.427592^-0.1542 = 0.388066;
    // S'f = 1.4835 * 1^-0.0614 * (1.212^0.2629 - 1) * e^(1.6483 * 0.611934) = 1.4835 * 0.051848 * 2.741899 = 0.210896,
    // above the ceiling S / e^(w17 w18) = 0.212 / 1.050720 = 0.201766, so the ceiling wins.
    const core::MemoryState state{1.0, 0.212};
    CHECK(core::fsrsNextState(params, state, 100.0, core::Rating::Again).stability == Approx(0.201766).epsilon(1e-5));
}

TEST_CASE("FSRS second review one day later matches fsrs-rs test_forward") {
    // open-spaced-repetition/fsrs-rs src/model_v6.rs, test_forward: first review of each rating,
    // then the same rating one day later: S 0.10088589, 3.2494123, 7.3153, 18.014914;
    // D 8.806304, 6.7404594, 2.1112142, 1.0.
    const auto params = core::fsrsDefaultParams();
    const struct {
        core::Rating rating;
        double stability;
        double difficulty;
    } expected[] = {{core::Rating::Again, 0.10088589, 8.806304},
                    {core::Rating::Hard, 3.2494123, 6.7404594},
                    {core::Rating::Good, 7.3153, 2.1112142},
                    {core::Rating::Easy, 18.014914, 1.0}};
    for (const auto& row : expected) {
        const auto state = core::fsrsNextState(params, core::fsrsInitialState(params, row.rating), 1.0, row.rating);
        CHECK(state.stability == Approx(row.stability).epsilon(1e-5));
        CHECK(state.difficulty == Approx(row.difficulty).epsilon(1e-5));
    }
}

TEST_CASE("FSRS same-day review uses the short-term stability") {
    const auto params = core::fsrsDefaultParams();
    const auto first = core::fsrsInitialState(params, core::Rating::Good); // S 2.3065
    // S' = S e^(w17 (G - 3 + w18)) S^-w19, with S^-w19 = 2.3065^-0.0658 = 0.946494.
    // Again: e^(0.5425 * -1.9088) = 0.355040 -> 2.3065 * 0.355040 * 0.946494 = 0.775084.
    CHECK(core::fsrsNextState(params, first, 0.5, core::Rating::Again).stability == Approx(0.775084).epsilon(1e-5));
    // Good: e^(0.5425 * 0.0912) * 0.946494 = 1.050720 * 0.946494 = 0.994500 < 1, floored at 1: S stays 2.3065.
    CHECK(core::fsrsNextState(params, first, 0.5, core::Rating::Good).stability == Approx(2.3065));
    // Easy: e^(0.5425 * 1.0912) * 0.946494 = 1.807556 * 0.946494 = 1.710841 -> 2.3065 * 1.710841 = 3.946054.
    CHECK(core::fsrsNextState(params, first, 0.5, core::Rating::Easy).stability == Approx(3.946054).epsilon(1e-5));
    // The same rating a full day later is a recall, not short-term.
    CHECK(core::fsrsNextState(params, first, 1.0, core::Rating::Good).stability == Approx(7.315300).epsilon(1e-5));
}

TEST_CASE("FSRS interval follows the desired retention and the cap") {
    auto params = core::fsrsDefaultParams();
    // I = S / factor (r^(-1/d) - 1); at r = 0.9 it is S by construction: S = 10 -> 10 days.
    CHECK(core::fsrsIntervalDays(params, 10.0) == 10.0);
    // Rounded to whole days: S = 2.3065 -> 2.
    CHECK(core::fsrsIntervalDays(params, 2.3065) == 2.0);
    // r = 0.8: 0.8^-6.485084 = e^(0.223144 * 6.485084) = 4.250790; 10 / 0.980346 * 3.250790 = 33.16 -> 33.
    params.desiredRetention = 0.8;
    CHECK(core::fsrsIntervalDays(params, 10.0) == 33.0);
    // r = 0.97: 0.97^-6.485084 = 1.218390; 10 / 0.980346 * 0.218390 = 2.23 -> 2.
    params.desiredRetention = 0.97;
    CHECK(core::fsrsIntervalDays(params, 10.0) == 2.0);
    // At least one day: S = 0.212 at r 0.9 -> 0.212 -> 1.
    params.desiredRetention = 0.9;
    CHECK(core::fsrsIntervalDays(params, 0.212) == 1.0);
    // The cap caps it: 33 days at r 0.8 becomes 30.
    params.desiredRetention = 0.8;
    params.maximumIntervalDays = 30.0;
    CHECK(core::fsrsIntervalDays(params, 10.0) == 30.0);
}

TEST_CASE("FSRS parameters are checked") {
    auto params = core::fsrsDefaultParams();
    params.desiredRetention = 0.69;
    const auto low = core::checkFsrsParams(params);
    REQUIRE_FALSE(low.has_value());
    CHECK(low.error().summary().find("between 0.70 and 0.97") != std::string::npos);
    params.desiredRetention = 0.98;
    CHECK_FALSE(core::checkFsrsParams(params).has_value());
    params.desiredRetention = 0.97;
    CHECK(core::checkFsrsParams(params).has_value());
    params.maximumIntervalDays = 0.0;
    const auto cap = core::checkFsrsParams(params);
    REQUIRE_FALSE(cap.has_value());
    CHECK(cap.error().summary().find("maximum interval") != std::string::npos);
    params.maximumIntervalDays = 365.0;
    params.w[20] = 0.0;
    CHECK_FALSE(core::checkFsrsParams(params).has_value());
}
