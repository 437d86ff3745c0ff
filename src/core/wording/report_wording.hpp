// Plain words for the debrief: each Report line item as a sentence a trainee
// reads ("You missed a contraindication: ..."), with catalogue and zone names,
// never line ids or "expected given, given given".
#pragma once

#include "grading/report.hpp"
#include "model/case_model.hpp"
#include "model/catalogue.hpp"
#include "model/finding_seen.hpp"
#include "terms/zone_map.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace core {

// What a line's sentences are written from: names come from the catalogue and
// the zone map; the case adds where on the map a missed flag could be seen.
// The report, when given, adds Perform mode's measures to technique lines
// (which part of a zone was missed, whether a stray went into a no-go area).
struct WordingSources {
    const Catalogue& catalogue;
    const ZoneMap& zones;
    const Case* currentCase = nullptr;
    const Report* report = nullptr;
};

struct LineWords {
    std::string headline; // what happened, in one sentence
    std::string detail;   // what you gave and what was expected, when that helps (else empty)
};

[[nodiscard]] LineWords plainWords(const LineItem& item, const WordingSources& sources);
// Technique lines (kind "technique", Perform mode) in plain words, e.g.
// "Covered 78% of the cheek (left): the lower part was missed (at least 90%
// needed)." or "Glide 42 mm/s on the chin, faster than the 5-30 mm/s band."
// (technique_words.cpp; plainWords calls it for those lines).
[[nodiscard]] LineWords techniqueLineWords(const LineItem& item, const WordingSources& sources);

// A line's points for the points column: "+0.875 / 1", "-0.5" for a deduction
// with no maximum. Up to three decimals, trailing zeros dropped, never an
// exponent, the same in every locale.
[[nodiscard]] std::string pointsText(const LineItem& item);

// The decision the grader expected and why, as graded: a wait still running
// turns the key's "treat" into "defer" with the wait as the reason. Read from
// the report's decision line; the case key only when the report has none.
struct ExpectedDecision {
    Decision decision = Decision::Treat;
    std::string reason;
};
[[nodiscard]] ExpectedDecision expectedDecision(const Report* report, const Case& c);

// Where a line points on the map: its zone (plan lines), or the finding that
// showed a flagged contraindication (and that finding's zone). Empty for lines
// with no place on the map (the decision, aftercare, a distractor).
struct MapTarget {
    std::string zone;
    std::string findingId;
    [[nodiscard]] bool empty() const { return zone.empty() && findingId.empty(); }
};

[[nodiscard]] MapTarget mapTarget(const LineItem& item, const Case* currentCase);

// A mistake: a line that lost points (fewer than its maximum, or a deduction),
// or one that raised a critical error, even at 0 of 0 points.
[[nodiscard]] bool lostPoints(const LineItem& item);

// The debrief's order: the critical lines (LineItem::critical; in a report saved
// before the flag, a critical error id naming the line's subject,
// "missed_absolute:pregnancy"), then the other lines
// that lost points, most points lost first, then the lines at full points in
// report order. Indices into report.items.
[[nodiscard]] std::vector<std::size_t> mistakesFirst(const Report& report);

// Perform mode's per-zone figures in plain words, one line per measured zone,
// e.g. "Left cheek: covered 78%: the lower cheek was missed; 2 passes; vertical
// and horizontal strokes, no oblique; glide 12 mm/s." Empty when not performed.
[[nodiscard]] std::vector<std::string> techniqueWords(const Report& report, const ZoneMap& zones);

} // namespace core
