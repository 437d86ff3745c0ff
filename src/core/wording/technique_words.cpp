// Perform mode's figures in plain words for the debrief.
#include "wording/report_wording.hpp"

#include "base/number_text.hpp"
#include "base/ascii_text.hpp"

#include <cmath>
#include <sstream>

namespace core {

namespace technique_words_detail {

std::string percentText(double share) { return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%"; }

// "Left cheek" -> "cheek" for "the lower cheek": the label without its side in brackets or words.
std::string shortName(const std::string& label) {
    std::string name = label;
    if (const auto bracket = name.find(" ("); bracket != std::string::npos) name.erase(bracket);
    for (const char* side : {"Left ", "Right ", "left ", "right "}) {
        if (name.starts_with(side)) name.erase(0, std::string(side).size());
    }
    return asciiLowered(name);
}

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

} // namespace technique_words_detail

std::vector<std::string> techniqueWords(const Report& report, const ZoneMap& zones) {
    using namespace technique_words_detail;
    std::vector<std::string> lines;
    if (report.technique == TechniqueStatus::NotPerformed) return lines;
    for (const auto& m : report.perform.zones) {
        const Zone* zone = zones.find(m.zone);
        const std::string label = zone ? zone->label : m.zone;
        std::string line = label + ": covered " + percentText(m.coverage);
        if (!m.missedPart.empty()) line += ": the " + m.missedPart + " " + shortName(label) + " was missed";
        line += "; " + numberText(m.passes) + (m.passes == 1.0 ? " pass" : " passes");
        line += "; " + directionsText(m);
        if (m.glides > 0 || m.glideSpeedMmS > 0.0) line += "; glide " + std::to_string(static_cast<int>(std::lround(m.glideSpeedMmS))) + " mm/s";
        if (m.stamps > 0) line += "; " + std::to_string(m.stamps) + (m.stamps == 1 ? " stamp" : " stamps");
        lines.push_back(line + ".");
    }
    if (report.technique == TechniqueStatus::NotAssessed) lines.push_back("Auto-performed: technique was not assessed.");
    return lines;
}

} // namespace core
