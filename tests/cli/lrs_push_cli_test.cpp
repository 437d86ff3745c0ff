// `mntrainer lrs push` against a real LRS (Learning Locker's statement
// service, in memory): a hand-in pushes by itself, a re-push stores nothing
// twice, a down LRS keeps the statements in the outbox until it is back, and
// a refused statement is reported, set aside and not sent again.
#include "exam_sitting.hpp"
#include "lrs_server.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

namespace lrs_push_cli_test {

using testing_support::shellQuote;

std::set<std::string> ids(const nlohmann::json& statements) {
    std::set<std::string> out;
    for (const auto& s : statements) out.insert(s["id"].get<std::string>());
    return out;
}

// Hands in a sitting that answers case 1 only; returns the exports folder.
std::filesystem::path handIn(const lrs_testing::LrsUser& user, testing_support::ProcessResult& result) {
    const auto out = user.dir.path() / "results";
    const auto script = user.dir.write("answers.txt", "case 1\ndecide defer\nsubmit-exam\n");
    // The proctor's signing key, so the hand-in can sign its exports.
    const auto pass = user.dir.write("proctor.pass", "lrs test passphrase\n");
    const std::string unlock = " --passphrase-file " + shellQuote(pass.string());
    if (!std::filesystem::exists(user.dir.path() / "data/mntrainer/keys")) {
        const auto init = user.run("keys init --kdf-cost interactive" + unlock);
        REQUIRE(init.exitCode == 0);
    }
    result = user.run("exam run " + exam_testing::startArgs() + " --script " + shellQuote(script.string()) + " --export-dir " +
                      shellQuote(out.string()) + unlock);
    return out;
}

nlohmann::json exportedStatements(const std::filesystem::path& exports) {
    for (const auto& e : std::filesystem::directory_iterator(exports)) {
        if (e.path().filename().string().ends_with(".xapi.json")) return nlohmann::json::parse(testing_support::readFile(e.path()));
    }
    FAIL("no .xapi.json in " << exports);
    return {};
}

} // namespace lrs_push_cli_test

TEST_CASE("lrs: a hand-in pushes its statements, and pushing the files again stores nothing twice", "[lrs]") {
    lrs_testing::LocalLrs lrs;
    lrs_testing::LrsUser user;
    user.configure(lrs.base());
    testing_support::ProcessResult handedIn;
    const auto exports = lrs_push_cli_test::handIn(user, handedIn);
    INFO(handedIn.err);
    REQUIRE(handedIn.exitCode == 0);
    CHECK_THAT(handedIn.err, Catch::Contains("5 sent, 0 already held, 0 refused, 0 left in the outbox"));
    const auto file = lrs_push_cli_test::exportedStatements(exports);
    auto held = lrs.statements();
    CHECK(held.size() == 5); // the exam statement and one per case (four cases)
    CHECK(lrs_push_cli_test::ids(held) == lrs_push_cli_test::ids(file));
    CHECK(user.status()["pending"].empty());

    // The same folder again: the LRS ignores ids it holds with the same content.
    const auto again = user.run("lrs push " + lrs_push_cli_test::shellQuote(exports.string()));
    INFO(again.err);
    CHECK(again.exitCode == 0);
    CHECK_THAT(again.out, Catch::Contains("5 sent, 0 already held, 0 refused, 0 left in the outbox"));
    held = lrs.statements();
    CHECK(held.size() == 5);
    CHECK(lrs_push_cli_test::ids(held) == lrs_push_cli_test::ids(file));
}

TEST_CASE("lrs: with the LRS down the hand-in still succeeds, the statements wait in the outbox and drain when it is back", "[lrs]") {
    const int port = lrs_testing::freePort();
    const std::string base = "http://127.0.0.1:" + std::to_string(port) + "/xAPI";
    lrs_testing::LrsUser user;
    user.configure(base);
    testing_support::ProcessResult handedIn;
    const auto exports = lrs_push_cli_test::handIn(user, handedIn);
    INFO(handedIn.err);
    REQUIRE(handedIn.exitCode == 0); // the push never fails the hand-in
    CHECK_THAT(handedIn.err, Catch::Contains("warning: LRS " + base + ": 0 sent, 0 already held, 0 refused, 5 left in the outbox"));
    CHECK_THAT(handedIn.err, Catch::Contains("no answer"));
    CHECK(std::filesystem::exists(exports)); // results written whatever the LRS does
    auto status = user.status();
    REQUIRE(status["pending"].size() == 1);
    CHECK(status["pending"][0]["statements"] == 5);

    // Still down: a drain with quick retries keeps everything and says so.
    const auto down = user.run("lrs push --max-attempts 3 --backoff-ms 20");
    CHECK(down.exitCode == 1);
    CHECK_THAT(down.out, Catch::Contains("0 sent, 0 already held, 0 refused, 5 left in the outbox"));
    CHECK(user.status()["pending"].size() == 1);

    // Back (as a restart would leave it: same address, empty store): the outbox drains.
    lrs_testing::LocalLrs lrs(port);
    REQUIRE(lrs.base() == base);
    const auto back = user.run("lrs push");
    INFO(back.err);
    CHECK(back.exitCode == 0);
    CHECK_THAT(back.out, Catch::Contains("5 sent, 0 already held, 0 refused, 0 left in the outbox"));
    CHECK(user.status()["pending"].empty());
    CHECK(lrs_push_cli_test::ids(lrs.statements()) == lrs_push_cli_test::ids(lrs_push_cli_test::exportedStatements(exports)));
}

