// The product's bibliography, loaded from assets/references.json: every rule
// in the catalogue and the profiles cites entries here by id, and the debrief
// shows their short and full citations.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "base/shared_text.hpp"
#include "terms/vocabulary.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

struct Reference {
    std::string id;                   // kebab-case, cited by rules
    std::vector<std::string> authors; // "Harris AG"; empty for an organisation's document
    std::string organisation;         // "US Food and Drug Administration", when it is the author
    std::optional<int> year;
    std::string title;
    std::string container; // journal, publisher or issuing body
    std::string volume;
    std::string issue;
    std::string pages;
    std::string doi;
    std::string url;
    Tier tier = Tier::PeerReviewed;
    std::string note; // what kind of source it is, when that needs saying
};

// What a rule cites: the ids, and once resolved their short and full citations.
struct Citation {
    std::vector<std::string> refs;
    SharedText source;    // "Harris et al. 2015; ..."
    SharedText citations; // full citations, one per line
    std::string tiers;    // "PR, SEED"
};

struct References {
    std::vector<Reference> items;
    [[nodiscard]] const Reference* find(const std::string& id) const;
    [[nodiscard]] std::vector<std::string> ids() const;
};

References readReferences(const Json& root, Diagnostics& diagnostics);

// "Harris et al. 2015", "Cohen & Elbuluk 2016", "US Food and Drug Administration 2020",
// "Clinic training material: What is Microneedling?" (undated: the title tells them apart).
[[nodiscard]] std::string shortCitation(const Reference& reference);
// Authors. Title. Container. Year;Volume(Issue):Pages. doi:DOI (or the URL). [TIER]
[[nodiscard]] std::string fullCitation(const Reference& reference);
// The tiers of the cited references, strongest first: "PR, SEED".
[[nodiscard]] std::string tiersText(const References& references, const std::vector<std::string>& ids);
// Short citations of several ids joined with "; ", each once (unknown ids are shown as they are).
[[nodiscard]] std::string shortCitations(const References& references, const std::vector<std::string>& ids);

} // namespace core

namespace core {

// Fills a rule's short `source` and full `citations` from its reference ids, or
// reports errors at `idsPointer` (the id array's own pointer).
void resolveRefs(const std::vector<std::string>& ids, const References& references, const std::string& idsPointer, Diagnostics& diagnostics,
                 SharedText& source, SharedText& citations);
// Resolves one citation whose id array is at `idsPointer` (e.g. "/plan_defaults/endpoint_refs").
void resolveCitation(Citation& citation, const References& references, const std::string& idsPointer, Diagnostics& diagnostics);

} // namespace core
