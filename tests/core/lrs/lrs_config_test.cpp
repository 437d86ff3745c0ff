// LRS settings: the JSON shape, endpoint checks, and a config file that
// others may read is refused (it holds a password).
#include "lrs/lrs_config.hpp"

#include "platform/atomic_file.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

TEST_CASE("lrs config: endpoint, username and password, the endpoint optional") {
    const auto full = core::parseLrsConfig(R"({"endpoint": "https://lrs.example.org/xAPI/", "username": "k", "password": "s"})", "lrs.json");
    REQUIRE(full.has_value());
    CHECK(full->endpoint == "https://lrs.example.org/xAPI"); // trailing slash dropped
    CHECK(full->username == "k");
    CHECK(full->password == "s");
    const auto noEndpoint = core::parseLrsConfig(R"({"username": "k", "password": "s"})", "fd 3");
    REQUIRE(noEndpoint.has_value());
    CHECK(noEndpoint->endpoint.empty());
}

TEST_CASE("lrs config: wrong shapes name the source and what is wrong") {
    auto problem = [](const std::string& text) {
        const auto r = core::parseLrsConfig(text, "lrs.json");
        REQUIRE_FALSE(r.has_value());
        return r.error().summary();
    };
    CHECK_THAT(problem("[1]"), Catch::Contains("lrs.json: expected a JSON object"));
    CHECK_THAT(problem(R"({"username": "k"})"), Catch::Contains("\"username\" and \"password\" are both needed"));
    CHECK_THAT(problem(R"({"username": "k", "password": 5})"), Catch::Contains("\"password\" must be a string"));
    CHECK_THAT(problem(R"({"username": "k", "password": "s", "pasword": "x"})"), Catch::Contains("unknown key \"pasword\""));
    CHECK_THAT(problem(R"({"username": "k", "password": "s", "endpoint": "ftp://x"})"), Catch::Contains("not an http:// or https:// URL"));
}

TEST_CASE("lrs endpoint: a pasted .../statements URL is taken as its base") {
    CHECK(core::normaliseLrsEndpoint("http://127.0.0.1:8080/xAPI/statements").value() == "http://127.0.0.1:8080/xAPI");
    CHECK_FALSE(core::normaliseLrsEndpoint("lrs.example.org").has_value());
    CHECK_FALSE(core::normaliseLrsEndpoint("http://a b").has_value());
}

TEST_CASE("lrs config file: missing means not configured, readable by others is refused, 0600 loads") {
    const auto dir = std::filesystem::temp_directory_path() / ("mn-lrs-config-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    const auto path = dir / "lrs.json";
    const auto missing = core::loadLrsConfigFile(path);
    REQUIRE(missing.has_value());
    CHECK_FALSE(missing->has_value());

    REQUIRE(core::writeFileAtomically(path, R"({"endpoint": "http://127.0.0.1:1/xAPI", "username": "k", "password": "s"})", 0644).has_value());
    const auto open = core::loadLrsConfigFile(path);
    REQUIRE_FALSE(open.has_value());
    CHECK_THAT(open.error().summary(), Catch::Contains("group or others may read it; run: chmod 600"));

    REQUIRE(::chmod(path.c_str(), 0640) == 0); // group-readable is refused too
    CHECK_FALSE(core::loadLrsConfigFile(path).has_value());

    REQUIRE(::chmod(path.c_str(), 0600) == 0);
    const auto ok = core::loadLrsConfigFile(path);
    REQUIRE(ok.has_value());
    REQUIRE(ok->has_value());
    CHECK((*ok)->username == "k");
    std::filesystem::remove_all(dir);
}
