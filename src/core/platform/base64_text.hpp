// Base64 (the standard alphabet, with padding) as minisign's files use it.
#pragma once

#include "base/diagnostics.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace core {

[[nodiscard]] std::string toBase64(const unsigned char* data, std::size_t size);
// Spaces, tabs and carriage returns are skipped; anything else not base64 is an error.
[[nodiscard]] Result<std::vector<unsigned char>> fromBase64(std::string_view text);

} // namespace core