TEST_CASE("lrs: a statement the LRS refuses is reported with its message, set aside, and not sent again", "[lrs]") {
    lrs_testing::LocalLrs lrs;
    lrs_testing::LrsUser user;
    user.configure(lrs.base());
    // Statements 1 and 3 are good; 2 has a verb id that is not an IRI.
    const auto good1 = lrs_testing::statementFile(user.dir, "in/a.xapi.json", 1, 1);
    const auto bad = lrs_testing::statementFile(user.dir, "in/b.xapi.json", 2, 1, "not an iri");
    const auto good3 = lrs_testing::statementFile(user.dir, "in/c.xapi.json", 3, 1);
    const auto r = user.run("lrs push " + lrs_push_cli_test::shellQuote((user.dir.path() / "in").string()));
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::Contains("2 sent, 0 already held, 1 refused, 0 left in the outbox"));
    CHECK_THAT(r.err, Catch::Contains("HTTP 400") && Catch::Contains("verb.id")); // Learning Locker's own words
    auto held = lrs.statements();
    CHECK(lrs_push_cli_test::ids(held) ==
          std::set<std::string>{"00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000003"});
    auto status = user.status();
    CHECK(status["pending"].empty());
    REQUIRE(status["refused"].size() == 1);
    CHECK(status["refused"][0]["file"].get<std::string>().starts_with("b.xapi."));
    CHECK_THAT(status["refused"][0]["reason"].get<std::string>(), Catch::Contains("HTTP 400"));

    // The next drain does not send it again; neither does pushing the same file.
    const auto drain = user.run("lrs push");
    CHECK(drain.exitCode == 0);
    CHECK_THAT(drain.out, Catch::Contains("0 sent, 0 already held, 0 refused, 0 left in the outbox"));
    const auto same = user.run("lrs push " + lrs_push_cli_test::shellQuote(bad.string()));
    CHECK(same.exitCode == 1);
    CHECK_THAT(same.err, Catch::Contains("refused these statements before"));
    CHECK(lrs.statements().size() == 2);
}

TEST_CASE("lrs: credentials from a file descriptor, --endpoint over the config, and wrong ones kept in the outbox", "[lrs]") {
    lrs_testing::LocalLrs lrs;
    lrs_testing::LrsUser user;
    const auto file = lrs_testing::statementFile(user.dir, "s.xapi.json", 10, 3);
    const auto wrong = user.dir.write("wrong.json", R"({"username": ")" + lrs_testing::kUser + R"(", "password": "not-it"})");
    const auto r = user.run("lrs push " + lrs_push_cli_test::shellQuote(file.string()) + " --endpoint " + lrs.base() +
                            " --credentials-fd 3 3<" + lrs_push_cli_test::shellQuote(wrong.string()));
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("HTTP 401") && Catch::Contains("check username and password"));
    CHECK(user.status()["pending"].size() == 1);
    CHECK(lrs.statements().empty());

    const auto right = user.dir.write("right.json", nlohmann::json{{"username", lrs_testing::kUser}, {"password", lrs_testing::kPassword}}.dump());
    const auto ok = user.run("lrs push --endpoint " + lrs.base() + " --credentials-fd 3 3<" + lrs_push_cli_test::shellQuote(right.string()));
    INFO(ok.err);
    CHECK(ok.exitCode == 0);
    CHECK(lrs.statements().size() == 3);
}

TEST_CASE("lrs: no credentials, an open config file and a bad file are refused before anything is sent", "[lrs]") {
    lrs_testing::LrsUser user;
    const auto file = lrs_testing::statementFile(user.dir, "s.xapi.json", 1, 1);
    const auto none = user.run("lrs push " + lrs_push_cli_test::shellQuote(file.string()));
    CHECK(none.exitCode == 1);
    CHECK_THAT(none.err, Catch::Contains("no LRS is configured") && Catch::Contains("lrs.json"));

    user.configure("http://127.0.0.1:9/xAPI");
    std::filesystem::permissions(user.dir.path() / "config/mntrainer/lrs.json", std::filesystem::perms::others_read, std::filesystem::perm_options::add);
    const auto open = user.run("lrs push " + lrs_push_cli_test::shellQuote(file.string()));
    CHECK(open.exitCode == 1);
    CHECK_THAT(open.err, Catch::Contains("group or others may read it; run: chmod 600"));

    user.configure("http://127.0.0.1:9/xAPI");
    const auto noId = user.dir.write("noid.xapi.json", R"([{"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}}])");
    const auto bad = user.run("lrs push " + lrs_push_cli_test::shellQuote(file.string()) + " " + lrs_push_cli_test::shellQuote(noId.string()));
    CHECK(bad.exitCode == 1);
    CHECK_THAT(bad.err, Catch::Contains("statement 1 has no \"id\"") && Catch::Contains("nothing was queued or sent"));
    CHECK_FALSE(std::filesystem::exists(user.outbox()));
}
