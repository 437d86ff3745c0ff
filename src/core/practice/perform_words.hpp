// Perform mode's figures in plain words, for the live panel and the debrief:
// "Covered 78%: the lower part of the left cheek was missed." One home for the
// wording, so the panel, the debrief and the screenshot notes say the same.
#pragma once

#include "model/protocol.hpp"
#include "terms/vocabulary.hpp"
#include "terms/zone_map.hpp"
#include "perform/zone_measures.hpp"

#include <string>
#include <vector>

namespace core {

struct ZoneWordsInput {
    const ZoneMeasures* measures = nullptr;
    std::string zoneLabel;             // "Left cheek"
    int plannedPasses = 0;             // 0: not planned
    std::vector<Pattern> plannedPatterns;
    const TechniqueRules* rules = nullptr; // null: the defaults
};

// One line per figure: coverage, passes, evenness, directions, glide speed,
// stamping. A zone with no strokes gets a single line saying so.
[[nodiscard]] std::vector<std::string> performZoneWords(const ZoneWordsInput& input);

// The coverage line alone ("Covered 78%: the lower part of the left cheek was missed").
[[nodiscard]] std::string coverageWords(const ZoneMeasures& measures, const std::string& zoneLabel, const TechniqueRules& rules);

// A stroke that left its zone: "Stroke 4 went from the left cheek into the
// left lower eyelid (a no-go area): a critical error."
[[nodiscard]] std::string strayWords(const StrayStroke& stray, const ZoneMap& zones);

} // namespace core
