// Draining the outbox against a scripted LRS: retries with backoff, a down
// LRS, refusals isolated to the bad statement, 409 as delivered, bad
// credentials. Answers are scripted per try, so each count below follows
// from the script, worked out in the comments.
#include "lrs/lrs_push.hpp"

#include <catch2/catch.hpp>

#include <deque>
#include <unistd.h>

namespace lrs_push_test {

struct TempRoot {
    std::filesystem::path path = std::filesystem::temp_directory_path() / ("mn-lrs-push-" + std::to_string(::getpid()));
    TempRoot() { std::filesystem::remove_all(path); }
    ~TempRoot() { std::filesystem::remove_all(path); }
};

core::Json batch(std::initializer_list<const char*> ids) {
    core::Json a = core::Json::array();
    for (const char* id : ids) a.push_back({{"id", id}});
    return a;
}

// Answers in order; when they run out, every further try gets `otherwise`.
struct ScriptedLrs {
    std::deque<core::LrsReply> answers;
    core::LrsReply otherwise{200, "[]", ""};
    std::vector<std::string> bodies;
    core::LrsSend sender() {
        return [this](const std::string& body) {
            bodies.push_back(body);
            if (answers.empty()) return otherwise;
            auto a = answers.front();
            answers.pop_front();
            return a;
        };
    }
};

struct RecordedSleeps {
    std::vector<long> ms;
    core::LrsSleep sleeper() {
        return [this](std::chrono::milliseconds d) { ms.push_back(static_cast<long>(d.count())); };
    }
};

const core::BackoffPolicy kPolicy{3, std::chrono::milliseconds{100}, std::chrono::milliseconds{1000}};
const core::LrsReply kDown{std::nullopt, "", "Connection refused"};

} // namespace lrs_push_test

TEST_CASE("lrs push: every batch accepted empties the outbox") {
    lrs_push_test::TempRoot root;
    const core::LrsOutbox outbox(root.path);
    REQUIRE(outbox.add(lrs_push_test::batch({"a", "b"}), "one.xapi.json").has_value());
    REQUIRE(outbox.add(lrs_push_test::batch({"c"}), "two.xapi.json").has_value());
    lrs_push_test::ScriptedLrs lrs;
    lrs_push_test::RecordedSleeps sleeps;
    const auto s = core::pushOutbox(outbox, lrs.sender(), lrs_push_test::kPolicy, sleeps.sleeper());
    CHECK(s.sent == 3);
    CHECK(s.allDelivered());
    CHECK(lrs.bodies.size() == 2); // one POST per batch
    CHECK(sleeps.ms.empty());
    CHECK(outbox.pending()->empty());
    CHECK(core::describe(s) == "3 sent, 0 already held, 0 refused, 0 left in the outbox");
}

TEST_CASE("lrs push: a 503 then a 200 is retried after the first backoff") {
    lrs_push_test::TempRoot root;
    const core::LrsOutbox outbox(root.path);
    REQUIRE(outbox.add(lrs_push_test::batch({"a"}), "one.xapi.json").has_value());
    lrs_push_test::ScriptedLrs lrs;
    lrs.answers = {{503, "busy", ""}};
    lrs_push_test::RecordedSleeps sleeps;
    const auto s = core::pushOutbox(outbox, lrs.sender(), lrs_push_test::kPolicy, sleeps.sleeper());
    CHECK(s.sent == 1);
    CHECK(s.allDelivered());
    CHECK(sleeps.ms == std::vector<long>{100});
}

TEST_CASE("lrs push: a down LRS gets maxAttempts tries, then the run stops and everything stays queued") {
    lrs_push_test::TempRoot root;
    const core::LrsOutbox outbox(root.path);
    REQUIRE(outbox.add(lrs_push_test::batch({"a", "b"}), "one.xapi.json").has_value());
    REQUIRE(outbox.add(lrs_push_test::batch({"c"}), "two.xapi.json").has_value());
    lrs_push_test::ScriptedLrs lrs;
    lrs.otherwise = lrs_push_test::kDown;
    lrs_push_test::RecordedSleeps sleeps;
    const auto s = core::pushOutbox(outbox, lrs.sender(), lrs_push_test::kPolicy, sleeps.sleeper());
    // Three tries on the first batch (waits 100, 200); the second is not tried.
    CHECK(lrs.bodies.size() == 3);
    CHECK(sleeps.ms == std::vector<long>{100, 200});
    CHECK(s.left == 3);
    CHECK(s.sent == 0);
    CHECK_FALSE(s.allDelivered());
    REQUIRE_FALSE(s.problems.empty());
    CHECK_THAT(s.problems[0], Catch::Contains("no answer: Connection refused") && Catch::Contains("kept in the outbox"));
    CHECK(outbox.pending()->size() == 2);
    CHECK(outbox.refused()->empty());
}

