// The scoring engine: a pure, deterministic function from a case, an attempt
// and a protocol profile to a Report. No clock, no randomness, no I/O.
#pragma once

#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "model/protocol.hpp"
#include "model/reference_data.hpp"
#include "grading/report.hpp"

namespace core {

// `data` supplies the catalogue (contraindication kinds, aftercare harm) and
// the zone map (no-go areas); its protocol list is not consulted.
Report grade(const Case& c, const Attempt& attempt, const Protocol& protocol, const ReferenceData& data);

} // namespace core
