// The technique section (Perform mode, issue 15). Rules, per zone the attempt
// treats (README "Perform mode"), each line worth 1 raw point:
//  - coverage: points = min(1, coverage / `coverage_min`);
//  - passes: the median coverage count inside the key zone's passes (the
//    profile's plan_defaults passes when the key sets none) earns 1, one pass
//    off earns `passes_near_credit`, else 0;
//  - evenness: 1 when the counts' spread (sd / mean) is at most `evenness_max_spread`;
//  - directions: the share of the expected patterns drawn at least once;
//  - speed: 1 when the gliding strokes' speed lies in `glide_mm_s` (0 when the
//    zone was only stamped or not touched);
//  - a stroke into an untreated zone costs `stray_penalty` points; into a no-go
//    area or an avoided zone it is critical (`critical_stray_into_no_go`), and
//    when the profile turns that off it still costs `stray_penalty` a stroke.
// Not performed: no lines, the section drops out. A zone the accessibility
// option auto-performed (and, once it is used, a zone left empty) keeps its
// figures for the debrief but gets no lines; strays are graded from every
// stroke whatever else was generated.
// The stray rules and the pen head are perform/perform_rules (shared with the live screen).
#include "grading/grading_context.hpp"

#include "perform/coverage_replay.hpp"
#include "perform/perform_rules.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace core::grading {

namespace grade_technique_detail {

constexpr double kTechniquePoints = 1.0;

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%"; }

const KeyZone* keyZone(const Case& c, const std::string& id) {
    const auto it = std::find_if(c.key.zones.begin(), c.key.zones.end(), [&](const KeyZone& k) { return k.zone == id; });
    return it == c.key.zones.end() ? nullptr : &*it;
}

LineItem& addLine(Context& ctx, const std::string& zone, std::string_view aspect, std::string expected, std::string given, double points,
                  std::string_view verdict, const Citation& citation, const char* teaching) {
    LineItem& line = ctx.add(Section::Technique, "technique", zone, aspect, std::move(expected), std::move(given), points, kTechniquePoints,
                             verdict, SharedText(teaching), citation.source, citation.tiers);
    line.citations = citation.citations;
    return line;
}

void gradeZone(Context& ctx, const ZoneMeasures& m) {
    const TechniqueRules& t = ctx.p.technique;
    const KeyZone* key = keyZone(ctx.c, m.zone);
    addLine(ctx, m.zone, "coverage", "at least " + percent(t.coverageMin), percent(m.coverage),
            std::min(1.0, m.coverage / t.coverageMin) * kTechniquePoints, m.coverage + 1e-9 >= t.coverageMin ? "Covered." : "Gaps left untreated.",
            t.coverage, "Work the whole zone: untreated gaps heal without new collagen.");

    const IntRange band = key && key->passes ? *key->passes : ctx.p.planDefaults.passes;
    const double passes = m.passes;
    const double off = passes < band.min ? band.min - passes : (passes > band.max ? passes - band.max : 0.0);
    const double passPoints = m.coveredCells == 0 ? 0.0 : off == 0.0 ? kTechniquePoints : off <= 1.0 ? kTechniquePoints * ctx.p.scoring.passesNearCredit : 0.0;
    addLine(ctx, m.zone, "passes", rangeText(band, "passes"), number(passes) + (passes == 1.0 ? " pass" : " passes"), passPoints,
            off == 0.0 && m.coveredCells > 0 ? "Passes in range." : passes < band.min ? "Too few passes." : "Too many passes.", t.coverage,
            "Go over each area the planned number of times, up to three, or stop at the endpoint.");

    const bool even = m.coveredCells > 0 && m.evenness <= t.evennessMaxSpread + 1e-9;
    addLine(ctx, m.zone, "evenness", "spread at most " + number(t.evennessMaxSpread), number(std::round(m.evenness * 100.0) / 100.0),
            even ? kTechniquePoints : 0.0, even ? "Even." : "Uneven: some parts had far more passes than others.", t.handling,
            "Overlap lanes evenly so every part of the zone gets the same treatment.");

    const std::vector<Pattern> expected = key && key->patterns ? *key->patterns : ctx.p.planDefaults.patterns;
    std::vector<Pattern> drawn;
    int hits = 0;
    for (Pattern p : {Pattern::Vertical, Pattern::Horizontal, Pattern::Oblique}) {
        const auto it = m.directions.find(p);
        if (it == m.directions.end() || it->second == 0) continue;
        drawn.push_back(p);
        if (std::find(expected.begin(), expected.end(), p) != expected.end()) ++hits;
    }
    const double directionPoints = expected.empty() ? kTechniquePoints : kTechniquePoints * hits / static_cast<double>(expected.size());
    addLine(ctx, m.zone, "directions", patternsText(expected), drawn.empty() ? "none" : patternsText(drawn), directionPoints,
            hits == static_cast<int>(expected.size()) ? "All directions." : "Directions missing.", t.coverage,
            "Cross each area vertically, horizontally and obliquely so the channels are spread evenly.");

    const bool inBand = m.glides > 0 && m.glideSpeedMmS + 1e-9 >= t.glideMinMmS && m.glideSpeedMmS <= t.glideMaxMmS + 1e-9;
    const char* speedVerdict = m.glides == 0 ? "No gliding strokes." : inBand ? "A steady glide." : m.glideSpeedMmS < t.glideMinMmS ? "Too slow." : "Too fast.";
    addLine(ctx, m.zone, "speed", number(t.glideMinMmS) + "-" + number(t.glideMaxMmS) + " mm/s",
            m.glides == 0 ? "none" : number(std::round(m.glideSpeedMmS * 10.0) / 10.0) + " mm/s", inBand ? kTechniquePoints : 0.0, speedVerdict,
            t.handling, "Glide at a steady speed: too fast leaves gaps between channels, too slow over-treats one spot.");
}

void gradeStrays(Context& ctx, const PerformMeasures& measures) {
    const TechniqueRules& t = ctx.p.technique;
    std::map<std::string, std::pair<StrayKind, int>> byZone; // into zone -> kind, strokes
    for (const auto& s : measures.strays) {
        auto& entry = byZone.try_emplace(s.intoZone, s.kind, 0).first->second;
        ++entry.second;
    }
    for (const auto& [into, entry] : byZone) {
        const auto [kind, strokes] = entry;
        const bool grave = kind != StrayKind::Untreated;
        // A no-go or avoided zone is critical when the profile says so; otherwise it
        // still costs what a stray into an untreated zone does.
        const bool critical = grave && t.criticalStrayIntoNoGo;
        const char* verdict = !grave ? "Strayed into an untreated zone." : critical ? "Needled where it must never be." : "Needled where it must never be: points lost.";
        const char* teaching = grave ? "Keep the pen inside the zone you treat; never cross into the eyelids or the red of the lip."
                                     : "Stop each lane at the edge of the zone you planned to treat.";
        const std::string given = std::to_string(strokes) + (strokes == 1 ? " stroke" : " strokes");
        LineItem& line = ctx.add(Section::Technique, "technique", into, "stray", "no stroke", given, critical ? 0.0 : -t.strayPenalty * strokes, 0.0,
                                 verdict, SharedText(teaching), t.handling.source, t.handling.tiers);
        line.citations = t.handling.citations;
        if (critical) {
            const Zone* zone = ctx.data.zones.find(into);
            ctx.critical("stroke_into_" + std::string(kind == StrayKind::NoGo ? "no_go" : "avoided") + ":" + into,
                         "A stroke crossed into the " + (zone ? zone->label : into) +
                             (kind == StrayKind::NoGo ? ", a no-go area." : ", a zone that must be avoided."),
                         line);
        }
    }
}

} // namespace grade_technique_detail

