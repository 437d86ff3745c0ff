// User settings that outlive a session (the UI scale), kept as JSON in the
// XDG config dir and written atomically.
#pragma once

#include "base/diagnostics.hpp"

#include <filesystem>
#include <string>

namespace app {

struct Settings {
    float uiScale = 0.0f; // 0: not chosen yet (use the display's DPI)
};

Settings loadSettings(const std::filesystem::path& configDir);
// Returns "" or what went wrong.
[[nodiscard]] core::Status saveSettings(const std::filesystem::path& configDir, const Settings& settings);

} // namespace app
