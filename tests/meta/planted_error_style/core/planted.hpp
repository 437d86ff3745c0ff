// A fixture for check_error_style.py: each declaration below breaks the rule once.
#pragma once

#include <expected>
#include <string>

std::expected<int, std::string> parseCount(const std::string& text);
std::expected<int, Error> readCount(const std::string& text);
