// Perform mode's measures, per zone: coverage, passes, evenness, directions,
// glide speed, stamping, and strokes that left their zone. Pure figures; the
// grader turns them into points (grading/grade_technique).
#pragma once

#include "terms/perform_record.hpp"
#include "terms/vocabulary.hpp"
#include "terms/zone_map.hpp"
#include "perform/coverage_replay.hpp"
#include "perform/measure_cache.hpp"
#include "perform/stray_terms.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace core {

// The part of a zone least covered, as the map is seen (the half whose gaps
// weigh most, or its middle). One home for its words: the live figures and
// the debrief say the same.
enum class MissedPart { None, Upper, Lower, LeftHand, RightHand, Middle };
// The report JSON's names: "upper", "lower", "left-hand", "right-hand", "middle".
const Choices<MissedPart>& missedPartChoices();
std::string toString(MissedPart part); // "" for None
// "the lower part of", "the left-hand part of", "the middle of"; "part of" for None.
std::string missedPartWords(MissedPart part);

struct ZoneMeasures {
    std::string zone;
    int cells = 0;          // cells whose centre lies in the zone (no-go parts excluded)
    int coveredCells = 0;   // of those, touched at least once
    double coverage = 0.0;  // coveredCells / cells
    double passes = 0.0;    // median count over the covered cells (0 when none)
    double evenness = 0.0;  // spread: sd / mean of the counts over the covered cells (0 = perfectly even)
    std::map<Pattern, int> directions; // sweeps drawn for the zone, by direction
    int strokes = 0;
    int glides = 0;
    int stamps = 0;
    double glideSpeedMmS = 0.0; // gliding strokes' total path / total time (0 when none)
    double glideLengthMm = 0.0;
    double glideTimeS = 0.0;
    // The part of the zone least covered, for plain words like "the lower part
    // of the left cheek was missed"; None when a tenth or less is missed.
    MissedPart missedPart = MissedPart::None;
};

struct PerformMeasures {
    std::vector<ZoneMeasures> zones; // in the order the zones were asked for
    std::vector<StrayStroke> strays;
    [[nodiscard]] const ZoneMeasures* zone(const std::string& id) const;
};

// Measures `zones` (the treated zones of the plan, strokes or not) from the
// record and its coverage per view (replayViewCoverage of the whole record):
// a zone counts only the strokes drawn on its own picture. A stroke is hit-tested
// on its zone's view; its own zone is allowed only while the plan treats it.
// Every stroke is checked, generated ones too: their lanes stay inside their
// zone, and a file that marks a hand stroke generated cannot hide its stray.
// `cache`, when given, keeps each zone's cells and each stroke's stray check
// between calls (a live view measures after every stroke, so a stroke costs
// its own checks, not the whole record's); the figures are the same without it.
[[nodiscard]] PerformMeasures measurePerform(const PerformRecord& record, const ViewCoverage& coverage, const ZoneMap& map,
                                             const std::vector<std::string>& zones, const StrayRules& rules, double headMm,
                                             MeasureCache* cache = nullptr);


} // namespace core
