// Resolving the reference ids that the catalogue's and a profile's rules cite.
#include "model/citation_links.hpp"

#include "model/catalogue.hpp"
#include "model/protocol.hpp"

namespace core {

void resolveCatalogueCitations(Catalogue& catalogue, const References& references, Diagnostics& diagnostics) {
    for (std::size_t i = 0; i < catalogue.screening.size(); ++i) {
        auto& item = catalogue.screening[i];
        resolveRefs(item.refs, references, "/screening/" + std::to_string(i) + "/refs", diagnostics, item.source, item.citations);
    }
    for (std::size_t i = 0; i < catalogue.aftercare.size(); ++i) {
        auto& item = catalogue.aftercare[i];
        resolveRefs(item.refs, references, "/aftercare/" + std::to_string(i) + "/refs", diagnostics, item.source, item.citations);
    }
    for (std::size_t i = 0; i < catalogue.advice.size(); ++i) {
        auto& item = catalogue.advice[i];
        resolveRefs(item.refs, references, "/advice/" + std::to_string(i) + "/refs", diagnostics, item.source, item.citations);
    }
    for (std::size_t i = 0; i < catalogue.questions.size(); ++i) {
        auto& q = catalogue.questions[i];
        resolveRefs(q.refs, references, "/questions/" + std::to_string(i) + "/refs", diagnostics, q.source, q.citations);
    }
    for (auto& rule : catalogue.outcomes) {
        resolveCitation(rule.citation, references, rule.pointer + "/refs", diagnostics);
    }
}

void resolveProtocolCitations(Protocol& protocol, const References& references, Diagnostics& diagnostics) {
    for (auto& [zone, profile] : protocol.zones) {
        resolveRefs(profile.refs, references, "/zones/" + zone + "/refs", diagnostics, profile.source, profile.citations);
        for (auto& [kind, citation] : profile.bandCitations) {
            resolveCitation(citation, references, "/zones/" + zone + "/band_refs/" + toString(kind), diagnostics);
        }
    }
    resolveCitation(protocol.planDefaults.technique, references, "/plan_defaults/refs", diagnostics);
    resolveCitation(protocol.planDefaults.endpoint, references, "/plan_defaults/endpoint_refs", diagnostics);
    resolveCitation(protocol.technique.coverage, references, "/technique/refs", diagnostics);
    resolveCitation(protocol.technique.handling, references, "/technique/handling_refs", diagnostics);
    resolveCitation(protocol.schedule, references, "/schedule/refs", diagnostics);
    resolveCitation(protocol.skinType.citation, references, "/skin_type/refs", diagnostics);
    resolveCitation(protocol.minimumIntervals.citation, references, "/schedule/min_interval_weeks/refs", diagnostics);
    for (auto& w : protocol.waits) resolveCitation(w.citation, references, "/waits/" + toString(w.kind) + "/refs", diagnostics);
    for (std::size_t i = 0; i < protocol.modifiers.fitzpatrickLimits.size(); ++i) {
        auto& limit = protocol.modifiers.fitzpatrickLimits[i];
        resolveRefs(limit.refs, references, "/modifiers/fitzpatrick_limits/" + std::to_string(i) + "/refs", diagnostics, limit.source, limit.citations);
    }
}

} // namespace core
