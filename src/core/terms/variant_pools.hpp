// What seeded case variants draw from: first names by sex, surnames and
// groups of equivalent medicines (assets/catalogue.json, section "variants").
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"

#include <string>
#include <vector>

namespace core {

struct EquivalentMedicine {
    std::string generic; // "rivaroxaban"
    std::string brand;   // "Xarelto", or ""
    std::string dose;    // "20 mg"
};

struct MedicationGroup {
    std::string id;
    std::vector<EquivalentMedicine> members;
};

struct VariantPools {
    std::vector<std::string> femaleNames;
    std::vector<std::string> maleNames;
    std::vector<std::string> otherNames;
    std::vector<std::string> surnames;
    std::vector<MedicationGroup> medicationGroups;

    [[nodiscard]] const std::vector<std::string>& firstNames(const std::string& sex) const;
};

// From a parsed catalogue (loadReferenceData calls it); every problem is
// located under /variants. A catalogue without the section gives empty pools.
[[nodiscard]] Result<VariantPools> readVariantPools(const Json& catalogueRoot);

} // namespace core
