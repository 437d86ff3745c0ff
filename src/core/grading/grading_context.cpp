// Formatting helpers shared by the grader's sections, kept cheap:
// the grader runs 100 000+ times a second in the benchmark.
#include "grading/grading_context.hpp"

#include "base/number_text.hpp"

#include <set>

#include <cmath>

namespace core::grading {

LineItem& Context::add(Section section, std::string_view kind, std::string subject, std::string_view aspect, std::string expected, std::string given, double points,
                       double max, std::string_view verdict, SharedText teaching, SharedText source, std::string tier) {
    return report.items.emplace_back(section, kind, std::move(subject), aspect, std::move(expected), std::move(given), points, max, verdict,
                                     std::move(teaching), std::move(source), std::move(tier), false);
}

void Context::zone(const std::string& zoneId, ZoneVerdict verdict) {
    const auto [it, added] = report.zoneVerdicts.try_emplace(zoneId, verdict);
    if (!added && verdictSeverity(verdict) > verdictSeverity(it->second)) it->second = verdict;
}

void Context::critical(std::string id, std::string message) {
    for (const auto& existing : report.critical) {
        if (existing.id == id) return;
    }
    report.critical.push_back({std::move(id), std::move(message)});
}

void Context::critical(std::string id, std::string message, LineItem& line) {
    line.critical = true;
    critical(std::move(id), std::move(message));
}

bool isTreating(Decision d) { return isTreatingDecision(d); }

std::string number(double value) {
    // Fast path for the values the grader prints: depths in 0.25 mm steps and
    // whole numbers. snprintf("%g") dominated the profile otherwise.
    const double hundredths = value * 100.0;
    const long rounded = std::lround(hundredths);
    if (value >= 0.0 && value < 1e6 && std::fabs(hundredths - static_cast<double>(rounded)) < 1e-6) {
        std::string out = std::to_string(rounded / 100);
        const long frac = rounded % 100;
        if (frac != 0) {
            out += '.';
            out += static_cast<char>('0' + frac / 10);
            if (frac % 10 != 0) out += static_cast<char>('0' + frac % 10);
        }
        return out;
    }
    return numberText(value); // "%g", without the locale's decimal point
}

std::string mm(double value) { return number(value) + " mm"; }

std::string bandText(const Band& b) {
    return b.min == b.max ? mm(b.min) : number(b.min) + "-" + number(b.max) + " mm";
}

std::string rangeText(const IntRange& r, const char* unit) {
    return (r.min == r.max ? std::to_string(r.min) : std::to_string(r.min) + "-" + std::to_string(r.max)) + " " + unit;
}

std::string tiersText(const std::vector<Tier>& tiers) {
    std::string out;
    for (auto t : tiers) out += (out.empty() ? "" : ", ") + toString(t);
    return out;
}

std::string patternsText(const std::vector<Pattern>& patterns) {
    if (patterns.empty()) return "none";
    static const std::string allThree = "vertical, horizontal, oblique";
    if (patterns.size() == 3 && patterns[0] == Pattern::Vertical && patterns[1] == Pattern::Horizontal &&
        patterns[2] == Pattern::Oblique) {
        return allThree;
    }
    std::string out;
    for (auto p : patterns) out += (out.empty() ? "" : ", ") + toString(p);
    return out;
}

void citeCase(const Context& ctx, LineItem& line) {
    const CaseCitations& cited = ctx.cited;
    if (cited.source.empty()) return;
    line.source = SharedText("Case key, from " + cited.source.str());
    line.citations = cited.citations;
    line.tier = cited.tiers;
}

const SharedText& firstOf(const SharedText& a, const SharedText& b) { return a.empty() ? b : a; }

CaseCitations caseCitations(const Case& c, const References& references) {
    std::vector<std::string> ids;
    std::string legacy;
    std::set<Tier> legacyTiers;
    for (const auto& s : c.sources) {
        if (!s.ref.empty()) {
            ids.push_back(s.ref);
        } else if (!s.citation.empty()) {
            legacy += (legacy.empty() ? "" : "; ") + s.citation.str();
            legacyTiers.insert(s.tier);
        }
    }
    CaseCitations out;
    std::string shortText = shortCitations(references, ids);
    std::string full;
    for (const auto& id : ids) {
        if (const Reference* r = references.find(id)) full += (full.empty() ? "" : "\n") + fullCitation(*r);
    }
    if (!legacy.empty()) {
        shortText += (shortText.empty() ? "" : "; ") + legacy;
        full += (full.empty() ? "" : "\n") + legacy;
    }
    out.source = SharedText(shortText);
    out.citations = SharedText(full);
    out.tiers = tiersText(references, ids);
    for (const Tier t : legacyTiers) {
        if (out.tiers.find(toString(t)) == std::string::npos) out.tiers += (out.tiers.empty() ? "" : ", ") + toString(t);
    }
    return out;
}

} // namespace core::grading
