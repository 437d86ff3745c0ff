// The version string comes from CMake's PROJECT_VERSION as a definition on
// this one file, so a version bump recompiles one file.
#include "base/version.hpp"

#ifndef MN_VERSION
#error "MN_VERSION must be defined by the build (src/core/CMakeLists.txt)"
#endif

namespace core {

std::string_view appVersion() { return MN_VERSION; }

} // namespace core
