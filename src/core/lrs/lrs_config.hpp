// Where statements go and the credentials for it: lrs.json in the XDG config
// folder, or the same JSON read from a file descriptor. Never a command-line
// argument, so a password never shows in `ps` or a shell history.
#pragma once

#include "base/diagnostics.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace core {

struct LrsConfig {
    std::string endpoint; // e.g. "https://lrs.example.org/xAPI" (statements go to <endpoint>/statements)
    std::string username;
    std::string password;
};

// $XDG_CONFIG_HOME/mntrainer/lrs.json
std::filesystem::path defaultLrsConfigPath();

// {"endpoint": "...", "username": "...", "password": "..."}; endpoint may be
// missing here when --endpoint gives it. `origin` names the source in errors.
[[nodiscard]] Result<LrsConfig> parseLrsConfig(std::string_view text, const std::string& origin);

// The config file, or nullopt when there is none (no LRS configured). Refused
// when group or others may read it: it holds a password.
[[nodiscard]] Result<std::optional<LrsConfig>> loadLrsConfigFile(const std::filesystem::path& path);

// Checks an endpoint and drops trailing slashes: http:// or https:// only.
[[nodiscard]] Result<std::string> normaliseLrsEndpoint(std::string_view endpoint);

} // namespace core
