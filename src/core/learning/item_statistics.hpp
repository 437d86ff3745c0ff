// Classical item analysis of a set of exam results, as Moodle's quiz
// statistics define it: facility, discrimination index (item against the
// rest of the test), discriminative efficiency, and Cronbach's alpha for the
// test with its error ratio and standard error.
#pragma once

#include "base/diagnostics.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

struct ItemMarks {
    std::string id;          // e.g. "case:acne-01" or "case:acne-01/zone:cheek_left:depth"
    double maxMark = 1.0;
    std::vector<double> marks; // one per candidate, same order in every item
};

struct ItemStatistic {
    std::string id;
    double facility = 0.0;   // mean mark / max, as a percentage
    double sd = 0.0;         // of the item's marks, as a percentage of max
    std::optional<double> discriminationIndex;       // percentage; none when undefined (no variance)
    std::optional<double> discriminativeEfficiency;  // percentage
    bool negativeDiscrimination = false;             // discrimination index below 0
    // Moodle's "dubious" highlight: discriminative efficiency under 15%.
    bool dubious = false;
};

// Moodle marks an item dubious below this discriminative efficiency (percent).
inline constexpr double kDubiousEfficiency = 15.0;

struct TestStatistic {
    std::size_t candidates = 0;
    double mean = 0.0;       // of totals
    double sd = 0.0;
    std::optional<double> cronbachAlpha; // percentage, Moodle's "coefficient of internal consistency"
    std::optional<double> errorRatio;    // percentage
    std::optional<double> standardError; // in the units of the total
};

struct ItemAnalysis {
    TestStatistic test;
    std::vector<ItemStatistic> items;
};

// Refuses (with the item named) a matrix whose items hold different numbers
// of marks, a max mark that is not above 0, or a mark that is not finite:
// the statistics would silently mean something else.
[[nodiscard]] Result<ItemAnalysis> analyseItems(const std::vector<ItemMarks>& items);

} // namespace core
