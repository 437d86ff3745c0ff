// Which map views (the face picture, the body picture) a case needs, which one
// it opens on, and which zones a zone picker offers: panels ask here instead
// of scanning the case themselves.
#pragma once

#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "model/catalogue.hpp"
#include "model/zone_map.hpp"

#include <vector>

namespace core {

struct CaseViews {
    // The key, a finding or the attempt names a zone of the body view: the
    // maps offer a Face / Body toggle.
    bool body = false;
    // Where the case's treatment lies: the view holding most of the key's
    // treated zones; on a tie (or none), the body when every indication of the
    // client is off the face map (stretch marks, cellulite) and the case has
    // body zones, else the face.
    MapView opening = MapView::Face;
};

// `attempt` may be null (the editor's document has none).
CaseViews caseViews(const Case& c, const Attempt* attempt, const ZoneMap& zones, const Catalogue& catalogue);

// The zones a picker lists, the shown view's first, each view in the map's
// order: the body view's only when the case has body zones or the body view is
// shown. No-go zones only if asked.
std::vector<const Zone*> offeredZones(const ZoneMap& zones, const CaseViews& views, MapView shown, bool includeNoGo);

} // namespace core
