// A finding as seen, and zones inside sentences (see finding_seen.hpp).
#include "model/finding_seen.hpp"

#include "base/ascii_text.hpp"

namespace core {

std::string zoneInSentence(const ZoneMap& zones, const std::string& zoneId) {
    const Zone* z = zones.find(zoneId);
    std::string label = z ? z->label : zoneId;
    for (char& ch : label) {
        if (ch == '_') ch = ' ';
    }
    // "Chin" -> "chin", but an all-capitals word stays as written.
    return "the " + lowerFirstInSentence(label);
}

std::string seenDescription(const Finding& finding, const ZoneMap& zones) {
    if (!finding.note.empty()) return finding.note.str();
    return "a spot on " + zoneInSentence(zones, finding.zone);
}

} // namespace core
