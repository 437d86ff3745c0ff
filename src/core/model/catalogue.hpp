// The clinical catalogues, loaded from assets/catalogue.json:
// screening items (contraindications and distractors), indications, aftercare
// advice (correct and harmful), the finding types placed on the face map and
// the interview's question bank.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "base/shared_text.hpp"
#include "terms/outcome_rules.hpp"
#include "terms/vocabulary.hpp"

#include <string>
#include <vector>

namespace core {

struct ScreeningItem {
    std::string id;
    std::string label;
    ScreeningKind kind = ScreeningKind::Absolute;
    std::string action;
    SharedText explanation;
    std::vector<Tier> tiers;
    std::vector<std::string> refs; // ids in assets/references.json
    SharedText source;             // short citations of refs, set when references resolve
    SharedText citations;          // full citations of refs, one per line
    std::vector<std::string> synonyms; // other words trainees type for it (recall screening)
};

// One question of the interview bank: what the practitioner asks, under a
// topic, and what a client with nothing to tell answers.
struct InterviewQuestion {
    std::string id;
    std::string label;         // the question as the practitioner asks it
    std::string topic;         // groups the bank ("Medications") and names a missed question
    std::string defaultAnswer; // the answer when the case gives none
    std::vector<std::string> refs;
    SharedText source;
    SharedText citations;
};

struct Indication {
    std::string id;
    std::string label;
    BandKind band = BandKind::Rejuvenation;
    bool onFaceMap = true;
    std::string explanation;
};

// When harmful advice is a critical error rather than a lost point.
enum class HarmfulCritical { Never, Always, AfterBleedingDepth };

struct AftercareItem {
    std::string id;
    std::string label;
    bool harmful = false;
    HarmfulCritical critical = HarmfulCritical::Never; // harmful items only
    SharedText explanation;
    std::vector<Tier> tiers;
    std::vector<std::string> refs;
    SharedText source;
    SharedText citations;
};

enum class Marker { Dot, Cluster, Patch, Ring, Cross, Hatch };

struct FindingType {
    std::string id;
    std::string label;
    std::string screening; // the screening item this finding suggests
    Marker marker = Marker::Dot;
    double defaultRadius = 0.015;
    SiteRule siteRule = SiteRule::None; // how it limits needling where it lies
    std::string explanation;
};

// Who a client may be referred to.
struct Referral {
    std::string id;
    std::string label;
    std::string explanation;
};

// A pen cartridge: its needle count and the footprint of its head, which is
// what one touch of the pen marks on the skin in Perform mode.
struct Cartridge {
    std::string id;    // "needles_12"
    std::string label; // "12-needle round cartridge"
    int needles = 12;
    double headMm = 7.0; // diameter of the round head's footprint
    std::vector<std::string> refs;
};

struct Catalogue {
    std::vector<ScreeningItem> screening;
    std::vector<Indication> indications;
    std::vector<AftercareItem> aftercare;
    std::vector<FindingType> findingTypes;
    std::vector<Referral> referrals;
    std::vector<AftercareItem> advice; // advice for today when not treating (never harmful)
    std::vector<InterviewQuestion> questions; // the interview's bank (optional section)
    std::vector<OutcomeRule> outcomes; // what may follow a session, for follow-up visits (optional section)
    std::vector<Cartridge> cartridges; // Perform mode's pen heads (optional section; the first is the default)

    [[nodiscard]] const ScreeningItem* findScreening(const std::string& id) const;
    [[nodiscard]] const Indication* findIndication(const std::string& id) const;
    [[nodiscard]] const AftercareItem* findAftercare(const std::string& id) const;
    [[nodiscard]] const FindingType* findFindingType(const std::string& id) const;
    [[nodiscard]] const Referral* findReferral(const std::string& id) const;
    [[nodiscard]] const AftercareItem* findAdvice(const std::string& id) const;
    [[nodiscard]] const InterviewQuestion* findQuestion(const std::string& id) const;
    [[nodiscard]] const OutcomeRule* findOutcome(const std::string& id) const;
    [[nodiscard]] const Cartridge* findCartridge(const std::string& id) const;
    [[nodiscard]] std::vector<std::string> cartridgeIds() const;

    [[nodiscard]] std::vector<std::string> screeningIds() const;
    [[nodiscard]] std::vector<std::string> indicationIds() const;
    [[nodiscard]] std::vector<std::string> aftercareIds() const;
    [[nodiscard]] std::vector<std::string> findingTypeIds() const;
    [[nodiscard]] std::vector<std::string> referralIds() const;
    [[nodiscard]] std::vector<std::string> adviceIds() const;
    [[nodiscard]] std::vector<std::string> questionIds() const;
};

const Choices<Marker>& markerChoices();
const Choices<HarmfulCritical>& harmfulCriticalChoices();

Catalogue readCatalogue(const Json& root, Diagnostics& diagnostics);

} // namespace core
