// The per-attempt digest of outcome rows (recorded with the attempt, rebuilt
// by the v5 migration) and the whole-store digest by full replay.
#include "progress/progress_digest.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

namespace core {
namespace progress_digest_detail {

constexpr char kUnit = '\x1f';
constexpr char kRecord = '\x1e';

bool zoneMisjudged(const std::string& verdict) { return !verdict.empty() && verdict != "correct"; }

std::string exact(double value) {
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

} // namespace progress_digest_detail

void ZoneTotals::add(const ZoneAttempt& z) {
    ++graded;
    if (z.worst == 3) ++tooDeep;
    if (z.worst == 2) ++tooShallow;
    if (z.worst == 1) ++other;
    lost += z.lost;
    available += z.available;
}

AttemptDigest digestOfAttempt(const std::vector<OutcomeRow>& rows) {
    using progress_digest_detail::zoneMisjudged;
    AttemptDigest d;
    for (const auto& row : rows) {
        auto& sum = d.sections[row.section];
        sum.points += row.points;
        sum.max += row.max;
        if (!row.skill.empty()) {
            const int rating = std::clamp(row.rating, 1, 4);
            auto [it, inserted] = d.skillRatings.emplace(row.skill, rating);
            if (!inserted) it->second = std::min(it->second, rating);
        }
        if (!row.zone.empty()) {
            ZoneAttempt& z = d.zones[row.zone];
            const int kind = row.zoneVerdict == "too_deep" ? 3 : row.zoneVerdict == "too_shallow" ? 2 : zoneMisjudged(row.zoneVerdict) ? 1 : 0;
            z.worst = std::max(z.worst, kind);
            z.lost += std::max(0.0, row.max - row.points);
            z.available += row.max;
        }
    }
    return d;
}

const std::array<Section, kSectionCount>& sectionsByName() {
    static const std::array<Section, kSectionCount> sorted = [] {
        std::array<Section, kSectionCount> out = kSections;
        std::sort(out.begin(), out.end(), [](Section a, Section b) { return toString(a) < toString(b); });
        return out;
    }();
    return sorted;
}

std::optional<Section> sectionNamed(std::string_view name) {
    for (const Section s : kSections) {
        if (toString(s) == name) return s;
    }
    return std::nullopt;
}

SectionPercents sectionPercentsOf(const std::map<std::string, SectionSums>& sums) {
    SectionPercents out;
    for (const auto& [name, sum] : sums) {
        const auto section = sectionNamed(name);
        if (section && sum.max > 0.0) out.set(*section, 100.0 * std::clamp(sum.points / sum.max, 0.0, 1.0));
    }
    return out;
}

std::string encodeSectionSums(const std::map<std::string, SectionSums>& sections) {
    using namespace progress_digest_detail;
    std::string out;
    for (const auto& [name, sum] : sections) {
        if (!out.empty()) out += kRecord;
        out += name;
        out += kUnit;
        out += exact(sum.points);
        out += kUnit;
        out += exact(sum.max);
    }
    return out;
}

std::string skillStateKey(const BktParams& bkt, const FsrsParams& fsrs) {
    using progress_digest_detail::exact;
    std::string key = "bkt";
    for (const double v : {bkt.prior, bkt.learn, bkt.guess, bkt.slip}) key += ' ' + exact(v);
    key += " fsrs";
    for (const double v : fsrs.w) key += ' ' + exact(v);
    key += ' ' + exact(fsrs.desiredRetention) + ' ' + exact(fsrs.maximumIntervalDays);
    return key;
}

ProgressDigest digestOfRows(const std::vector<StoredAttempt>& attempts, const std::vector<OutcomeRow>& outcomes) {
    ProgressDigest digest;
    digest.attempts.reserve(attempts.size());
    for (const auto& a : attempts) {
        digest.attempts.push_back(DigestAttempt{CurvePoint{a.id, a.caseId, a.finishedUnix, a.total, {}, a.passed, a.critical}, a.startedUnix});
    }
    std::stable_sort(digest.attempts.begin(), digest.attempts.end(), [](const DigestAttempt& a, const DigestAttempt& b) {
        return a.point.atUnix != b.point.atUnix ? a.point.atUnix < b.point.atUnix : a.point.attemptId < b.point.attemptId;
    });
    std::unordered_map<std::int64_t, SectionPercents> sections;
    struct Timed {
        double atUnix = 0.0;
        std::int64_t attemptId = 0;
        int rating = 3;
    };
    std::unordered_map<std::string, std::vector<Timed>> bySkill;
    // Rows grouped by attempt, in the order the attempts first appear (the store gives them together).
    std::vector<std::int64_t> order;
    std::unordered_map<std::int64_t, std::vector<OutcomeRow>> byAttempt;
    for (const auto& row : outcomes) {
        auto [it, inserted] = byAttempt.try_emplace(row.attemptId);
        if (inserted) order.push_back(row.attemptId);
        it->second.push_back(row);
    }
    for (const std::int64_t id : order) {
        const auto& rows = byAttempt[id];
        AttemptDigest d = digestOfAttempt(rows);
        for (const auto& [skill, rating] : d.skillRatings) {
            double atUnix = 0.0;
            bool first = true;
            for (const auto& row : rows) {
                if (row.skill == skill && (first || row.atUnix < atUnix)) atUnix = row.atUnix, first = false;
            }
            bySkill[skill].push_back(Timed{atUnix, id, rating});
        }
        for (const auto& [zone, z] : d.zones) digest.zones[zone].add(z);
        sections[id] = sectionPercentsOf(d.sections);
    }
    for (auto& a : digest.attempts) {
        if (const auto it = sections.find(a.point.attemptId); it != sections.end()) a.point.sectionPercent = it->second;
    }
    for (auto& [skill, events] : bySkill) {
        std::sort(events.begin(), events.end(), [](const Timed& a, const Timed& b) {
            return a.atUnix != b.atUnix ? a.atUnix < b.atUnix : a.attemptId < b.attemptId;
        });
        auto& out = digest.skillEvents[skill];
        out.reserve(events.size());
        for (const auto& e : events) out.push_back(SkillEvent{e.atUnix, static_cast<Rating>(e.rating)});
    }
    return digest;
}

} // namespace core
