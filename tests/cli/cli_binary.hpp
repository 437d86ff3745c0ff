// The binary the CLI tests run (the GUI build's mntrainer, else mntrainer-cli),
// quoted for /bin/sh, and the source tree's root.
#pragma once

#include "../support/run_process.hpp"

#include <string>

namespace cli_tests {

inline const std::string& quotedBinary() {
    static const std::string bin = testing_support::shellQuote(MNTRAINER_BIN);
    return bin;
}

inline const std::string& sourceRoot() {
    static const std::string root = MN_SOURCE_ROOT;
    return root;
}

} // namespace cli_tests
