// Protocol profiles: the instructor-selectable rule sets (depth bands per zone
// and indication, safety maxima, modifiers, weights, pass mark, critical rules).
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "json/object_reader.hpp"
#include "base/shared_text.hpp"
#include "terms/references.hpp"
#include "terms/vocabulary.hpp"
#include "terms/zone_map.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct ZoneProfile {
    double safetyMaxMm = 0.0;
    std::map<BandKind, Band> bands;
    SharedText note;
    std::vector<std::string> refs; // ids in assets/references.json
    SharedText source;             // short citations of refs, set when references resolve
    SharedText citations;          // full citations, one per line
    Tier tier = Tier::Industry;
    std::map<BandKind, Citation> bandCitations; // where one band has sources of its own (melasma on the cheek)
    std::optional<int> criticalPassesAbove;     // thin skin: more passes than this is critical
};

struct FitzpatrickLimit {
    std::string zone;
    int min = 1;
    int max = 6;
    std::vector<std::string> refs;
    SharedText source;
    SharedText citations;
    Tier tier = Tier::Regulatory;
};

struct PlanDefaults {
    std::vector<Pattern> patterns{Pattern::Vertical, Pattern::Horizontal, Pattern::Oblique};
    IntRange passes{1, 3};
    double erythemaMaxMm = 0.5;
    double bleedingMinMm = 1.0;
    Citation technique; // patterns and passes
    Citation endpoint;  // erythema or pinpoint bleeding by depth
};

struct Modifiers {
    double fillerCapMm = 0.5;
    std::vector<FitzpatrickLimit> fitzpatrickLimits;
};

// How long after an intake event (toxin, isotretinoin, a peel ...) needling must wait.
struct Wait {
    TreatmentKind kind = TreatmentKind::Other;
    double weeks = 0.0;
    std::string flag;       // the screening item that names it ("isotretinoin")
    bool zoneOnly = false;  // toxin: only its own site must wait
    Citation citation;      // the references behind the wait
};

// Rules by Fitzpatrick type (PIH risk on darker skin).
struct SkinTypeRules {
    int shallowFromType = 4;   // from this type, the bands below are capped
    double shallowCapMm = 0.5;
    std::vector<BandKind> shallowBands{BandKind::Pigmentation, BandKind::Rejuvenation};
    std::vector<BandKind> criticalOverCapBands{BandKind::Pigmentation};
    int bleedingOverTreatmentFromType = 5; // from this type, bleeding in these bands is over-treatment
    std::vector<BandKind> bleedingOverTreatmentBands{BandKind::Rejuvenation, BandKind::Pigmentation};
    Citation citation;
};

// The shortest safe interval between sessions, by indication.
struct MinimumIntervals {
    int defaultWeeks = 2;
    std::map<BandKind, int> byBand{{BandKind::Alopecia, 1}};
    Citation citation;
    [[nodiscard]] int forBand(BandKind kind) const;
};

struct SectionWeights {
    double screening = 30;
    double plan = 40;
    double aftercare = 15;
    double schedule = 15;
    double visits = 20; // follow-up visits; counts only when a visit was played ("weights.visits")
    double technique = 15; // Perform mode; graded only when the attempt has perform strokes
};

// Perform mode's technique rules: what a well-needled zone measures.
struct TechniqueRules {
    double coverageMin = 0.9;          // share of the zone's area touched at least once for full credit
    double evennessMaxSpread = 0.5;    // coverage counts' coefficient of variation (sd / mean) allowed
    double glideMinMmS = 5.0;          // glide speed band, mm/s
    double glideMaxMmS = 30.0;
    double strayPenalty = 0.5;         // points lost per stroke that wanders into an untreated zone
    bool criticalStrayIntoNoGo = true; // a stroke into a no-go area or an avoided zone fails the attempt
    bool hideFeedbackInExam = false;   // the face shows no reddening while an exam is performed
    // Behind coverage, passes and directions (a profile without a "technique"
    // section cites these; references.json must hold them).
    Citation coverage{{"alster-2018-microneedling-guide", "clinic-text-facts"}, {}, {}, {}};
    // Behind speed, evenness and strays: the trainer's own synthesis (IND).
    Citation handling{{"trainer-perform-technique", "alster-2018-microneedling-guide"}, {}, {}, {}};
};

