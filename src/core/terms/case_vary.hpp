// What a case's author lets a seeded variant change (the case file's "vary"
// section), and where a variant came from ("variant_of"). Documented in
// cases/README.md; the generator is grading/case_variant.
#pragma once

#include "json/object_reader.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace core {

// A recent treatment whose timing may fall either side of the profile's wait.
struct VaryWait {
    int treatment = 0;  // index in client.recent_treatments
    std::string said;   // the timing as the texts say it ("ten months"), rewritten in a variant; "" when no text says it
};

struct CaseVary {
    bool names = false;                  // the client's name, from the catalogue's name lists by sex
    std::optional<IntRange> age;         // any whole age in [min, max]
    bool sex = false;                    // female <-> male, the texts' pronouns swapped with it
    std::optional<IntRange> fitzpatrick; // any type in [min, max]
    bool findingPositions = false;       // each finding moves to another point well inside its zone
    bool medications = false;            // a medicine named in the texts becomes an equivalent one
    std::vector<VaryWait> waits;         // treatments whose timing may fall either side of the profile's wait

    [[nodiscard]] bool any() const {
        return names || age || sex || fitzpatrick || findingPositions || medications || !waits.empty();
    }
};

// Recorded in a generated case, so it can be made again.
struct VariantOrigin {
    std::string caseId;
    std::uint64_t seed = 0;
};

// Reads "vary" and "variant_of" from a case's top level (both optional).
void readCaseVary(ObjectReader& top, CaseVary& vary, std::optional<VariantOrigin>& origin);

// The seed as a case file writes it: decimal digits in a string (JSON numbers
// lose precision past 2^53 in most tools).
std::string variantSeedText(std::uint64_t seed);
[[nodiscard]] std::optional<std::uint64_t> parseVariantSeed(const std::string& text);

// "CASE--vSEED" (a variant's id, grading/case_variant's variantCaseId) read
// back into its case and seed; nullopt for any other id.
[[nodiscard]] std::optional<VariantOrigin> parseVariantCaseId(const std::string& id);

} // namespace core
