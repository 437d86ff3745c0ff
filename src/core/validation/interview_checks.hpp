// Meaning checks for a case's interview: the answers and the key's essential
// questions name questions in the catalogue's bank.
#pragma once

#include "base/diagnostics.hpp"
#include "model/case_model.hpp"
#include "model/catalogue.hpp"

namespace core {

void checkInterview(const Case& c, const Catalogue& catalogue, Diagnostics& diagnostics);

} // namespace core
