// Report look-ups.
#include "grading/report.hpp"

#include <algorithm>

namespace core {

std::string toString(ZoneVerdict v) {
    switch (v) {
    case ZoneVerdict::Correct: return "correct";
    case ZoneVerdict::Technique: return "technique";
    case ZoneVerdict::TooShallow: return "too_shallow";
    case ZoneVerdict::TooDeep: return "too_deep";
    case ZoneVerdict::Missed: return "missed";
    case ZoneVerdict::MustAvoid: return "must_avoid";
    case ZoneVerdict::Unplanned: return "unplanned";
    }
    return "?";
}

std::string verdictLabel(ZoneVerdict v) {
    switch (v) {
    case ZoneVerdict::Correct: return "OK";
    case ZoneVerdict::Technique: return "TECH";
    case ZoneVerdict::TooShallow: return "SHALLOW";
    case ZoneVerdict::TooDeep: return "DEEP";
    case ZoneVerdict::Missed: return "MISSED";
    case ZoneVerdict::MustAvoid: return "AVOID!";
    case ZoneVerdict::Unplanned: return "EXTRA";
    }
    return "?";
}

int verdictSeverity(ZoneVerdict v) {
    switch (v) {
    case ZoneVerdict::Correct: return 0;
    case ZoneVerdict::Technique: return 1;
    case ZoneVerdict::Unplanned: return 2;
    case ZoneVerdict::Missed: return 3;
    case ZoneVerdict::TooShallow: return 4;
    case ZoneVerdict::TooDeep: return 5;
    case ZoneVerdict::MustAvoid: return 6;
    }
    return 0;
}

std::string toString(Section section) {
    switch (section) {
    case Section::Screening: return "screening";
    case Section::Plan: return "plan";
    case Section::Aftercare: return "aftercare";
    case Section::Schedule: return "schedule";
    case Section::Visits: return "visits";
    case Section::Technique: return "technique";
    }
    return "?";
}

std::string toString(TechniqueStatus status) {
    switch (status) {
    case TechniqueStatus::NotPerformed: return "not_performed";
    case TechniqueStatus::NotAssessed: return "not_assessed";
    case TechniqueStatus::Assessed: return "assessed";
    }
    return "not_performed";
}

std::string sectionLabel(Section section, bool followUp) {
    if (followUp && section == Section::Plan) return "follow-up";
    if (followUp && section == Section::Aftercare) return "advice today";
    if (section == Section::Visits) return "follow-up visits"; // the screen's name; "visits" is the JSON id
    return toString(section);
}

std::string LineItem::id() const {
    std::string out(kind);
    if (!subject.empty()) out += ":" + subject;
    if (!aspect.empty()) {
        out += ':';
        out += aspect;
    }
    return out;
}

std::string LineItem::explanation() const {
    std::string out;
    if (voided) out += "Void: this client should not have been treated today. ";
    out += verdict;
    if (!verdict.empty() && !teaching.empty()) out += ' ';
    out += teaching.str();
    return out;
}

const LineItem* Report::item(const std::string& itemId) const {
    const auto it = std::find_if(items.begin(), items.end(), [&](const LineItem& i) { return i.id() == itemId; });
    return it == items.end() ? nullptr : &*it;
}

const SectionScore* Report::section(Section s) const {
    const auto it = std::find_if(sections.begin(), sections.end(), [&](const SectionScore& x) { return x.section == s; });
    return it == sections.end() ? nullptr : &*it;
}

bool Report::hasCritical(const std::string& criticalId) const {
    return std::any_of(critical.begin(), critical.end(), [&](const CriticalError& c) { return c.id == criticalId; });
}

} // namespace core
