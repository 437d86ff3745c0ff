// Map views of a case: an off-face indication or a body site the trainee can see turns the body view on.
#include "model/case_views.hpp"

#include <algorithm>

namespace core {

// Only what the trainee is shown decides the views: the intake (indications,
// recent treatments' sites), the face-map findings and the trainee's own plan.
// The answer key is never read, so the toggle cannot give away a body zone the
// key treats (an exam would otherwise hint at the answer).
CaseViews caseViews(const Case& c, const Attempt* attempt, const ZoneMap& zones, const Catalogue& catalogue) {
    CaseViews out;
    const auto onBody = [&](const std::string& id) { return zones.onView(id, MapView::Body); };
    const auto& indications = c.client.indications;
    const auto offFace = [&](const std::string& id) {
        const Indication* i = catalogue.findIndication(id);
        return i && !i->onFaceMap;
    };
    out.body = std::any_of(indications.begin(), indications.end(), offFace) ||
               std::any_of(c.findings.begin(), c.findings.end(), [&](const Finding& f) { return onBody(f.zone); }) ||
               std::any_of(c.client.recentTreatments.begin(), c.client.recentTreatments.end(),
                           [&](const RecentTreatment& t) { return !t.zone.empty() && onBody(t.zone); });
    if (attempt) {
        out.body = out.body || std::any_of(attempt->zones.begin(), attempt->zones.end(), [&](const AttemptZone& z) { return onBody(z.zone); });
    }
    if (!out.body) return out;
    const bool allOffFace = !indications.empty() && std::all_of(indications.begin(), indications.end(), offFace);
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
