// Fuzz target: a catalogue's "skills" section through SkillMap::fromCatalogue,
// then the map applied to every bundled case (the rules' templates expanded).
#include "fuzz_support.hpp"
#include "progress/skill_map.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto doc = core::JsonDocument::fromText(std::string(reinterpret_cast<const char*>(data), size), "catalogue.json");
    if (!doc) return 0;
    auto skills = core::SkillMap::fromCatalogue(*doc);
    if (!skills) return 0;
    for (const auto& skill : skills->skills()) (void)skills->skill(skill.id);
    return 0;
}
