// The LRS outbox on disk: what a batch must hold, queueing the same file
// once, and what markSent and markRefused leave behind.
#include "lrs/lrs_outbox.hpp"

#include <catch2/catch.hpp>

#include <fstream>

#include <unistd.h>

namespace lrs_outbox_test {

struct TempRoot {
    std::filesystem::path path = std::filesystem::temp_directory_path() / ("mn-lrs-outbox-" + std::to_string(::getpid()));
    TempRoot() { std::filesystem::remove_all(path); }
    ~TempRoot() { std::filesystem::remove_all(path); }
};

core::Json statement(const std::string& id) { return {{"id", id}, {"verb", {{"id", "http://adlnet.gov/expapi/verbs/answered"}}}}; }

} // namespace lrs_outbox_test

TEST_CASE("statement batches: an array or one object, each statement with its own id") {
    const auto two = core::parseStatementBatch(R"([{"id": "a"}, {"id": "b"}])", "x.xapi.json");
    REQUIRE(two.has_value());
    CHECK(two->size() == 2);
    const auto one = core::parseStatementBatch(R"({"id": "a"})", "x.xapi.json");
    REQUIRE(one.has_value());
    CHECK(one->is_array()); // wrapped, so it posts the same way
    auto problem = [](const std::string& text) {
        const auto r = core::parseStatementBatch(text, "x.xapi.json");
        REQUIRE_FALSE(r.has_value());
        return r.error().summary();
    };
    CHECK_THAT(problem("not json"), Catch::Contains("x.xapi.json: not JSON"));
    CHECK_THAT(problem("[]"), Catch::Contains("expected a JSON array of xAPI statements"));
    CHECK_THAT(problem("[1]"), Catch::Contains("statement 1 is not a JSON object"));
    CHECK_THAT(problem(R"([{"id": "a"}, {"verb": {}}])"), Catch::Contains("statement 2 has no \"id\""));
    CHECK_THAT(problem(R"([{"id": "a"}, {"id": 7}])"), Catch::Contains("statement 2 has no \"id\""));
    CHECK_THAT(problem(R"([{"id": "a"}, {"id": "a"}])"), Catch::Contains("statement 2 repeats the id a"));
}

TEST_CASE("outbox: the same batch queued twice is one entry, another batch is another") {
    lrs_outbox_test::TempRoot root;
    const core::LrsOutbox outbox(root.path);
    const core::Json batch = core::Json::array({lrs_outbox_test::statement("a"), lrs_outbox_test::statement("b")});
    const auto first = outbox.add(batch, "exports/exam-S-1-20261120T094130Z.xapi.json");
    REQUIRE(first.has_value());
    CHECK(first->added == core::LrsOutbox::Added::Queued);
    CHECK(first->name.starts_with("exam-S-1-20261120T094130Z.xapi."));
    const auto again = outbox.add(batch, "exports/exam-S-1-20261120T094130Z.xapi.json");
    REQUIRE(again.has_value());
    CHECK(again->name == first->name);
    REQUIRE(outbox.add(core::Json::array({lrs_outbox_test::statement("c")}), "other.xapi.json").has_value());
    const auto pending = outbox.pending();
    REQUIRE(pending.has_value());
    REQUIRE(pending->size() == 2);
    std::size_t statements = 0;
    for (const auto& e : *pending) statements += e.statements.size();
    CHECK(statements == 3);
    // The outbox holds statements but may hold personal data: owner-only.
    const auto perms = std::filesystem::status(root.path / "outbox" / first->name).permissions();
    CHECK((perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) == std::filesystem::perms::none);
}

TEST_CASE("outbox: markSent forgets an entry, markRefused keeps the refused statements and the reason") {
    lrs_outbox_test::TempRoot root;
    const core::LrsOutbox outbox(root.path);
    REQUIRE(outbox.add(core::Json::array({lrs_outbox_test::statement("a")}), "sent.xapi.json").has_value());
    const auto refusedBatch = core::Json::array({lrs_outbox_test::statement("b"), lrs_outbox_test::statement("c")});
    const auto queued = outbox.add(refusedBatch, "bad.xapi.json");
    REQUIRE(queued.has_value());
    auto pending = outbox.pending();
    REQUIRE(pending.has_value());
    REQUIRE(pending->size() == 2); // sorted by name: bad..., sent...
    REQUIRE(outbox.markRefused((*pending)[0], core::Json::array({lrs_outbox_test::statement("c")}), "statement c: HTTP 400: bad verb").has_value());
    REQUIRE(outbox.markSent((*pending)[1]).has_value());
    pending = outbox.pending();
    REQUIRE(pending.has_value());
    CHECK(pending->empty());
    const auto refused = outbox.refused();
    REQUIRE(refused.has_value());
    REQUIRE(refused->size() == 1);
    CHECK((*refused)[0].name == queued->name);
    CHECK((*refused)[0].statementCount == 1); // only c; b was stored
    CHECK((*refused)[0].reason == "statement c: HTTP 400: bad verb");
    // A refused batch is not queued again, so it is not resent on every push.
    const auto requeued = outbox.add(refusedBatch, "bad.xapi.json");
    REQUIRE(requeued.has_value());
    CHECK(requeued->added == core::LrsOutbox::Added::AlreadyRefused);
    CHECK(outbox.pending()->empty());
}

TEST_CASE("outbox: a hand-edited file that is no longer a batch stops the push with its name") {
    lrs_outbox_test::TempRoot root;
    const core::LrsOutbox outbox(root.path);
    std::filesystem::create_directories(root.path / "outbox");
    { std::ofstream(root.path / "outbox" / "broken.json") << "{\"id\""; }
    const auto pending = outbox.pending();
    REQUIRE_FALSE(pending.has_value());
    CHECK_THAT(pending.error().summary(), Catch::Contains("broken.json") && Catch::Contains("move it out of"));
}
