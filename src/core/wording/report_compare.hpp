// "Since last time": a trainee's report against their previous one on the same
// case: the total and each section's change, the lines fixed and the lines
// newly losing points.
#pragma once

#include "grading/report.hpp"

#include <cstddef>
#include <vector>

namespace core {

struct SectionChange {
    Section section = Section::Screening;
    double before = 0.0; // weighted section score
    double after = 0.0;
    [[nodiscard]] double delta() const { return after - before; }
};

struct ReportComparison {
    double totalBefore = 0.0;
    double totalAfter = 0.0;
    bool passedBefore = false;
    bool passedAfter = false;
    std::vector<SectionChange> sections;  // graded sections of the current report, in its order
    std::vector<std::size_t> fixed;       // current lines at full points that lost points last time
    std::vector<std::size_t> fixedGone;   // previous lines that lost points and are gone now (an extra flag not repeated)
    std::vector<std::size_t> newlyLost;   // current lines losing points that did not last time (or did not exist)
    [[nodiscard]] double totalDelta() const { return totalAfter - totalBefore; }
};

// Lines are matched by their id ("flag:pregnancy", "zone:forehead:depth").
// Indices in `fixed` and `newlyLost` are into current.items; in `fixedGone`, previous.items.
[[nodiscard]] ReportComparison compareReports(const Report& previous, const Report& current);

} // namespace core
