// Case meaning checks. Each message says what is wrong and what to do.
#include "validation/case_checks.hpp"

#include "base/number_text.hpp"
#include "validation/interview_checks.hpp"

#include "base/text_similarity.hpp"
#include "validation/intake_waits.hpp"
#include "validation/vary_checks.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace core {
namespace {

std::string mm(double v) { return numberText(v) + " mm"; }

std::string idx(const char* base, std::size_t i) { return std::string(base) + "/" + std::to_string(i); }

class CaseChecker {
public:
    CaseChecker(const Case& c, const ReferenceData& data, Diagnostics& d) : m_case(c), m_data(data), m_d(d) {}

    void run() {
        m_protocol = m_data.protocol(m_case.protocol);
        if (!m_case.protocol.empty() && !m_protocol) {
            std::vector<std::string> ids;
            for (const auto& [id, p] : m_data.protocols) ids.push_back(id);
            m_d.error("/protocol", "unknown protocol profile \"" + m_case.protocol + "\"." + didYouMean(m_case.protocol, ids) +
                                       " Use an id from cases/protocols/");
        }
        checkClient();
        checkFindings();
        checkSkinLayers();
        checkFlags();
        checkZones();
        checkDecision();
        checkAftercare();
        checkFollowUp();
        checkWaits();
        checkSources();
        checkCaseVary(m_case, m_data, m_d);
        checkInterview(m_case, m_data.catalogue, m_d);
    }

private:
    // Where the key and the profile's waits disagree, the grader follows the
    // profile: say so, naming both, so the author can align the key.
    void checkWaits() {
        if (!m_protocol) return;
        const IntakeRules rules = intakeRules(m_case, *m_protocol, m_data.catalogue);
        for (const auto& id : rules.derivedFlags) {
            const ActiveWait* w = rules.activeFor(id);
            m_d.warning("/key/contraindications", "profile \"" + m_protocol->id + "\" waits " + numberText(w->wait->weeks) + " weeks after " +
                                                      toString(w->wait->kind) + " (\"" + w->treatment->what + "\", " + numberText(w->treatment->weeksAgo) +
                                                      " weeks ago), but the key does not flag \"" + id + "\": the grader expects it; add it to the key");
        }
        for (const auto& id : rules.waivedFlags) {
            m_d.warning("/key/contraindications", "the key flags \"" + id + "\", but profile \"" + m_protocol->id +
                                                      "\"'s wait for it has passed: the grader treats it as a distractor; remove it or change the intake");
        }
        if (rules.derivedDecision) {
            m_d.warning("/key/decision/expected", "the key expects \"" + toString(m_case.key.decision.expected) + "\", but a wait in profile \"" +
                                                      m_protocol->id + "\" still runs: the grader expects \"defer\"");
        }
    }

    void checkFollowUp() {
        if (!m_case.key.followUp) {
            if (!isTreatingDecision(m_case.key.decision.expected)) {
                m_d.warning("/key", "a \"" + toString(m_case.key.decision.expected) +
                                        "\" case without \"follow_up\": add the rebook band, referral targets or advice it expects");
            }
            return;
        }
        const auto& f = *m_case.key.followUp;
        for (std::size_t i = 0; i < f.referTo.size(); ++i) {
            if (!m_data.catalogue.findReferral(f.referTo[i])) {
                m_d.error(idx("/key/follow_up/refer_to", i), "unknown referral \"" + f.referTo[i] + "\"." + didYouMean(f.referTo[i], m_data.catalogue.referralIds()));
            }
        }
        for (std::size_t i = 0; i < f.advice.size(); ++i) {
            if (!m_data.catalogue.findAdvice(f.advice[i])) {
                m_d.error(idx("/key/follow_up/advice", i), "unknown advice \"" + f.advice[i] + "\"." + didYouMean(f.advice[i], m_data.catalogue.adviceIds()));
            }
        }
    }

    void checkSources() {
        for (std::size_t i = 0; i < m_case.sources.size(); ++i) {
            const Source& s = m_case.sources[i];
            if (s.ref.empty() || m_data.references.find(s.ref)) continue;
            m_d.error("/sources/" + std::to_string(i) + "/ref", "unknown reference \"" + s.ref +
                                                                    "\": use an id from assets/references.json, or add the reference there." +
                                                                    didYouMean(s.ref, m_data.references.ids()));
        }
    }

    const Case& m_case;
    const ReferenceData& m_data;
    Diagnostics& m_d;
    const Protocol* m_protocol = nullptr;

    void checkZoneId(const std::string& zone, const std::string& pointer) {
        if (!zone.empty() && !m_data.zones.find(zone)) {
            m_d.error(pointer, "unknown zone \"" + zone + "\"." + didYouMean(zone, m_data.zones.ids()) +
                                   " Zone ids are listed in cases/README.md");
        }
    }

