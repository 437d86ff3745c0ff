// The application's version, set once in the top-level CMakeLists.txt
// (project(... VERSION)); --version, exports and signed results all read it.
#pragma once

#include <string_view>

namespace core {

[[nodiscard]] std::string_view appVersion();

} // namespace core
