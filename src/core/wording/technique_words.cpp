// Perform mode's figures in plain words for the debrief: the per-zone summary
// and each technique line item as a sentence.
#include "wording/report_wording.hpp"

#include "base/number_text.hpp"
#include "base/ascii_text.hpp"
#include "model/finding_seen.hpp"

#include <charconv>
#include <cmath>
#include <optional>

namespace core {

namespace technique_words_detail {

std::string percentText(double share) { return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%"; }

std::string directionsText(const ZoneMeasures& m) {
    std::string drawn, missing;
    for (Pattern p : {Pattern::Vertical, Pattern::Horizontal, Pattern::Oblique}) {
        const auto it = m.directions.find(p);
        std::string& list = it != m.directions.end() && it->second > 0 ? drawn : missing;
        list += (list.empty() ? "" : " and ") + toString(p);
    }
    if (drawn.empty()) return "no strokes";
    return drawn + " strokes" + (missing.empty() ? "" : ", no " + missing);
}

// The number a line's text starts with ("42 mm/s" -> 42, "1-3 passes" -> 1).
std::optional<double> leadingNumber(std::string_view text) {
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end == text.data()) return std::nullopt;
    return value;
}

// A band written "5-30 mm/s" or "1-3 passes" (or one value, "2 passes") as its ends.
std::optional<std::pair<double, double>> bandOf(std::string_view text) {
    const auto low = leadingNumber(text);
    if (!low) return std::nullopt;
    const auto dash = text.find('-');
    if (dash == std::string_view::npos || dash > text.find(' ')) return std::pair{*low, *low};
    const auto high = leadingNumber(text.substr(dash + 1));
    return high ? std::optional(std::pair{*low, *high}) : std::nullopt;
}

const ZoneMeasures* measuresOf(const WordingSources& src, const std::string& zone) {
    return src.report ? src.report->perform.zone(zone) : nullptr;
}

// "vertical, horizontal, oblique" -> the words not in `given`, joined with "and".
std::string missingPatterns(const std::string& expected, const std::string& given) {
    std::string missing;
    std::size_t start = 0;
    while (start < expected.size()) {
        const auto comma = expected.find(", ", start);
        const std::string word = expected.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (given.find(word) == std::string::npos) missing += (missing.empty() ? "" : " and ") + word;
        start = comma == std::string::npos ? expected.size() : comma + 2;
    }
    return missing;
}

LineWords coverageWords(const LineItem& item, const std::string& zone, const ZoneMeasures* m) {
    const std::string needed = " (" + item.expected + " needed).";
    if (leadingNumber(item.given).value_or(0.0) <= 0.0) return {upperFirst(zone) + " was not needled: 0% covered" + needed, {}};
    if (!lostPoints(item)) return {"Covered " + item.given + " of " + zone + ": enough" + needed, {}};
    const std::string missed = m && m->missedPart != MissedPart::None ? ": the " + toString(m->missedPart) + " part was missed" : ", with gaps left untreated";
    return {"Covered " + item.given + " of " + zone + missed + needed, {}};
}

LineWords passesWords(const LineItem& item, const std::string& zone) {
    const auto given = leadingNumber(item.given);
    const auto band = bandOf(item.expected);
    if (!given || *given <= 0.0) return {upperFirst(zone) + " had no passes; the range is " + item.expected + ".", {}};
    const std::string had = upperFirst(zone) + " had " + item.given;
    if (!lostPoints(item)) return {had + ", in range (" + item.expected + ").", {}};
    const bool few = band && *given < band->first;
    return {had + (few ? ", fewer than the " : ", more than the ") + item.expected + " planned.", {}};
}

LineWords evennessWords(const LineItem& item, const std::string& zone, const ZoneMeasures* m) {
    const std::string limit = item.expected.starts_with("spread ") ? item.expected.substr(7) : item.expected;
    if ((m && m->coveredCells == 0) || (!m && leadingNumber(item.given).value_or(0.0) <= 0.0 && lostPoints(item)))
        return {upperFirst(zone) + " was not needled, so its evenness cannot be judged.", {}};
    if (!lostPoints(item)) return {"Even passes over " + zone + ": spread " + item.given + " (" + limit + ").", {}};
    return {"Uneven passes over " + zone + ": spread " + item.given + ", over the " + limit.substr(limit.find_last_of(' ') + 1) +
                " allowed; some parts had far more passes than others.",
            {}};
}

LineWords directionWords(const LineItem& item, const std::string& zone) {
    const std::string Zone = upperFirst(zone);
    if (!lostPoints(item)) return {Zone + ": strokes in every direction needed (" + item.expected + ").", {}};
    if (item.given == "none") return {Zone + ": no strokes; needed: " + item.expected + ".", {}};
    const std::string missing = missingPatterns(item.expected, item.given);
    return {Zone + ": " + item.given + " strokes only; missing: " + (missing.empty() ? item.expected : missing) + ".", {}};
}

LineWords speedWords(const LineItem& item, const std::string& zone, const ZoneMeasures* m) {
    if (item.given == "none") {
        const bool stamped = m && m->stamps > 0;
        return {(stamped ? upperFirst(zone) + " was only stamped, never glided" : "No gliding strokes on " + zone) + ": the glide band is " + item.expected + ".", {}};
    }
    const std::string glide = "Glide " + item.given + " on " + zone;
    if (!lostPoints(item)) return {glide + ", inside the " + item.expected + " band.", {}};
    const auto speed = leadingNumber(item.given);
    const auto band = bandOf(item.expected);
    const bool slow = speed && band && *speed < band->first;
    return {glide + (slow ? ", slower than the " : ", faster than the ") + item.expected + " band.", {}};
}

LineWords strayWords(const LineItem& item, const std::string& zone, const WordingSources& src) {
    std::optional<StrayKind> kind;
    if (src.report) {
        for (const auto& s : src.report->perform.strays) {
            if (s.intoZone == item.subject) kind = s.kind;
        }
    }
    if (!kind) kind = item.points < 0.0 ? StrayKind::Untreated : StrayKind::NoGo; // a deduction is the untreated kind
    const std::string crossed = upperFirst(item.given) + " crossed into " + zone;
    switch (*kind) {
    // The no-go zones' labels say "(no-go)" already.
    case StrayKind::NoGo: return {crossed + (zone.find("no-go") == std::string::npos ? ", a no-go area" : "") + ": never needle there.", {}};
    case StrayKind::Avoided: return {crossed + ", a zone this plan avoids: never needle there.", {}};
    case StrayKind::Untreated: break;
    }
    return {upperFirst(item.given) + " strayed into " + zone + ", which this plan leaves untreated.", {}};
}

} // namespace technique_words_detail

std::vector<std::string> techniqueWords(const Report& report, const ZoneMap& zones) {
    using namespace technique_words_detail;
    std::vector<std::string> lines;
    if (report.technique == TechniqueStatus::NotPerformed) return lines;
    for (const auto& m : report.perform.zones) {
        const Zone* zone = zones.find(m.zone);
        const std::string label = zone ? zone->label : m.zone;
        std::string line = label + ": covered " + percentText(m.coverage);
        if (m.missedPart != MissedPart::None) line += ": " + missedPartWords(m.missedPart) + " the " + lowerFirstInSentence(label) + " was missed";
        line += "; " + numberText(m.passes) + (m.passes == 1.0 ? " pass" : " passes");
        line += "; " + directionsText(m);
        if (m.glides > 0 || m.glideSpeedMmS > 0.0) line += "; glide " + std::to_string(static_cast<int>(std::lround(m.glideSpeedMmS))) + " mm/s";
        if (m.stamps > 0) line += "; " + std::to_string(m.stamps) + (m.stamps == 1 ? " stamp" : " stamps");
        lines.push_back(line + ".");
    }
    if (report.technique == TechniqueStatus::NotAssessed) lines.push_back("Auto-performed: technique was not assessed.");
    return lines;
}

LineWords techniqueLineWords(const LineItem& item, const WordingSources& sources) {
    using namespace technique_words_detail;
    const std::string zone = zoneInSentence(sources.zones, item.subject);
    const ZoneMeasures* m = measuresOf(sources, item.subject);
    const std::string_view aspect = item.aspect;
    if (aspect == "coverage") return coverageWords(item, zone, m);
    if (aspect == "passes") return passesWords(item, zone);
    if (aspect == "evenness") return evennessWords(item, zone, m);
    if (aspect == "directions") return directionWords(item, zone);
    if (aspect == "speed") return speedWords(item, zone, m);
    if (aspect == "stray") return strayWords(item, zone, sources);
    // A technique aspect added later without words: the grader's verdict on the zone.
    return {upperFirst(zone) + ": " + std::string(item.verdict), "Yours: " + item.given + ". Expected: " + item.expected + "."};
}

} // namespace core
