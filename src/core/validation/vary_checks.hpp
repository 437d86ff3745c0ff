// Meaning checks for a case's "vary" section: every variant it allows must
// itself be a valid case with a consistent key.
#pragma once

#include "base/diagnostics.hpp"
#include "model/case_model.hpp"
#include "model/reference_data.hpp"

namespace core {

void checkCaseVary(const Case& c, const ReferenceData& data, Diagnostics& diagnostics);

} // namespace core
