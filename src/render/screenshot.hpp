// Reading back the window's pixels and saving them as PNG, for tests,
// README screenshots and bug reports.
#pragma once

#include <filesystem>
#include <string>

namespace render {

// Writes the current default framebuffer (width x height) as an RGBA PNG.
// Returns an empty string on success, else what went wrong.
std::string writeScreenshot(const std::filesystem::path& path, int width, int height);

} // namespace render
