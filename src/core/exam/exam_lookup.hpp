// Finding an exam by file path or by id, the same way for the window, its
// scripts and the command line.
#pragma once

#include "base/diagnostics.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace core {

// A path to an existing file is taken as it is; anything else is an exam id
// (or file name without .json) looked up in the folders, in order.
[[nodiscard]] Result<std::filesystem::path> findExamFile(const std::string& idOrPath, const std::vector<std::filesystem::path>& folders);

} // namespace core
