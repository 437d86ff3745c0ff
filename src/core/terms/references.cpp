// Reading the bibliography and formatting its citations.
#include "terms/references.hpp"

#include "base/text_similarity.hpp"
#include "json/object_reader.hpp"

#include <set>

namespace core {

const Reference* References::find(const std::string& id) const {
    for (const auto& r : items) {
        if (r.id == id) return &r;
    }
    return nullptr;
}

std::vector<std::string> References::ids() const {
    std::vector<std::string> out;
    for (const auto& r : items) out.push_back(r.id);
    return out;
}

References readReferences(const Json& root, Diagnostics& diagnostics) {
    References out;
    ObjectReader top(root, "", diagnostics);
    if (!top.isObject()) return out;
    (void)top.string("kind", Need::Required);
    (void)top.integer("schema_version", Need::Required, 1, 1);
    const Json* list = top.array("references", Need::Required);
    if (!list) return out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        ObjectReader r((*list)[i], "/references/" + std::to_string(i), diagnostics);
        if (!r.isObject()) continue;
        Reference ref;
        ref.id = r.string("id", Need::Required, false).value_or("");
        ref.authors = r.stringArray("authors", Need::Optional);
        ref.organisation = r.string("organisation", Need::Optional).value_or("");
        ref.year = r.integer("year", Need::Optional, 1900, 2100); // unknown for undated clinic texts
        ref.title = r.string("title", Need::Required, false).value_or("");
        ref.container = r.string("container", Need::Required, false).value_or("");
        ref.volume = r.string("volume", Need::Optional).value_or("");
        ref.issue = r.string("issue", Need::Optional).value_or("");
        ref.pages = r.string("pages", Need::Optional).value_or("");
        ref.doi = r.string("doi", Need::Optional).value_or("");
        ref.url = r.string("url", Need::Optional).value_or("");
        ref.tier = r.choice("tier", Need::Required, tierChoices()).value_or(Tier::PeerReviewed);
        ref.note = r.string("note", Need::Optional).value_or("");
        if (ref.authors.empty() && ref.organisation.empty()) {
            diagnostics.error(r.pointer(), "a reference needs \"authors\" or an \"organisation\" that wrote it");
        }
        if (ref.doi.empty() && ref.url.empty() && (ref.tier == Tier::PeerReviewed || ref.tier == Tier::Regulatory)) {
            diagnostics.error(r.pointer(), "a published reference needs a \"doi\" or a \"url\" so a reader can find it");
        }
        if (!ref.id.empty() && !seen.insert(ref.id).second) {
            diagnostics.error(r.pointerOf("id"), "\"" + ref.id + "\" is listed twice: reference ids must be unique");
        }
        out.items.push_back(std::move(ref));
    }
    return out;
}

namespace {

std::string surname(const std::string& author) {
    const auto space = author.rfind(' ');
    return space == std::string::npos ? author : author.substr(0, space);
}

} // namespace

std::string shortCitation(const Reference& r) {
    std::string who;
    if (r.authors.empty()) {
        // "US Food and Drug Administration, Center for ..." reads as its first part.
        who = r.organisation.substr(0, r.organisation.find(','));
        // Undated texts by one body (clinic training material) are told apart by title.
        if (!r.year) return who + ": " + r.title;
    } else if (r.authors.size() == 1) {
        who = surname(r.authors[0]);
    } else if (r.authors.size() == 2) {
        who = surname(r.authors[0]) + " & " + surname(r.authors[1]);
    } else {
        who = surname(r.authors[0]) + " et al.";
    }
    return r.year ? who + " " + std::to_string(*r.year) : who;
}

std::string fullCitation(const Reference& r) {
    std::string out;
    if (r.authors.empty()) {
        out = r.organisation;
    } else {
        for (std::size_t i = 0; i < r.authors.size() && i < 6; ++i) out += (i ? ", " : "") + r.authors[i];
        if (r.authors.size() > 6) out += ", et al";
    }
    out += ". " + r.title;
    if (!r.title.empty() && r.title.back() != '.' && r.title.back() != '?') out += ".";
    out += " " + r.container + ".";
    if (r.year) {
        out += " " + std::to_string(*r.year);
        if (!r.volume.empty()) out += ";" + r.volume;
        if (!r.issue.empty()) out += "(" + r.issue + ")";
        if (!r.pages.empty()) out += ":" + r.pages;
        out += ".";
    }
    if (!r.doi.empty()) {
        out += " doi:" + r.doi;
    } else if (!r.url.empty()) {
        out += " " + r.url;
    }
    if (!r.note.empty()) out += " (" + r.note + ")";
    out += " [" + toString(r.tier) + "]";
    return out;
}

std::string shortCitations(const References& references, const std::vector<std::string>& ids) {
    std::string out;
    std::set<std::string> shown;
    for (const auto& id : ids) {
        const Reference* r = references.find(id);
        const std::string text = r ? shortCitation(*r) : id;
        if (shown.insert(text).second) out += (out.empty() ? "" : "; ") + text;
    }
    return out;
}

// The short and full citations of `ids`, or errors at `idsPointer` (the id array's own pointer).
void resolveRefs(const std::vector<std::string>& ids, const References& references, const std::string& idsPointer, Diagnostics& diagnostics,
             SharedText& source, SharedText& citations) {
    if (ids.empty()) {
        diagnostics.error(idsPointer, "cite at least one reference id from assets/references.json");
        return;
    }
    std::string full;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const Reference* r = references.find(ids[i]);
        if (!r) {
            diagnostics.error(idsPointer + "/" + std::to_string(i), "unknown reference \"" + ids[i] +
                                                                          "\": add it to assets/references.json or fix the id." +
                                                                          didYouMean(ids[i], references.ids()));
            continue;
        }
        full += (full.empty() ? "" : "\n") + fullCitation(*r);
    }
    source = SharedText(shortCitations(references, ids));
    citations = SharedText(full);
}

std::string tiersText(const References& references, const std::vector<std::string>& ids) {
    std::string out;
    for (const Tier tier : {Tier::PeerReviewed, Tier::Regulatory, Tier::Industry, Tier::Seed}) {
        for (const auto& id : ids) {
            const Reference* r = references.find(id);
            if (r && r->tier == tier) {
                out += (out.empty() ? "" : ", ") + toString(tier);
                break;
            }
        }
    }
    return out;
}

void resolveCitation(Citation& citation, const References& references, const std::string& idsPointer, Diagnostics& diagnostics) {
    resolveRefs(citation.refs, references, idsPointer, diagnostics, citation.source, citation.citations);
    citation.tiers = tiersText(references, citation.refs);
}

} // namespace core

