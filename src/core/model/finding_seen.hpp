// What a trainee sees of a finding before the debrief: the author's visible
// description (the finding's note, "a rough raised bump on the chin"), never
// the catalogue's name for it, which would give the answer away.
#pragma once

#include "model/case_model.hpp"
#include "terms/zone_map.hpp"

#include <string>

namespace core {

// The note when the author wrote one, else a neutral "a spot on the chin".
[[nodiscard]] std::string seenDescription(const Finding& finding, const ZoneMap& zones);

// "the chin", "the cheek (left)": a zone as it reads inside a sentence.
[[nodiscard]] std::string zoneInSentence(const ZoneMap& zones, const std::string& zoneId);

} // namespace core
