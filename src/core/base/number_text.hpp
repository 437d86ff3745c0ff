// Numbers in messages: "%g" with six significant digits, as an ostream prints
// them, but never with the global locale's decimal comma or digit groups.
#pragma once

#include <string>

namespace core {

// 0.5 -> "0.5", 100 -> "100", 1.0/3 -> "0.333333", 1e-7 -> "1e-07".
[[nodiscard]] std::string numberText(double value);

} // namespace core
