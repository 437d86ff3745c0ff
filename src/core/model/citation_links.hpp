// Resolving the reference ids that the catalogue's and a profile's rules cite.
#pragma once

#include "base/diagnostics.hpp"
#include "terms/references.hpp"

namespace core {

struct Catalogue;
struct Protocol;

// Fills each rule's short `source` and full `citations` from its `refs`. An
// unknown id, or a rule citing nothing, is an error at the rule's pointer.
void resolveCatalogueCitations(Catalogue& catalogue, const References& references, Diagnostics& diagnostics);
// The same for every cited rule of a profile (zones, bands, plan defaults, technique, schedule, waits, limits).
void resolveProtocolCitations(Protocol& protocol, const References& references, Diagnostics& diagnostics);

} // namespace core
