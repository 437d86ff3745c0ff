// Perform mode's measures, per zone: coverage, passes, evenness, directions,
// glide speed, stamping, and strokes that left their zone. Pure figures; the
// grader turns them into points (grading/grade_technique).
#pragma once

#include "terms/perform_record.hpp"
#include "terms/vocabulary.hpp"
#include "terms/zone_map.hpp"
#include "perform/coverage_grid.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace core {

// What lies outside a stroke's own zone, as the plan and the key see it.
struct StrayRules {
    std::set<std::string> treated; // zones the attempt treats: wandering into these is allowed
    std::set<std::string> avoided; // zones the attempt or the key avoids: critical, like no-go areas
};

enum class StrayKind { NoGo, Avoided, Untreated };

// A stroke whose centre line crossed into another zone (sampled every 0.5 mm).
struct StrayStroke {
    std::size_t stroke = 0; // index in the record
    std::string fromZone;   // the zone it was drawn for
    std::string intoZone;   // the first other zone it entered (the gravest kind first)
    StrayKind kind = StrayKind::Untreated;
};

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
    // The part of the zone least covered (top, bottom, left, right half or
    // "middle"), for plain words like "the lower cheek was missed"; empty when covered.
    std::string missedPart;
};

struct PerformMeasures {
    std::vector<ZoneMeasures> zones; // in the order the zones were asked for
    std::vector<StrayStroke> strays;
    [[nodiscard]] const ZoneMeasures* zone(const std::string& id) const;
};

// Measures `zones` (the treated zones of the plan, strokes or not) from the
// record and its coverage grid (replayCoverage of the whole record).
[[nodiscard]] PerformMeasures measurePerform(const PerformRecord& record, const CoverageGrid& grid, const ZoneMap& map,
                                             const std::vector<std::string>& zones, const StrayRules& rules, double headMm);

std::string toString(StrayKind kind);

} // namespace core
