// Fuzz target: a case file through the same path as `mntrainer validate`:
// located JSON parsing, the case reader, then the meaning checks.
#include "fuzz_support.hpp"
#include "validation/validator.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto doc = core::JsonDocument::fromText(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (!doc) return 0;
    (void)core::validateDocument(*doc, fuzz::referenceData());
    return 0;
}
