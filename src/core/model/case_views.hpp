// Which map views (the face picture, the body picture) a case needs, which one
// it opens on, and which zones a zone picker offers: panels ask here instead
// of scanning the case themselves.
#pragma once

#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "model/catalogue.hpp"
#include "terms/zone_map.hpp"

#include <vector>

namespace core {

struct CaseViews {
    // An off-face indication, a finding or recent treatment on the body, or
    // the attempt names the body: the maps offer a Face / Body toggle. The key
    // is never read (it would give the answer away).
    bool body = false;
    // The body when every indication is off the face map (stretch marks,
    // cellulite), else the face.
    MapView opening = MapView::Face;
};

// `attempt` may be null (the editor's document has none).
CaseViews caseViews(const Case& c, const Attempt* attempt, const ZoneMap& zones, const Catalogue& catalogue);

// The zones a picker lists, the shown view's first, each view in the map's
// order: the body view's only when the case has body zones or the body view is
// shown. No-go zones only if asked.
std::vector<const Zone*> offeredZones(const ZoneMap& zones, const CaseViews& views, MapView shown, bool includeNoGo);

} // namespace core
