// Report look-ups.
#include "grading/report.hpp"

#include <algorithm>

namespace core {

std::string toString(Section section) {
    switch (section) {
    case Section::Screening: return "screening";
    case Section::Plan: return "plan";
    case Section::Aftercare: return "aftercare";
    case Section::Schedule: return "schedule";
    }
    return "?";
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
