// The model answer a case's key implies under a profile, derived by the
// grader's own rules (the profile's waits, skin-type caps, accepted endpoints,
// safety limits, minimum intervals), so it scores 100 wherever the key is
// consistent. Seeded variants get theirs from here; hand-written cases keep
// their files in cases/answers/, which the tests compare against.
#pragma once

#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "model/protocol.hpp"
#include "model/reference_data.hpp"

namespace core {

[[nodiscard]] Attempt modelAnswer(const Case& c, const Protocol& protocol, const ReferenceData& data);

} // namespace core