struct ScoringRules {
    double distractorPenaltyShare = 0.1; // each wrong flag costs this share of the screening section
    double screeningFloor = 0.6;         // a pass needs at least this share of the screening section
    double depthNearMm = 0.25;
    double depthNearCredit = 0.5;
    double passesNearCredit = 0.5;
    double harmfulAftercarePenalty = 1.0;
    int intervalNearWeeks = 1;
    int sessionsNear = 1;
    double scheduleNearCredit = 0.5;
};

struct CriticalRules {
    bool missedAbsolute = true; // whatever the decision (v1: only when treating)
    bool treatedWhenKeyDefers = true;
    bool deeperThanSafetyMax = true;
    bool overFillerCap = true;
    bool treatedAvoidZone = true;
    bool treatedWithinWait = true;
    bool treatedOverFinding = true;
    bool overSkinTypeCap = true;
    bool bleedingOverTreatment = true;
    bool tooManyPasses = true;
    bool intervalBelowMinimum = true;
    bool harmfulAftercare = true;
};

// The profile's optional "progress" section: how practice is scheduled and
// judged over a course (read by progress/trainee_progress).
struct ProgressRules {
    double desiredRetention = 0.9;        // FSRS: the recall a skill is scheduled to keep (0.70..0.97)
    int courseLengthDays = 180;           // caps the FSRS interval: nothing falls due after the course
    double acceptableFailureRate = 0.10;  // CUSUM p0
    double unacceptableFailureRate = 0.30; // CUSUM p1, above p0
};

// The profile format this build writes; version 1 files are migrated on reading.
inline constexpr int kProtocolSchemaVersion = 2;

struct Protocol {
    std::string id;
    std::string title;
    // How trainee-facing text names the profile: its title, never its file id.
    [[nodiscard]] const std::string& shownName() const { return title.empty() ? id : title; }
    std::string description;
    double maxDepthMm = 2.5;
    std::map<std::string, ZoneProfile> zones;
    PlanDefaults planDefaults;
    Modifiers modifiers;
    int schemaVersion = kProtocolSchemaVersion; // as read; 1 = migrated from the first format
    std::vector<Wait> waits;
    SkinTypeRules skinType;
    MinimumIntervals minimumIntervals;
    Citation schedule; // behind the schedule (interval and course length)
    IntRange intervalWeeks{4, 6};
    IntRange sessions{3, 6};
    SectionWeights weights;
    double passMark = 70;
    ScoringRules scoring;
    CriticalRules critical;
    ProgressRules progress;
    TechniqueRules technique;

    [[nodiscard]] const ZoneProfile* zone(const std::string& id) const;
    // The band for a zone and band kind, if the profile defines one.
    [[nodiscard]] std::optional<Band> band(const std::string& zoneId, BandKind kind) const;
    // The zone's safety maximum, never above the profile-wide maximum.
    [[nodiscard]] double safetyMax(const std::string& zoneId) const;
    // The zone limits by skin type, if any ("neck: II-IV only").
    [[nodiscard]] const FitzpatrickLimit* fitzpatrickLimit(const std::string& zoneId) const;
    [[nodiscard]] const Wait* wait(TreatmentKind kind) const;
    // The shallow cap for this kind of work on this skin type, if one applies
    // (pigmentation and rejuvenation from type IV by default).
    [[nodiscard]] std::optional<double> skinTypeCap(BandKind kind, int fitzpatrick) const;
};

// The waits a profile has when its file names none (version 1 files):
// toxin 2 weeks at its site, isotretinoin 26 weeks, peel and ablative 4 weeks,
// sun 2 weeks, childbirth 26 weeks.
std::vector<Wait> defaultWaits();

// Deepest depth any file may name, in mm (device dials reach 3.5 mm).
inline constexpr double kAbsoluteMaxDepthMm = 3.5;

Protocol readProtocol(const Json& root, const ZoneMap& zones, Diagnostics& diagnostics);

} // namespace core
