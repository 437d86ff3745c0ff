// The Report: everything the grader decided about one attempt. The debrief,
// the CLI, exports and cohort re-scoring all read this one structure.
#pragma once

#include "base/shared_text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace core {

enum class Section { Screening, Plan, Aftercare, Schedule };

std::string toString(Section section);

struct LineItem {
    Section section = Section::Screening;
    // The item id is "kind:subject:aspect" (empty parts left out), e.g.
    // "flag:pregnancy", "zone:cheek_left:depth", "decision". Kept in parts so
    // grading allocates no id strings; kind and aspect are string literals.
    std::string_view kind;
    std::string subject;
    std::string_view aspect;
    std::string expected;   // human-readable expected value
    std::string given;      // human-readable given value
    double points = 0.0;    // raw points earned (negative for deductions)
    double max = 0.0;       // raw points available (0 for pure deductions)
    std::string_view verdict; // the grader's judgement; always a string literal
    SharedText teaching;    // why, from the case, catalogue or profile
    SharedText source;      // where the rule comes from
    std::string tier;       // PR, REG, IND, SEED (comma-joined when several)
    bool voided = false;    // points cancelled by a critical decision to treat

    [[nodiscard]] std::string id() const;
    // The verdict and the teaching point as one sentence sequence.
    [[nodiscard]] std::string explanation() const;
};

struct CriticalError {
    std::string id; // e.g. "deeper_than_safety_max:forehead"
    std::string message;
};

struct SectionScore {
    Section section = Section::Screening;
    double score = 0.0; // weighted, 0..max
    double max = 0.0;   // the section's weight; 0 when the case does not grade it
    double rawPoints = 0.0;
    double rawMax = 0.0;
};

struct Report {
    std::string caseId;
    std::string protocolId;
    double total = 0.0; // 0..100, one decimal
    bool passed = false;
    double passMark = 70.0;
    std::vector<CriticalError> critical;
    std::vector<SectionScore> sections;
    std::vector<LineItem> items;

    [[nodiscard]] const LineItem* item(const std::string& id) const;
    [[nodiscard]] const SectionScore* section(Section s) const;
    [[nodiscard]] bool hasCritical(const std::string& id) const;
};

} // namespace core