    void checkClient() {
        const auto& client = m_case.client;
        for (std::size_t i = 0; i < client.indications.size(); ++i) {
            const auto& id = client.indications[i];
            if (!m_data.catalogue.findIndication(id)) {
                m_d.error(idx("/client/indications", i), "unknown indication \"" + id + "\"." +
                                                             didYouMean(id, m_data.catalogue.indicationIds()));
            }
        }
        for (std::size_t i = 0; i < client.recentTreatments.size(); ++i) {
            checkZoneId(client.recentTreatments[i].zone, idx("/client/recent_treatments", i) + "/zone");
        }
    }

    void checkFindings() {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < m_case.findings.size(); ++i) {
            const auto& f = m_case.findings[i];
            const std::string p = idx("/findings", i);
            if (!f.id.empty() && !ids.insert(f.id).second) {
                m_d.error(p + "/id", "finding id \"" + f.id + "\" is used twice in this case: make it unique");
            }
            if (!f.type.empty() && !m_data.catalogue.findFindingType(f.type)) {
                m_d.error(p + "/type", "unknown finding type \"" + f.type + "\"." + didYouMean(f.type, m_data.catalogue.findingTypeIds()));
            }
            checkZoneId(f.zone, p + "/zone");
            if (const Zone* z = m_data.zones.find(f.zone); z && !z->contains(f.position)) {
                const glm::dvec2 c = z->centroid();
                m_d.error(p + "/position", "position [" + numberText(f.position.x) + ", " + numberText(f.position.y) + "] lies outside zone \"" +
                                               f.zone + "\": move it inside (the zone's centre is about [" + numberText(std::round(c.x * 100) / 100) +
                                               ", " + numberText(std::round(c.y * 100) / 100) + "]) or change the zone");
            }
        }
    }

    // Each condition layer: a known kind, a zone of the map, a severity in
    // 0..1, and a centre inside the zone (the renderer clips to the zone).
    void checkSkinLayers() {
        if (m_case.skin.size() > kMaxSkinLayers) {
            m_d.error(idx("/skin", kMaxSkinLayers), "the map draws at most " + std::to_string(kMaxSkinLayers) +
                                                        " skin layers: merge layers of one kind in one zone, or remove some");
        }
        for (std::size_t i = 0; i < m_case.skin.size(); ++i) {
            const SkinLayer& s = m_case.skin[i];
            const std::string p = idx("/skin", i);
            if (!s.kindName.empty() && !s.kind) {
                m_d.error(p + "/kind", "unknown skin layer kind \"" + s.kindName + "\"." + didYouMean(s.kindName, skinKindNames()) +
                                           " Kinds are listed in cases/README.md");
            }
            checkZoneId(s.zone, p + "/zone");
            if (!(s.severity >= 0.0 && s.severity <= 1.0)) {
                m_d.error(p + "/severity", "severity " + numberText(s.severity) + " is outside 0..1: use 0 (barely visible) to 1 (marked)");
            }
            if (s.radius && !(*s.radius >= kMinSkinRadius && *s.radius <= kMaxSkinRadius)) {
                m_d.error(p + "/radius", "radius " + numberText(*s.radius) + " is outside " + numberText(kMinSkinRadius) + ".." +
                                             numberText(kMaxSkinRadius) + " (map height units): use e.g. 0.05 for a patch the size of a cheek's centre");
            }
            if (s.radius && !s.position && !(s.kind && isSpotKind(*s.kind))) {
                m_d.warning(p + "/radius", "a radius without a position is ignored (the layer covers the whole zone): add \"position\" or remove it");
            }
            const Zone* z = m_data.zones.find(s.zone);
            if (s.position && z && !z->contains(*s.position)) {
                const glm::dvec2 c = z->centroid();
                m_d.error(p + "/position", "position [" + numberText(s.position->x) + ", " + numberText(s.position->y) + "] lies outside zone \"" +
                                               s.zone + "\": move it inside (the zone's centre is about [" + numberText(std::round(c.x * 100) / 100) +
                                               ", " + numberText(std::round(c.y * 100) / 100) + "]), change the zone, or leave the position out to cover the whole zone");
            }
        }
    }

