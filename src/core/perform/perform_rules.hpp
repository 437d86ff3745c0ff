// The perform rules the live screen and the grader share, so what the trainee
// is told while needling is what the grade says: which zones a stroke may
// wander into (StrayRules) and the pen head a record is measured with.
#pragma once

#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "model/catalogue.hpp"
#include "terms/perform_record.hpp"
#include "perform/zone_measures.hpp"

namespace core {

// Treated: the zones the attempt treats. Avoided: the zones the attempt marks
// avoid plus the zones the case's key says to avoid (critical when crossed).
[[nodiscard]] StrayRules strayRulesFor(const Attempt& attempt, const Case& c);

// The cartridge a record uses: its own when it names a known one, else the
// catalogue's first (the default); null when the catalogue lists none.
[[nodiscard]] const Cartridge* performCartridge(const PerformRecord* record, const Catalogue& catalogue);

// The pen head's footprint diameter in mm (performCartridge's, or 7 mm without one).
[[nodiscard]] double performHeadMm(const PerformRecord* record, const Catalogue& catalogue);

} // namespace core
