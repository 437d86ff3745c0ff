// User settings that outlive a session (the UI scale), kept as JSON in the
// XDG config dir and written atomically.
#pragma once

#include <filesystem>
#include <string>

namespace app {

struct Settings {
    float uiScale = 0.0f; // 0: not chosen yet (use the display's DPI)
};

Settings loadSettings(const std::filesystem::path& configDir);
// Returns "" or what went wrong.
std::string saveSettings(const std::filesystem::path& configDir, const Settings& settings);

} // namespace app
