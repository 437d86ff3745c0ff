// Seeded case variants: a new case made from a hand-written one by changing
// what its "vary" section allows (name, age, sex, face, skin type, finding
// positions, equivalent medicines, a treatment's timing either side of the
// profile's wait). The key follows the grader's rules: a wait that now runs
// adds its flag and turns treat into defer; one that has passed drops its
// flag. The same case and seed always give the same bytes.
#pragma once

#include "json/json_document.hpp"
#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "model/reference_data.hpp"

#include <cstdint>
#include <string>

namespace core {

struct GeneratedVariant {
    Json document; // the case file, ready to write
    Case playable; // the same, read and validated
    Attempt modelAnswer; // derived by the grader's rules; scores 100
};

// The variant's id: "<case id>--v<seed>".
std::string variantCaseId(const std::string& caseId, std::uint64_t seed);

// A hand-written case checked once for making many variants of it: it
// validates, allows variation, and its profile and the name pools exist.
struct VariantSource {
    Json document; // the case file's JSON
    Case base;     // the same, read and validated
};
[[nodiscard]] Result<VariantSource> prepareVariantSource(const Json& source, const ReferenceData& data);

// The variant of a prepared case: the same bytes as generateVariant(source.document, ...).
[[nodiscard]] Result<GeneratedVariant> generateVariant(const VariantSource& source, std::uint64_t seed, const ReferenceData& data);

// `source` is the hand-written case file's JSON. An error when it does not
// validate, allows no variation, or (a bug) the variant fails validation.
// Names and medicines come from data.variantPools.
[[nodiscard]] Result<GeneratedVariant> generateVariant(const Json& source, std::uint64_t seed, const ReferenceData& data);

// The case file's text as `generate` writes it (2-space indent, final newline).
std::string variantFileText(const Json& document);

} // namespace core