void gradeTechnique(Context& ctx) {
    using namespace grade_technique_detail;
    if (!ctx.a.perform) return;
    const PerformRecord& record = *ctx.a.perform;
    const double headMm = performHeadMm(&record, ctx.data.catalogue);
    const StrayRules rules = strayRulesFor(ctx.a, ctx.c);
    std::vector<std::string> zones;
    for (const auto& z : ctx.a.zones) {
        if (z.action == ZoneAction::Treat) zones.push_back(z.zone);
    }
    const ViewCoverage coverage = replayViewCoverage(record, ctx.data.zones, headMm);
    ctx.report.perform = measurePerform(record, coverage, ctx.data.zones, zones, rules, headMm);
    // Zones the accessibility option drew are shown, not assessed. Once it is
    // used, a zone left empty is not assessed either (the trainee may be unable
    // to hold the pen); without it an empty treated zone earns nothing, as before.
    std::set<std::string> generated, drawn;
    for (const auto& s : record.strokes) (s.generated ? generated : drawn).insert(s.zone);
    int graded = 0;
    for (const auto& m : ctx.report.perform.zones) {
        if (generated.count(m.zone) || (!generated.empty() && !drawn.count(m.zone))) continue;
        gradeZone(ctx, m);
        ++graded;
    }
    ctx.report.technique = graded == 0 && !generated.empty() ? TechniqueStatus::NotAssessed : TechniqueStatus::Assessed;
    // Every stroke's strays, whatever was generated: auto-perform never hides a stray.
    gradeStrays(ctx, ctx.report.perform);
}

} // namespace core::grading
