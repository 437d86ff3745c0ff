// Exams whose drawn cases become seeded variants ("variants": true in the exam
// file): each case's variant seed comes from the sitting's draw seed (exam
// seed + candidate id + sitting id, recorded in the journal and the signed
// result) and the case id, so a sitting, its resume and `cohort` re-grading
// all make the same variant from the same case file.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "model/case_model.hpp"
#include "model/reference_data.hpp"

#include <cstdint>
#include <string>

namespace core {

[[nodiscard]] std::uint64_t examVariantSeed(std::uint64_t drawSeed, const std::string& caseId);

// The visit seed of a case's follow-up in a sitting ("follow_up": true): from
// the same draw seed and the case id, so a resumed sitting and `cohort` draw
// the same risks, and two candidates may meet different outcomes.
[[nodiscard]] std::uint32_t examFollowUpSeed(std::uint64_t drawSeed, const std::string& caseId);

// The variant a sitting plays for this case. It keeps the hand-written case's
// id, so the journal, the result and item analysis name the case as before.
[[nodiscard]] Result<Case> examVariantCase(const Json& source, const std::string& caseId, std::uint64_t drawSeed, const ReferenceData& data);

} // namespace core