TEST_CASE("lrs push: a refused batch is split, the good statements are stored, only the bad one is set aside") {
    lrs_push_test::TempRoot root;
    const core::LrsOutbox outbox(root.path);
    REQUIRE(outbox.add(lrs_push_test::batch({"a", "bad", "c"}), "one.xapi.json").has_value());
    lrs_push_test::ScriptedLrs lrs;
    // The batch: 400. Then one at a time: a 200, bad 400, c 200.
    lrs.answers = {{400, R"({"warnings":["Problem in 'statements.1.verb.id'"]})", ""}, {200, "[]", ""},
                   {400, R"({"warnings":["Problem in 'statements.0.verb.id'"]})", ""}, {200, "[]", ""}};
    lrs_push_test::RecordedSleeps sleeps;
    const auto s = core::pushOutbox(outbox, lrs.sender(), lrs_push_test::kPolicy, sleeps.sleeper());
    CHECK(lrs.bodies.size() == 4); // never retried: a 400 is final
    CHECK(lrs.bodies[2] == R"([{"id":"bad"}])");
    CHECK(s.sent == 2);
    CHECK(s.refused == 1);
    CHECK(outbox.pending()->empty());
    const auto refused = outbox.refused();
    REQUIRE(refused->size() == 1);
    CHECK((*refused)[0].statementCount == 1);
    CHECK_THAT((*refused)[0].reason, Catch::Contains("statement bad: HTTP 400") && Catch::Contains("statements.0.verb.id"));
    // The next drain has nothing to send: the refused statement is not retried.
    const auto next = core::pushOutbox(outbox, lrs.sender(), lrs_push_test::kPolicy, sleeps.sleeper());
    CHECK(lrs.bodies.size() == 4);
    CHECK(next.allDelivered());
}

TEST_CASE("lrs push: 409 for a batch means some id is held, and each statement alone is stored or found held") {
    lrs_push_test::TempRoot root;
    const core::LrsOutbox outbox(root.path);
    REQUIRE(outbox.add(lrs_push_test::batch({"held", "new"}), "one.xapi.json").has_value());
    lrs_push_test::ScriptedLrs lrs;
    lrs.answers = {{409, R"({"message":"held is conflicting"})", ""}, {409, R"({"message":"held is conflicting"})", ""}, {200, "[]", ""}};
    lrs_push_test::RecordedSleeps sleeps;
    const auto s = core::pushOutbox(outbox, lrs.sender(), lrs_push_test::kPolicy, sleeps.sleeper());
    CHECK(s.alreadyHeld == 1);
    CHECK(s.sent == 1);
    CHECK(s.allDelivered());
    CHECK(outbox.pending()->empty());
}

TEST_CASE("lrs push: bad credentials stop the run and keep every statement") {
    lrs_push_test::TempRoot root;
    const core::LrsOutbox outbox(root.path);
    REQUIRE(outbox.add(lrs_push_test::batch({"a"}), "one.xapi.json").has_value());
    REQUIRE(outbox.add(lrs_push_test::batch({"b"}), "two.xapi.json").has_value());
    lrs_push_test::ScriptedLrs lrs;
    lrs.otherwise = {401, R"({"message":"Unauthorised"})", ""};
    lrs_push_test::RecordedSleeps sleeps;
    const auto s = core::pushOutbox(outbox, lrs.sender(), lrs_push_test::kPolicy, sleeps.sleeper());
    CHECK(lrs.bodies.size() == 1); // not retried, not tried on the second batch
    CHECK(s.authFailed);
    CHECK(s.left == 2);
    CHECK_THAT(s.problems.at(0), Catch::Contains("HTTP 401: Unauthorised") && Catch::Contains("check username and password"));
    CHECK(outbox.pending()->size() == 2);
    CHECK(outbox.refused()->empty());
}
