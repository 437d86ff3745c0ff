// Crash-safe file writes: temp file, fsync, rename, fsync of the folder, so a
// reader sees the old file or the new one, never half of either.
#pragma once

#include "base/diagnostics.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace core {

// Files the app reads whole (keys, results, cases) are never larger than this.
inline constexpr std::size_t kMaxWholeFileBytes = 64u * 1024u * 1024u;

// The whole file as bytes, or nullopt when it is missing, not a regular file,
// larger than kMaxWholeFileBytes or unreadable.
std::optional<std::string> readWholeFile(const std::filesystem::path& path);

// Creates missing parent folders. The temp file is created with `mode` (0600
// for secrets), so no moment exists where a secret is readable by others.
[[nodiscard]] Status writeFileAtomically(const std::filesystem::path& path, std::string_view content, unsigned mode = 0644);

// Makes a rename or a new entry in `folder` durable.
[[nodiscard]] Status syncFolder(const std::filesystem::path& folder);

// Removes temp files left in `folder` by an atomic write that was killed
// before its rename (".NAME.tmpDIGITS", older than `minAgeSeconds`, so a
// write in progress in another process is left alone). Returns how many.
int removeStaleTempFiles(const std::filesystem::path& folder, double minAgeSeconds = 60.0);
// The same in `root` and every folder below it (the app's data folders are shallow).
int removeStaleTempFilesBelow(const std::filesystem::path& root, double minAgeSeconds = 60.0);

} // namespace core
