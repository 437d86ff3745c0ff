// Wording of perform figures. Numbers are rounded the way a trainer would say
// them: whole percent, passes to one decimal, speed to whole mm/s.
#include "practice/perform_words.hpp"

#include "base/ascii_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace core {

namespace perform_words_detail {

std::string fixed(double v, int decimals) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, v);
    return text;
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%"; }

} // namespace perform_words_detail

std::string coverageWords(const ZoneMeasures& m, const std::string& zoneLabel, const TechniqueRules& rules) {
    using namespace perform_words_detail;
    std::string line = "Covered " + percent(m.coverage);
    if (m.coverage >= rules.coverageMin || m.missedPart == MissedPart::None) return line + " of the " + lowerFirstInSentence(zoneLabel) + ".";
    return line + ": " + missedPartWords(m.missedPart) + " the " + lowerFirstInSentence(zoneLabel) + " was missed.";
}

std::vector<std::string> performZoneWords(const ZoneWordsInput& in) {
    using namespace perform_words_detail;
    const TechniqueRules defaults;
    const TechniqueRules& rules = in.rules ? *in.rules : defaults;
    if (!in.measures || in.measures->strokes == 0) return {"Not needled yet."};
    const ZoneMeasures& m = *in.measures;
    std::vector<std::string> out{coverageWords(m, in.zoneLabel, rules)};

    std::string passes = "Passes: " + fixed(m.passes, 1) + " over the covered skin (median)";
    if (in.plannedPasses > 0) {
        passes += ", " + std::to_string(in.plannedPasses) + " planned";
        if (m.passes + 0.5 < in.plannedPasses) passes += ": too few";
        else if (m.passes - 0.5 > in.plannedPasses) passes += ": more than planned";
    }
    out.push_back(passes + ".");

    out.push_back(m.evenness <= rules.evennessMaxSpread
                      ? "Even: spread " + fixed(m.evenness, 2) + " (at most " + fixed(rules.evennessMaxSpread, 2) + ")."
                      : "Uneven: some skin got many more passes than the rest (spread " + fixed(m.evenness, 2) + ", aim for at most " +
                            fixed(rules.evennessMaxSpread, 2) + ").");

    std::string directions = "Directions:";
    std::vector<std::string> missing;
    for (const auto& [name, pattern] : patternChoices()) {
        const auto it = m.directions.find(pattern);
        const int n = it == m.directions.end() ? 0 : it->second;
        directions += " " + std::to_string(n) + " " + name + (name == patternChoices().back().first ? "" : ",");
        const bool planned = std::find(in.plannedPatterns.begin(), in.plannedPatterns.end(), pattern) != in.plannedPatterns.end();
        if (planned && n == 0) missing.push_back(name);
    }
    if (!missing.empty()) {
        directions += ": no ";
        for (std::size_t i = 0; i < missing.size(); ++i) directions += (i ? (i + 1 == missing.size() ? " or " : ", ") : "") + missing[i];
        directions += " pass though the plan asks for it";
    }
    out.push_back(directions + ".");

    if (m.glides > 0) {
        std::string speed = "Glide " + fixed(m.glideSpeedMmS, 0) + " mm/s";
        if (m.glideSpeedMmS < rules.glideMinMmS) speed += ": slower than";
        else if (m.glideSpeedMmS > rules.glideMaxMmS) speed += ": faster than";
        else speed += ", inside";
        out.push_back(speed + " the " + fixed(rules.glideMinMmS, 0) + "-" + fixed(rules.glideMaxMmS, 0) + " mm/s band.");
    }
    std::string handling = std::to_string(m.glides) + (m.glides == 1 ? " glide, " : " glides, ") + std::to_string(m.stamps) +
                           (m.stamps == 1 ? " stamp" : " stamps");
    if (m.stamps > m.glides) handling += ": glide the pen across the skin rather than stamping";
    out.push_back(handling + ".");
    return out;
}

std::string strayWords(const StrayStroke& stray, const ZoneMap& zones, const TechniqueRules& rules) {
    using namespace perform_words_detail;
    const auto label = [&](const std::string& id) {
        const Zone* z = zones.find(id);
        std::string text = z ? lowerFirstInSentence(z->label) : id;
        // The kind is said after the name, so a "(no-go)" in the label would say it twice.
        if (const std::string tag = " (no-go)"; text.ends_with(tag)) text.erase(text.size() - tag.size());
        return text;
    };
    std::string line = "Stroke " + std::to_string(stray.stroke + 1) + " went from the " + label(stray.fromZone) + " into the " + label(stray.intoZone);
    // The verdict follows the profile, as the grader's does (critical_stray_into_no_go).
    const std::string verdict = rules.criticalStrayIntoNoGo ? ": a critical error." : ": points lost.";
    switch (stray.kind) {
    case StrayKind::NoGo: return line + " (a no-go area)" + verdict;
    case StrayKind::Avoided: return line + " (a zone to avoid)" + verdict;
    case StrayKind::Untreated: return line + ", which the plan does not treat: points lost.";
    }
    return line + ".";
}

} // namespace core
