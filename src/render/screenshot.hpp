// Reading back the window's pixels and saving them as PNG, for tests,
// README screenshots and bug reports.
#pragma once

#include "base/diagnostics.hpp"

#include <filesystem>
#include <string>

namespace render {

// Writes the current default framebuffer (width x height) as an RGBA PNG.
[[nodiscard]] core::Status writeScreenshot(const std::filesystem::path& path, int width, int height);

} // namespace render
