// XDG base directory lookup (absolute paths only, as the spec requires).
#include "platform/user_dirs.hpp"

#include <cstdlib>

namespace core {
namespace {

std::filesystem::path xdgDir(const char* variable, const char* fallbackUnderHome) {
    if (const char* v = std::getenv(variable); v && *v && std::filesystem::path(v).is_absolute()) {
        return std::filesystem::path(v) / "mntrainer";
    }
    const char* home = std::getenv("HOME");
    const std::filesystem::path base = (home && *home) ? std::filesystem::path(home) : std::filesystem::temp_directory_path();
    return base / fallbackUnderHome / "mntrainer";
}

} // namespace

std::filesystem::path configDir() { return xdgDir("XDG_CONFIG_HOME", ".config"); }
std::filesystem::path dataDir() { return xdgDir("XDG_DATA_HOME", ".local/share"); }

} // namespace core
