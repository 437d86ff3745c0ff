// Fuzz target: the UI script language (tests, screenshots, demos, exam answers).
#include "automation/script.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)core::parseScript(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt");
    return 0;
}
