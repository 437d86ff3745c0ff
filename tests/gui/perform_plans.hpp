// Script plans shared by the Perform GUI tests: a-acne-scars-cheeks planned as
// its answer file does, ready to needle the left cheek.
#pragma once

#include <string>

namespace gui_testing {

// Both cheeks at 1.75 mm (they bleed at the endpoint), all three patterns, 2 passes.
inline const std::string kCheeksPlanned = R"(
open a-acne-scars-cheeks
flag active_acne
decide treat_modified
depth cheek_left 1.75
patterns cheek_left vertical horizontal oblique
passes cheek_left 2
endpoint cheek_left pinpoint_bleeding
mirror cheek_left
)";

// On to the Perform stage with the left cheek selected.
inline const std::string kPerformLeftCheek = "goto perform\nselect cheek_left\n";

} // namespace gui_testing
