// Crash-safe file writes: temp file, fsync, rename, fsync of the folder, so a
// reader sees the old file or the new one, never half of either.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace core {

// The whole file as bytes, or nullopt when it cannot be opened.
std::optional<std::string> readWholeFile(const std::filesystem::path& path);

// Creates missing parent folders. Returns "" on success, else what failed.
std::string writeFileAtomically(const std::filesystem::path& path, std::string_view content);

} // namespace core
