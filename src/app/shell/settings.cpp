// Settings file I/O; a damaged file falls back to defaults instead of failing.
#include "app/shell/settings.hpp"

#include "platform/atomic_file.hpp"
#include "json/json_document.hpp"

#include <algorithm>

namespace app {

Settings loadSettings(const std::filesystem::path& configDir) {
    Settings s;
    auto doc = core::JsonDocument::fromFile(configDir / "settings.json");
    if (!doc || !doc->root().is_object()) return s;
    const auto& root = doc->root();
    if (root.contains("ui_scale") && root["ui_scale"].is_number()) {
        s.uiScale = std::clamp(root["ui_scale"].get<float>(), 0.5f, 3.0f);
    }
    return s;
}

core::Status saveSettings(const std::filesystem::path& configDir, const Settings& settings) {
    core::Json j;
    j["ui_scale"] = settings.uiScale;
    return core::writeFileAtomically(configDir / "settings.json", j.dump(2) + "\n");
}

} // namespace app
