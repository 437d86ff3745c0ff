// The intake against the profile's waits (see intake_waits.hpp). A wait still
// runs while weeks_ago < the wait's weeks (DOMAIN defaults: toxin 2 weeks at its
// site, isotretinoin 26, peel and ablative 4, sun 2, childbirth 26).
#include "validation/intake_waits.hpp"

#include <algorithm>

namespace core {
namespace {

bool listed(const std::vector<KeyFlag>& flags, const std::string& id) {
    return std::any_of(flags.begin(), flags.end(), [&](const KeyFlag& f) { return f.id == id; });
}

// Grounds for a flag other than the waits: a face-map finding, or a lifestyle fact.
bool otherGround(const Case& c, const Catalogue& catalogue, const std::string& flag) {
    for (const auto& f : c.findings) {
        const FindingType* type = catalogue.findFindingType(f.type);
        if (type && type->screening == flag) return true;
    }
    if (flag == "pregnancy") return c.client.lifestyle.pregnant || c.client.lifestyle.breastfeeding;
    if (flag == "sunburn_tanning") return c.client.lifestyle.tanningLast2Weeks;
    return false;
}

} // namespace

bool IntakeRules::waived(const std::string& flag) const {
    return std::find(waivedFlags.begin(), waivedFlags.end(), flag) != waivedFlags.end();
}

const ActiveWait* IntakeRules::activeFor(const std::string& flag) const {
    for (const auto& a : active) {
        if (a.wait->flag == flag) return &a;
    }
    return nullptr;
}

IntakeRules intakeRules(const Case& c, const Protocol& p, const Catalogue& catalogue) {
    IntakeRules out;
    std::vector<std::string> passedFlags;
    std::vector<const RecentTreatment*> events;
    for (const auto& t : c.client.recentTreatments) events.push_back(&t);
    if (c.client.lifestyle.pregnant && p.wait(TreatmentKind::Childbirth)) {
        // The postpartum wait starts at the birth, so all of it is still to run (at least).
        out.pregnancy = std::make_shared<const RecentTreatment>(RecentTreatment{"Pregnant now (the postpartum wait starts at the birth)",
                                                                                TreatmentKind::Childbirth, "", 0.0});
        events.push_back(out.pregnancy.get());
    }
    for (const RecentTreatment* event : events) {
        const RecentTreatment& t = *event;
        const Wait* w = p.wait(t.kind);
        if (!w) continue;
        if (t.weeksAgo < w->weeks) {
            out.active.push_back({w, &t, w->weeks - t.weeksAgo});
            if (!listed(c.key.contraindications, w->flag) &&
                std::find(out.derivedFlags.begin(), out.derivedFlags.end(), w->flag) == out.derivedFlags.end()) {
                out.derivedFlags.push_back(w->flag);
            }
            if (!w->zoneOnly && isTreatingDecision(c.key.decision.expected)) out.derivedDecision = Decision::Defer;
        } else {
            passedFlags.push_back(w->flag);
        }
    }
    for (const auto& flag : passedFlags) {
        const bool stillRuns = out.activeFor(flag) != nullptr;
        if (!stillRuns && listed(c.key.contraindications, flag) && !otherGround(c, catalogue, flag) &&
            std::find(out.waivedFlags.begin(), out.waivedFlags.end(), flag) == out.waivedFlags.end()) {
            out.waivedFlags.push_back(flag);
        }
    }
    return out;
}

} // namespace core
