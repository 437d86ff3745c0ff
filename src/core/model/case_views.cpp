// Map views of a case: body zones mentioned anywhere turn the body view on.
#include "model/case_views.hpp"

#include <algorithm>

namespace core {

CaseViews caseViews(const Case& c, const Attempt* attempt, const ZoneMap& zones, const Catalogue& catalogue) {
    CaseViews out;
    const auto onBody = [&](const std::string& id) { return zones.onView(id, MapView::Body); };
    int treatedOnFace = 0;
    int treatedOnBody = 0;
    for (const auto& k : c.key.zones) {
        out.body = out.body || onBody(k.zone);
        if (k.action != ZoneAction::Treat || !zones.find(k.zone)) continue;
        (onBody(k.zone) ? treatedOnBody : treatedOnFace) += 1;
    }
    out.body = out.body || std::any_of(c.findings.begin(), c.findings.end(), [&](const Finding& f) { return onBody(f.zone); });
    if (attempt) {
        out.body = out.body || std::any_of(attempt->zones.begin(), attempt->zones.end(), [&](const AttemptZone& z) { return onBody(z.zone); });
    }
    if (!out.body) return out;
    if (treatedOnBody != treatedOnFace) {
        out.opening = treatedOnBody > treatedOnFace ? MapView::Body : MapView::Face;
        return out;
    }
    const auto& indications = c.client.indications;
    const bool allOffFace = !indications.empty() && std::all_of(indications.begin(), indications.end(), [&](const std::string& id) {
        const Indication* i = catalogue.findIndication(id);
        return i && !i->onFaceMap;
    });
    out.opening = allOffFace ? MapView::Body : MapView::Face;
    return out;
}

std::vector<const Zone*> offeredZones(const ZoneMap& zones, const CaseViews& views, MapView shown, bool includeNoGo) {
    const bool withBody = views.body || shown == MapView::Body;
    const MapView other = shown == MapView::Face ? MapView::Body : MapView::Face;
    std::vector<const Zone*> out;
    for (const MapView view : {shown, other}) {
        if (view == MapView::Body && !withBody) continue;
        for (const auto& z : zones.zones()) {
            if (z.view == view && (includeNoGo || !z.noGo)) out.push_back(&z);
        }
    }
    return out;
}

} // namespace core
