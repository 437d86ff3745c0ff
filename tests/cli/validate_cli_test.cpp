// Runs `mntrainer validate` on the bundled files.
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

using namespace testing_support;

TEST_CASE("validate passes on every bundled file") {
    const auto r = runShell(shellQuote(MNTRAINER_BIN) + " validate " + shellQuote(std::string(MN_SOURCE_ROOT) + "/cases") + " " +
                            shellQuote(std::string(MN_SOURCE_ROOT) + "/assets"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find(" 0 error(s)") != std::string::npos);
}
