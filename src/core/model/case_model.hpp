// The case model: a virtual client (intake and face-map findings) and the
// answer key a competent practitioner's plan is graded against.
#pragma once

#include "json/object_reader.hpp"
#include "base/shared_text.hpp"
#include "terms/outcome_rules.hpp"
#include "terms/skin_layers.hpp"
#include "terms/vocabulary.hpp"
#include "terms/case_vary.hpp"

#include <glm/vec2.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct RecentTreatment {
    std::string what;
    TreatmentKind kind = TreatmentKind::Other; // the profile's waits are keyed by it
    std::string zone;                           // optional: empty when not site-specific
    double weeksAgo = 0.0;
};

struct Lifestyle {
    std::string sunExposure = "low"; // low, moderate, high
    bool tanningLast2Weeks = false;
    bool pregnant = false;
    bool breastfeeding = false;
    bool smoker = false;
};

struct Client {
    std::string name;
    int age = 0;
    std::string sex;
    int fitzpatrick = 1;
    std::string concerns;
    std::vector<std::string> indications;
    std::vector<std::string> medicalHistory;
    std::vector<std::string> medications;
    std::vector<std::string> allergies;
    std::vector<RecentTreatment> recentTreatments;
    Lifestyle lifestyle;
    std::string intakeNotes;
    std::string face; // a face variant id (model/face_variant.hpp); empty: the app picks one
};

// A case may hide the intake behind questions: the trainee asks from the
// catalogue's bank and the client answers in the case's words (a question
// the case does not answer gets the bank's default answer).
struct Interview {
    std::map<std::string, std::string> answers; // question id -> the client's words
};

// How the trainee flags contraindications: ticking a checklist, or recalling
// them (typing; completion after three letters). An exam may override a case.
enum class ScreeningMode { Checklist, Recall };
const Choices<ScreeningMode>& screeningModeChoices();

struct Finding {
    std::string id;
    std::string type;
    std::string zone;
    glm::dvec2 position{0.5};
    double radius = 0.015;
    SharedText note;
};

struct KeyFlag {
    std::string id;
    std::vector<std::string> findings; // sites on the face map, if any
    SharedText feedback;
};

struct KeyDecision {
    Decision expected = Decision::Treat;
    std::map<Decision, double> partial; // defensible neighbours and their credit
    SharedText reason;
};

// One zone of the expert plan. For `treat`, either a band kind (resolved
// against the profile) or an explicit depth band; the rest may default.
struct KeyZone {
    std::string zone;
    ZoneAction action = ZoneAction::Treat;
    std::optional<BandKind> bandKind;
    std::optional<Band> depthMm;
    std::optional<std::vector<Pattern>> patterns;
    std::optional<IntRange> passes;
    std::vector<Endpoint> endpoints; // empty: the profile's endpoints for the depth
    SharedText reason;
    SharedText feedback;
};

// What a deferral or referral plans instead of needling today.
struct KeyFollowUp {
    std::optional<IntRange> rebookWeeks;   // when to see the client again
    std::vector<std::string> referTo;      // acceptable referral targets (catalogue "referrals")
    std::vector<std::string> advice;       // advice to give today (catalogue "advice")
    SharedText feedback;
};

struct KeyAftercare {
    std::vector<std::string> required;
    std::vector<std::string> harmful;
    std::vector<std::string> critical;
    SharedText feedback;
};

struct KeySchedule {
    IntRange intervalWeeks{4, 6};
    IntRange sessions{3, 6};
    SharedText feedback;
};

struct AnswerKey {
    std::vector<KeyFlag> contraindications;
    std::vector<KeyFlag> distractors;
    KeyDecision decision;
    std::vector<KeyZone> zones;
    std::optional<KeyAftercare> aftercare;
    std::optional<KeySchedule> schedule;
    std::optional<KeyFollowUp> followUp;
    std::vector<std::string> essentialQuestions; // interview questions a competent practitioner asks here

    [[nodiscard]] const KeyZone* zone(const std::string& id) const;
};

// A reference behind the case: an id in assets/references.json, with an
// optional note on what it supports here. Files from before references.json
// carry a free-text citation and tier instead; they still load, with a warning.
struct Source {
    std::string ref;
    SharedText note;
    SharedText citation; // legacy free text
    Tier tier = Tier::Industry;
};

struct Case {
    std::string id;
    std::string title;
    Difficulty difficulty = Difficulty::Beginner;
    std::vector<std::string> tags;
    std::string protocol;
    bool allowHints = true;
    Client client;
    std::optional<Interview> interview;
    std::optional<ScreeningMode> screening; // unset: the checklist (or the exam's choice)
    std::vector<Finding> findings;
    std::vector<SkinLayer> skin; // conditions drawn on the map
    AnswerKey key;
    std::vector<Source> sources;
    CaseVary vary;                          // what a seeded variant may change
    std::optional<VariantOrigin> variantOf; // set in a generated variant
    std::vector<CaseVisitStep> visits;      // the case's own follow-up steps ("visits"), added to the timeline

    [[nodiscard]] const Finding* finding(const std::string& id) const;
};

// Structural reading only; meaning checks live in case_checks.
Case readCase(const Json& root, Diagnostics& diagnostics);

} // namespace core
