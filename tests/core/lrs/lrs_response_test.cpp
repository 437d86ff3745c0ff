// LRS answers and the retry schedule: which answers mean "stored", "held
// already", "refused for good", "bad credentials" or "try later".
#include "lrs/lrs_response.hpp"

#include <catch2/catch.hpp>

TEST_CASE("lrs answers: stored, held already, refused, bad credentials, later") {
    using core::LrsOutcome;
    CHECK(core::classifyLrsResponse(200) == LrsOutcome::Accepted);
    CHECK(core::classifyLrsResponse(204) == LrsOutcome::Accepted);
    CHECK(core::classifyLrsResponse(409) == LrsOutcome::AlreadyHeld); // xAPI: an id the LRS holds with other content
    CHECK(core::classifyLrsResponse(400) == LrsOutcome::Refused);
    CHECK(core::classifyLrsResponse(413) == LrsOutcome::Refused);
    CHECK(core::classifyLrsResponse(401) == LrsOutcome::AuthFailed);
    CHECK(core::classifyLrsResponse(403) == LrsOutcome::AuthFailed);
    CHECK(core::classifyLrsResponse(408) == LrsOutcome::RetryLater);
    CHECK(core::classifyLrsResponse(429) == LrsOutcome::RetryLater);
    CHECK(core::classifyLrsResponse(500) == LrsOutcome::RetryLater);
    CHECK(core::classifyLrsResponse(503) == LrsOutcome::RetryLater);
    CHECK(core::classifyLrsResponse(302) == LrsOutcome::RetryLater);
    CHECK(core::classifyLrsResponse(std::nullopt) == LrsOutcome::RetryLater); // no answer at all
}

TEST_CASE("lrs error messages: Learning Locker's message or warnings, else the body's start") {
    // Bodies as Learning Locker's statement service sends them (seen from it in the push tests).
    CHECK(core::lrsErrorMessage(409, R"({"errorId":"e1","message":"1111 is conflicting"})") == "HTTP 409: 1111 is conflicting");
    CHECK(core::lrsErrorMessage(400, R"({"errorId":"e2","warnings":["Problem in 'statements.0.verb.id'. Received '\"x\"'"]})") ==
          R"(HTTP 400: "Problem in 'statements.0.verb.id'. Received '\"x\"'")");
    CHECK(core::lrsErrorMessage(502, "Bad gateway\nnginx") == "HTTP 502: Bad gateway nginx");
    CHECK(core::lrsErrorMessage(500, "") == "HTTP 500");
    CHECK(core::lrsErrorMessage(400, std::string(1000, 'x')).size() == std::string("HTTP 400: ").size() + 300 + 3);
}

TEST_CASE("lrs backoff: no wait before the first try, then doubling up to the cap") {
    const core::BackoffPolicy p{6, std::chrono::milliseconds{1000}, std::chrono::milliseconds{5000}};
    using ms = std::chrono::milliseconds;
    CHECK(core::backoffDelay(p, 1) == ms{0});
    CHECK(core::backoffDelay(p, 2) == ms{1000});
    CHECK(core::backoffDelay(p, 3) == ms{2000});
    CHECK(core::backoffDelay(p, 4) == ms{4000});
    CHECK(core::backoffDelay(p, 5) == ms{5000}); // 8000 capped
    CHECK(core::backoffDelay(p, 60) == ms{5000}); // no overflow on a long run
}
