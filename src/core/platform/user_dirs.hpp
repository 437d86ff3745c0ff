// Where user data and settings live: the XDG base directories, never the
// working directory.
#pragma once

#include <filesystem>

namespace core {

// $XDG_CONFIG_HOME/mntrainer, else ~/.config/mntrainer.
std::filesystem::path configDir();
// $XDG_DATA_HOME/mntrainer, else ~/.local/share/mntrainer.
std::filesystem::path dataDir();

} // namespace core