    void checkFlagList(const std::vector<KeyFlag>& flags, const char* base, bool expected) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < flags.size(); ++i) {
            const auto& f = flags[i];
            const std::string p = idx(base, i);
            const ScreeningItem* item = m_data.catalogue.findScreening(f.id);
            if (!f.id.empty() && !item) {
                m_d.error(p + "/id", "unknown screening id \"" + f.id + "\"." + didYouMean(f.id, m_data.catalogue.screeningIds()) +
                                         " See assets/catalogue.json");
            } else if (item && expected && item->kind == ScreeningKind::NotContraindication) {
                m_d.error(p + "/id", "\"" + f.id + "\" is not a contraindication: list it under key.distractors instead");
            }
            if (!f.id.empty() && !seen.insert(f.id).second) {
                m_d.error(p + "/id", "\"" + f.id + "\" is listed twice: remove the duplicate");
            }
            for (std::size_t k = 0; k < f.findings.size(); ++k) {
                const Finding* site = m_case.finding(f.findings[k]);
                if (!site) {
                    m_d.error(idx((p + "/findings").c_str(), k), "no finding with id \"" + f.findings[k] + "\" in this case");
                    continue;
                }
                if (item && item->kind == ScreeningKind::Local) {
                    const KeyZone* z = m_case.key.zone(site->zone);
                    if (!z || z->action != ZoneAction::Avoid) {
                        m_d.error(idx((p + "/findings").c_str(), k),
                                  "\"" + f.id + "\" is a local contraindication at zone \"" + site->zone +
                                      "\", so the key must avoid that zone: add {\"zone\": \"" + site->zone +
                                      "\", \"action\": \"avoid\"} to key.zones");
                    }
                }
            }
        }
    }

    void checkFlags() {
        checkFlagList(m_case.key.contraindications, "/key/contraindications", true);
        checkFlagList(m_case.key.distractors, "/key/distractors", false);
        for (std::size_t i = 0; i < m_case.key.distractors.size(); ++i) {
            for (const auto& c : m_case.key.contraindications) {
                if (c.id == m_case.key.distractors[i].id) {
                    m_d.error(idx("/key/distractors", i) + "/id", "\"" + c.id + "\" is both expected and a distractor: keep one");
                }
            }
        }
    }

    void checkTreatedZone(const KeyZone& z, const std::string& p) {
        if (!m_protocol) return;
        const auto band = resolvedBand(z, *m_protocol);
        if (z.bandKind && !band) {
            m_d.error(p + "/band", "profile \"" + m_protocol->id + "\" has no \"" + toString(*z.bandKind) + "\" band for zone \"" +
                                       z.zone + "\": use another band kind or give depth_mm explicitly");
            return;
        }
        if (!band) return;
        const double safetyMax = m_protocol->safetyMax(z.zone);
        if (band->max > safetyMax) {
            m_d.error(p + (z.depthMm ? "/depth_mm" : "/band"),
                      "the band goes to " + mm(band->max) + ", deeper than the safety maximum " + mm(safetyMax) + " for \"" +
                          z.zone + "\" in profile \"" + m_protocol->id + "\": lower it");
        }
        for (const auto& f : m_case.findings) {
            if (f.zone == z.zone && f.type == "filler_site" && band->max > m_protocol->modifiers.fillerCapMm) {
                m_d.error(p, "zone \"" + z.zone + "\" has a filler site (finding \"" + f.id + "\"), so its band must stay within the " +
                                 mm(m_protocol->modifiers.fillerCapMm) + " filler cap: lower it or avoid the zone");
            }
        }
        if (const FitzpatrickLimit* limit = m_protocol->fitzpatrickLimit(z.zone)) {
            const int type = m_case.client.fitzpatrick;
            if (type < limit->min || type > limit->max) {
                m_d.error(p + "/action", "profile \"" + m_protocol->id + "\" allows \"" + z.zone + "\" only for Fitzpatrick " +
                                             std::to_string(limit->min) + "-" + std::to_string(limit->max) + "; this client is type " +
                                             std::to_string(type) + ": set action to \"avoid\"");
            }
        }
    }

    void checkZones() {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < m_case.key.zones.size(); ++i) {
            const auto& z = m_case.key.zones[i];
            const std::string p = idx("/key/zones", i);
            checkZoneId(z.zone, p + "/zone");
            if (!z.zone.empty() && !seen.insert(z.zone).second) {
                m_d.error(p + "/zone", "zone \"" + z.zone + "\" appears twice in the key: merge the entries");
            }
            const Zone* zone = m_data.zones.find(z.zone);
            if (zone && zone->noGo && z.action == ZoneAction::Treat) {
                m_d.error(p + "/action", "\"" + z.zone + "\" is a no-go area and can never be treated: set action to \"avoid\"");
            }
            if (zone && !zone->noGo && z.action == ZoneAction::Treat) checkTreatedZone(z, p);
        }
    }

    void checkDecision() {
        const auto expected = m_case.key.decision.expected;
        const bool treating = expected == Decision::Treat || expected == Decision::TreatModified;
        bool anyAbsolute = false;
        bool anyLocal = false;
        bool anyRelative = false;
        for (const auto& f : m_case.key.contraindications) {
            const ScreeningItem* item = m_data.catalogue.findScreening(f.id);
            if (!item) continue;
            anyAbsolute = anyAbsolute || item->kind == ScreeningKind::Absolute;
            anyLocal = anyLocal || item->kind == ScreeningKind::Local;
            anyRelative = anyRelative || item->kind == ScreeningKind::Relative;
        }
        if (anyAbsolute && treating) {
            m_d.error("/key/decision/expected", "the key flags an absolute contraindication, so the expected decision must be "
                                                "\"defer\" or \"refer\", not \"" + toString(expected) + "\"");
        }
        if (!treating && !anyAbsolute && !anyRelative && !anyLocal && m_case.key.contraindications.empty()) {
            m_d.warning("/key/decision/expected", "the key expects \"" + toString(expected) +
                                                      "\" but flags no contraindication: check the key");
        }
        if (expected == Decision::Treat && anyLocal) {
            m_d.warning("/key/decision/expected", "a local contraindication means the plan is modified: \"treat_modified\" is expected");
        }
        bool anyTreated = false;
        for (const auto& z : m_case.key.zones) anyTreated = anyTreated || z.action == ZoneAction::Treat;
        if (treating && !anyTreated) {
            m_d.error("/key/zones", "the key expects treatment but treats no zone: add at least one zone with action \"treat\"");
        }
    }

    void checkAftercare() {
        if (!m_case.key.aftercare) return;
        const auto& a = *m_case.key.aftercare;
        auto check = [&](const std::vector<std::string>& ids, const char* base, int wantHarmful) {
            for (std::size_t i = 0; i < ids.size(); ++i) {
                const AftercareItem* item = m_data.catalogue.findAftercare(ids[i]);
                const std::string p = idx(base, i);
                if (!item) {
                    m_d.error(p, "unknown aftercare id \"" + ids[i] + "\"." + didYouMean(ids[i], m_data.catalogue.aftercareIds()));
                } else if (wantHarmful == 0 && item->harmful) {
                    m_d.error(p, "\"" + ids[i] + "\" is harmful advice and cannot be required: move it to \"harmful\"");
                } else if (wantHarmful == 1 && !item->harmful) {
                    m_d.error(p, "\"" + ids[i] + "\" is correct advice, not harmful: move it to \"required\" or remove it");
                }
            }
        };
        check(a.required, "/key/aftercare/required", 0);
        check(a.harmful, "/key/aftercare/harmful", 1);
        for (std::size_t i = 0; i < a.critical.size(); ++i) {
            if (std::find(a.harmful.begin(), a.harmful.end(), a.critical[i]) == a.harmful.end()) {
                m_d.error(idx("/key/aftercare/critical", i), "\"" + a.critical[i] + "\" must also be listed in \"harmful\"");
            }
        }
    }
};

} // namespace

