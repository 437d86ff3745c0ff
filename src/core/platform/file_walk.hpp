// Collects the *.json files named by command-line paths, recursing into
// folders, without following a symlink loop or stopping at an unreadable entry.
#pragma once

#include "base/diagnostics.hpp"

#include <filesystem>
#include <vector>

namespace core {

struct FileWalk {
    std::vector<std::filesystem::path> files; // sorted within each folder, in argument order
    Diagnostics problems;                     // paths that could not be walked, each with its file set
};

FileWalk collectJsonFiles(const std::vector<std::filesystem::path>& paths);

} // namespace core
