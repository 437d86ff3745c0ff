// Perform mode's rules for what the trainee sees and which pen they hold:
// whether the skin shows feedback (an exam's profile may hide it), the pen
// head's footprint from the chosen cartridge, and when a zone bleeds.
#pragma once

#include "model/catalogue.hpp"
#include "terms/perform_record.hpp"
#include "model/protocol.hpp"
#include "terms/vocabulary.hpp"
#include "terms/zone_map.hpp"

#include <optional>
#include <string>

namespace core {

// What the perform screen may show while the trainee needles.
struct PerformFeedback {
    bool skin = true;     // reddening and bleeding on the face as the pen passes
    bool figures = true;  // live per-zone coverage and speed figures
    std::string why;      // when hidden: a sentence for the screen
};

// Practice always shows feedback; an exam shows it unless the profile's
// technique rules hide it (TechniqueRules::hideFeedbackInExam).
[[nodiscard]] PerformFeedback performFeedback(const Protocol* protocol, bool inExam);

// The cartridge a record uses: its own when it names a known one, else the
// catalogue's first (the default); null when the catalogue lists none.
[[nodiscard]] const Cartridge* performCartridge(const PerformRecord* record, const Catalogue& catalogue);

// The pen head's footprint diameter in mm (the cartridge's, or 7 mm without one).
[[nodiscard]] double performHeadMm(const PerformRecord* record, const Catalogue& catalogue);

// Depths at and beyond this show pinpoint bleeding at the endpoint.
inline constexpr double kBleedingDepthMm = 1.0;
[[nodiscard]] bool bleedsAtDepth(std::optional<double> depthMm);

// The keyboard path: lane `lane` (counted from the first, wrapping) of one
// pass of `pattern` over the zone, glided the other way when `reverse`,
// starting at `startMs`. No samples when no lane fits the zone.
[[nodiscard]] PerformStroke keyboardLane(const ZoneMap& map, const std::string& zone, Pattern pattern, double headMm, int lane,
                                         bool reverse, std::int64_t startMs);

} // namespace core
