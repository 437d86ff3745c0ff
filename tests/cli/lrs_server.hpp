// A real LRS for the push tests: Learning Locker's statement service (npm
// xapi-statements, pinned in tests/lrs/server), run in memory on 127.0.0.1.
// Without node or the installed package the test fails and says how to get
// them (./setup.sh test); it is never skipped.
#pragma once

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lrs_testing {

inline const std::string kServerDir = std::string(MN_SOURCE_ROOT) + "/tests/lrs/server";
inline const std::string kUser = "mn-test-key";
inline const std::string kPassword = "mn-test-secret";

// A port nothing listens on right now (the kernel's pick for port 0).
inline int freePort() {
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(s >= 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    socklen_t len = sizeof a;
    REQUIRE(::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0);
    ::close(s);
    return ntohs(a.sin_port);
}

inline void requireNodeAndServer() {
    const std::string node = MN_NODE_BIN;
    if (!std::filesystem::exists(node)) FAIL("node is missing: run ./setup.sh test, which installs Node.js and the LRS for these tests");
    if (!std::filesystem::exists(kServerDir + "/node_modules/xapi-statements/package.json")) {
        FAIL("the test LRS is not installed: run ./setup.sh test (npm ci in tests/lrs/server)");
    }
}

class LocalLrs {
public:
    // port 0: any free port.
    explicit LocalLrs(int port = 0) {
        requireNodeAndServer();
        const auto portFile = m_dir.path() / "base-url";
        m_process = std::make_unique<testing_support::BackgroundProcess>(
            "cd " + testing_support::shellQuote(kServerDir) + " && exec " + testing_support::shellQuote(MN_NODE_BIN) + " run_lrs.js " +
            testing_support::shellQuote(portFile.string()) + " " + kUser + " " + kPassword + (port > 0 ? " " + std::to_string(port) : "") +
            " 2>" + testing_support::shellQuote((m_dir.path() / "lrs.log").string()));
        // Loading the service takes a few seconds (it pulls in the AWS SDK).
        const bool up = testing_support::waitFor([&] { return std::filesystem::exists(portFile); }, 90.0);
        INFO(testing_support::readFile(m_dir.path() / "lrs.log"));
        REQUIRE(up);
        m_base = testing_support::readFile(portFile);
    }
    [[nodiscard]] const std::string& base() const { return m_base; }
    void stop() { m_process->killHard(); }
    // Every statement the LRS holds (GET /statements, all pages).
    [[nodiscard]] nlohmann::json statements() const {
        const auto r = testing_support::runShell("cd " + testing_support::shellQuote(kServerDir) + " && " + testing_support::shellQuote(MN_NODE_BIN) +
                                                 " query_lrs.js " + testing_support::shellQuote(m_base) + " " + kUser + " " + kPassword);
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return nlohmann::json::parse(r.out);
    }

private:
    testing_support::TempDir m_dir;
    std::unique_ptr<testing_support::BackgroundProcess> m_process;
    std::string m_base;
};

// mntrainer with its own XDG folders, and an lrs.json (mode 600) when asked.
struct LrsUser {
    testing_support::TempDir dir;
    std::string env() const {
        return "XDG_DATA_HOME=" + testing_support::shellQuote((dir.path() / "data").string()) +
               " XDG_CONFIG_HOME=" + testing_support::shellQuote((dir.path() / "config").string()) + " ";
    }
    testing_support::ProcessResult run(const std::string& args) const {
        return testing_support::runShell(env() + testing_support::shellQuote(MNTRAINER_BIN) + " " + args);
    }
    void configure(const std::string& endpoint) const {
        const auto path = dir.write("config/mntrainer/lrs.json",
                                    nlohmann::json{{"endpoint", endpoint}, {"username", kUser}, {"password", kPassword}}.dump());
        std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    }
    nlohmann::json status() const {
        const auto r = run("lrs status");
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return nlohmann::json::parse(r.out);
    }
    std::filesystem::path outbox() const { return dir.path() / "data/mntrainer/lrs/outbox"; }
};

// A statement file of `count` statements with fixed ids (…-4000-8000-<n>).
inline std::filesystem::path statementFile(const testing_support::TempDir& dir, const std::string& name, int first, int count,
                                           const std::string& verbId = "http://adlnet.gov/expapi/verbs/answered") {
    nlohmann::json a = nlohmann::json::array();
    for (int i = first; i < first + count; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", i);
        a.push_back({{"id", id},
                     {"actor", {{"objectType", "Agent"}, {"account", {{"homePage", "https://mntrainer.example/candidates"}, {"name", "S-1"}}}}},
                     {"verb", {{"id", verbId}, {"display", {{"en-US", "answered"}}}}},
                     {"object", {{"objectType", "Activity"}, {"id", "https://mntrainer.example/exams/x/cases/c" + std::to_string(i)}}},
                     {"timestamp", "2026-11-20T09:41:30Z"}});
    }
    return dir.write(name, a.dump(2));
}

} // namespace lrs_testing
