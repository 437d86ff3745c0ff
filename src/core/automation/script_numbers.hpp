// Reading numbers written in scripts: one rule for every script word.
#pragma once

#include "base/diagnostics.hpp"

#include <string>

namespace core::script_numbers {

// The whole word as a finite number ("1.5", "-2"), else an error naming it.
[[nodiscard]] Result<double> number(const std::string& word);
// The whole word as a whole number within +-1e6.
[[nodiscard]] Result<int> whole(const std::string& word);

} // namespace core::script_numbers
