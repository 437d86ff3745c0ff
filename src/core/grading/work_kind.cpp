// Helpers the grader's sections share about the attempt and the case's work.
#include "grading/grading_context.hpp"

#include <algorithm>

namespace core::grading {

std::optional<BandKind> workKind(const Context& ctx, const std::string& zoneId) {
    if (const KeyZone* k = ctx.c.key.zone(zoneId); k && k->bandKind) return k->bandKind;
    for (const auto& id : ctx.c.client.indications) {
        if (const Indication* ind = ctx.data.catalogue.findIndication(id)) return ind->band;
    }
    return std::nullopt;
}

double deepestTreatedDepth(const Attempt& a) {
    double deepest = 0.0;
    for (const auto& z : a.zones) {
        if (z.action == ZoneAction::Treat && z.depthMm) deepest = std::max(deepest, *z.depthMm);
    }
    return deepest;
}

} // namespace core::grading
