// Per-zone figures from a record and its coverage grid.
#include "perform/zone_measures.hpp"

#include "perform/pen_path.hpp"

#include <algorithm>
#include <cmath>

namespace core {

namespace zone_measures_detail {

// The zone's least-covered half (or its middle).
MissedPart missedPart(const std::vector<glm::dvec2>& missed, const std::vector<glm::dvec2>& all) {
    if (missed.empty() || all.empty()) return MissedPart::None;
    glm::dvec2 centre{0.0, 0.0};
    for (const auto& p : all) centre += p;
    centre /= static_cast<double>(all.size());
    glm::dvec2 gap{0.0, 0.0};
    for (const auto& p : missed) gap += p;
    gap /= static_cast<double>(missed.size());
    const glm::dvec2 off = gap - centre;
    // Within a fifth of the zone's spread of its centre: the gaps are in the middle.
    double spread = 0.0;
    for (const auto& p : all) spread += std::abs(p.x - centre.x) + std::abs(p.y - centre.y);
    spread /= static_cast<double>(all.size());
    if (std::abs(off.x) + std::abs(off.y) < 0.2 * spread) return MissedPart::Middle;
    if (std::abs(off.y) >= std::abs(off.x)) return off.y > 0.0 ? MissedPart::Lower : MissedPart::Upper;
    return off.x > 0.0 ? MissedPart::RightHand : MissedPart::LeftHand; // as the map is seen
}

double median(std::vector<int> values) {
    if (values.empty()) return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

void measureCells(ZoneMeasures& m, const Zone& zone, const CoverageGrid& grid, const ZoneMap& map, MeasureCache& cache) {
    // `grid` holds only the strokes drawn on the zone's own picture (ViewCoverage).
    const std::vector<ZoneCell>& cells = cache.cellsOf(zone, grid, map);
    std::vector<int> counts;
    std::vector<glm::dvec2> all, missed;
    all.reserve(cells.size());
    for (const ZoneCell& cell : cells) {
        ++m.cells;
        all.push_back(cell.centre);
        const int n = grid.count(cell.column, cell.row);
        if (n > 0) counts.push_back(n);
        else missed.push_back(cell.centre);
    }
    m.coveredCells = static_cast<int>(counts.size());
    m.coverage = m.cells > 0 ? static_cast<double>(m.coveredCells) / m.cells : 0.0;
    m.passes = median(counts);
    if (!counts.empty()) {
        double mean = 0.0;
        for (int n : counts) mean += n;
        mean /= static_cast<double>(counts.size());
        double variance = 0.0;
        for (int n : counts) variance += (n - mean) * (n - mean);
        variance /= static_cast<double>(counts.size());
        m.evenness = std::sqrt(variance) / mean;
    }
    // Name the gap only when a meaningful part (a tenth) is missed.
    if (m.cells > 0 && missed.size() * 10 >= static_cast<std::size_t>(m.cells)) m.missedPart = missedPart(missed, all);
}

// The gravest zone a stroke's centre line enters, on the picture of the zone
// it was drawn for. A stroke's own zone is no licence: a zone counts as its own
// only while the plan treats it (an attempt file may claim any zone).
std::optional<StrayStroke> strayOf(const PerformStroke& stroke, std::size_t index, const ZoneMap& map, const StrayRules& rules) {
    std::optional<StrayStroke> worst;
    const MapView view = viewOfStroke(map, stroke);
    auto consider = [&](glm::dvec2 point) {
        const Zone* hit = map.hitTest(point, view);
        // A no-go area is never a stroke's own zone, even when a stroke claims it.
        if (!hit || (!hit->noGo && rules.treated.count(hit->id))) return;
        const StrayKind kind = hit->noGo ? StrayKind::NoGo : rules.avoided.count(hit->id) ? StrayKind::Avoided : StrayKind::Untreated;
        if (!worst || static_cast<int>(kind) < static_cast<int>(worst->kind)) worst = StrayStroke{index, stroke.zone, hit->id, kind};
    };
    for (std::size_t i = 0; i < stroke.samples.size(); ++i) {
        const glm::dvec2 b = stroke.samples[i].mapPoint();
        if (i == 0) {
            consider(b);
            continue;
        }
        const glm::dvec2 a = stroke.samples[i - 1].mapPoint();
        const glm::dvec2 d = map.toMm(b) - map.toMm(a);
        const int steps = std::max(1, static_cast<int>(std::ceil(std::sqrt(d.x * d.x + d.y * d.y) / 0.5)));
        for (int s = 1; s <= steps; ++s) consider(a + (b - a) * (static_cast<double>(s) / steps));
    }
    return worst;
}

} // namespace zone_measures_detail

const ZoneMeasures* PerformMeasures::zone(const std::string& id) const {
    const auto it = std::find_if(zones.begin(), zones.end(), [&](const ZoneMeasures& m) { return m.zone == id; });
    return it == zones.end() ? nullptr : &*it;
}

const Choices<MissedPart>& missedPartChoices() {
    static const Choices<MissedPart> choices{{"upper", MissedPart::Upper},         {"lower", MissedPart::Lower},
                                             {"left-hand", MissedPart::LeftHand}, {"right-hand", MissedPart::RightHand},
                                             {"middle", MissedPart::Middle}};
    return choices;
}

std::string toString(MissedPart part) {
    for (const auto& [name, value] : missedPartChoices()) {
        if (value == part) return name;
    }
    return "";
}

std::string missedPartWords(MissedPart part) {
    switch (part) {
    case MissedPart::Upper: return "the upper part of";
    case MissedPart::Lower: return "the lower part of";
    case MissedPart::LeftHand: return "the left-hand part of";
    case MissedPart::RightHand: return "the right-hand part of";
    case MissedPart::Middle: return "the middle of";
    case MissedPart::None: break;
    }
    return "part of";
}

std::string toString(StrayKind kind) {
    switch (kind) {
    case StrayKind::NoGo: return "no_go";
    case StrayKind::Avoided: return "avoided";
    case StrayKind::Untreated: return "untreated";
    }
    return "untreated";
}

PerformMeasures measurePerform(const PerformRecord& record, const ViewCoverage& coverage, const ZoneMap& map,
                               const std::vector<std::string>& zones, const StrayRules& rules, double headMm, MeasureCache* cache) {
    using namespace zone_measures_detail;
    MeasureCache once; // a grader's single measure keeps nothing
    MeasureCache& kept = cache ? *cache : once;
    PerformMeasures result;
    for (const auto& id : zones) {
        ZoneMeasures m;
        m.zone = id;
        if (const Zone* zone = map.find(id)) measureCells(m, *zone, coverage.of(zone->view), map, kept);
        for (const auto& stroke : record.strokes) {
            if (stroke.zone != id || stroke.samples.empty()) continue;
            ++m.strokes;
            for (const auto& sweep : sweepsOf(stroke, map)) {
                // A sweep that ends where it began (a stamp) has no direction.
                const auto& a = stroke.samples[sweep.first];
                const auto& b = stroke.samples[sweep.last];
                if (a.x != b.x || a.y != b.y) ++m.directions[sweepDirection(stroke, sweep, map)];
            }
            if (isStamp(stroke, map, headMm)) {
                ++m.stamps;
            } else {
                ++m.glides;
                m.glideLengthMm += pathLengthMm(stroke, map);
                m.glideTimeS += stroke.samples.back().tMs / 1000.0;
            }
        }
        m.glideSpeedMmS = m.glideTimeS > 0.0 ? m.glideLengthMm / m.glideTimeS : 0.0;
        result.zones.push_back(std::move(m));
    }
    // Only the strokes after those kept unchanged are checked.
    MeasureCache::Strays& checked = kept.straysFor(record, map, rules);
    for (std::size_t i = checked.strokes.size(); i < record.strokes.size(); ++i) {
        checked.strokes.push_back(record.strokes[i]);
        checked.strays.push_back(strayOf(record.strokes[i], i, map, rules));
    }
    for (const auto& stray : checked.strays) {
        if (stray) result.strays.push_back(*stray);
    }
    return result;
}

} // namespace core
