// Seeded variants for exam sittings (see exam_variants.hpp).
#include "exam/exam_variants.hpp"

#include "base/stable_hash.hpp"
#include "variants/case_variant.hpp"

namespace core {

std::uint64_t examVariantSeed(std::uint64_t drawSeed, const std::string& caseId) {
    // FNV-1a of the id, mixed into the draw seed (splitmix64's finaliser).
    return mix64(drawSeed ^ fnv1a64(caseId));
}

Result<Case> examVariantCase(const Json& source, const std::string& caseId, std::uint64_t drawSeed, const ReferenceData& data) {
    auto variant = generateVariant(source, examVariantSeed(drawSeed, caseId), data);
    if (!variant) return std::unexpected(variant.error().context("case \"" + caseId + "\" cannot be varied for this exam"));
    Case c = std::move(variant->playable);
    c.id = caseId;
    c.allowHints = false; // no hints in exams
    return c;
}

} // namespace core