std::optional<Band> resolvedBand(const KeyZone& zone, const Protocol& protocol) {
    if (zone.depthMm) return zone.depthMm;
    if (zone.bandKind) return protocol.band(zone.zone, *zone.bandKind);
    return std::nullopt;
}

std::optional<Band> effectiveBand(const KeyZone& zone, const Protocol& protocol, int fitzpatrick) {
    auto band = resolvedBand(zone, protocol);
    if (!band) return band;
    band->max = std::min(band->max, protocol.safetyMax(zone.zone));
    // Darker skin: pigmentation and rejuvenation bands stop at the profile's shallow cap (PIH risk).
    if (zone.bandKind) {
        if (const auto cap = protocol.skinTypeCap(*zone.bandKind, fitzpatrick)) band->max = std::min(band->max, *cap);
    }
    band->min = std::min(band->min, band->max);
    return band;
}

std::vector<Endpoint> acceptedEndpoints(const KeyZone& zone, const Band& band, const Protocol& protocol) {
    if (!zone.endpoints.empty()) return zone.endpoints;
    // Clinic practice: erythema marks superficial work (a band starting at or above
    // erythema_max_mm, 0.5 mm, is past it); pinpoint bleeding is acceptable from
    // bleeding_min_mm, 1.0 mm. A band that spans both (0.5-1.0 mm) accepts either.
    std::vector<Endpoint> out;
    if (band.min <= protocol.planDefaults.erythemaMaxMm + 1e-9) out.push_back(Endpoint::Erythema);
    if (band.max >= protocol.planDefaults.bleedingMinMm - 1e-9) out.push_back(Endpoint::PinpointBleeding);
    if (out.empty()) out.push_back(band.max < protocol.planDefaults.bleedingMinMm ? Endpoint::Erythema : Endpoint::PinpointBleeding);
    return out;
}

void checkCaseMeaning(const Case& c, const ReferenceData& data, Diagnostics& diagnostics) {
    CaseChecker(c, data, diagnostics).run();
    checkCaseVisitSteps(c.visits, data.zones, data.references, diagnostics);
}

} // namespace core
