// Shared state and helpers for the grader's section files (internal to core).
#pragma once

#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "model/protocol.hpp"
#include "model/reference_data.hpp"
#include "grading/report.hpp"
#include "validation/intake_waits.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core::grading {

// The case's own sources, for rules the case key sets (the decision, a case band).
struct CaseCitations {
    SharedText source;    // short citations ("Harris et al. 2015; ..."), or "" when the case cites nothing
    SharedText citations; // full citations, one per line
    std::string tiers;    // "PR, SEED"
};
CaseCitations caseCitations(const Case& c, const References& references);



struct Context {
    const Case& c;
    const Attempt& a;
    const Protocol& p;
    const ReferenceData& data;
    Report& report;
    CaseCitations cited = {}; // the case's sources, resolved once per grade
    IntakeRules intake = {};
    Decision expectedDecision = Decision::Treat; // the key's decision, or defer when a wait runs
    double decisionCredit = 0.0;         // 1 for the expected decision, the key's share for a neighbour
    bool planVoid = false;               // the decision to treat was itself critical: plan points are void

    LineItem& add(Section section, std::string_view kind, std::string subject, std::string_view aspect, std::string expected, std::string given, double points, double max,
                  std::string_view verdict, SharedText teaching, SharedText source, std::string tier);
    void critical(std::string id, std::string message);
    // The same, marking `line` as the decision that raised it.
    void critical(std::string id, std::string message, LineItem& line);
    // Records what this zone's grading found; the graver verdict wins.
    void zone(const std::string& zoneId, ZoneVerdict verdict);
};

bool isTreating(Decision d);
// The band kind behind a zone's work: the key zone's, else the client's first indication's.
std::optional<BandKind> workKind(const Context& ctx, const std::string& zoneId);
// The deepest depth the attempt treats at (0 when nothing is treated).
double deepestTreatedDepth(const Attempt& a);
std::string mm(double value);        // "0.5 mm"
std::string number(double value);    // "0.5"
std::string bandText(const Band& b); // "0.5-1.0 mm"
std::string rangeText(const IntRange& r, const char* unit);
std::string tiersText(const std::vector<Tier>& tiers);
std::string patternsText(const std::vector<Pattern>& patterns);
// A rule the case key sets cites the case's own sources, when it has some.
void citeCase(const Context& ctx, LineItem& line);
// The first non-empty text (a shared copy, no allocation).
const SharedText& firstOf(const SharedText& a, const SharedText& b);

void gradeScreening(Context& ctx);
// The interview's essential questions and question efficiency (screening section).
void gradeInterview(Context& ctx);
void gradePlan(Context& ctx);
void gradeAftercare(Context& ctx);
void gradeSchedule(Context& ctx);
void gradeFollowUp(Context& ctx);
// Follow-up visits played after the debrief (grade_visits.cpp).
void gradeVisits(Context& ctx);
// Perform mode: coverage, passes, evenness, directions, speed and strays per
// treated zone (grade_technique.cpp); nothing when the attempt has no strokes.
void gradeTechnique(Context& ctx);
void checkSafetyLimits(Context& ctx, const AttemptZone& z);

} // namespace core::grading
