// Reading a whole file safely: regular files only (a FIFO, a device or a
// folder is refused without blocking), and never more than a stated size, so
// a hostile path cannot hang a command or exhaust memory.
#pragma once

#include "base/diagnostics.hpp"
#include <cstddef>
#include <expected>
#include <filesystem>
#include <string>

namespace core {

// The error text says what the file is or what failed, e.g. "is a FIFO, not a
// regular file" or "is 9 MiB; the limit is 4 MiB"; it does not repeat the path.
[[nodiscard]] std::expected<std::string, core::Error> readRegularFile(const std::filesystem::path& path, std::size_t maxBytes);

} // namespace core
