// Report look-ups.
#include "report.hpp"

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

const LineItem* Report::item(const std::string& itemId) const {
    const auto it = std::find_if(items.begin(), items.end(), [&](const LineItem& i) { return i.id == itemId; });
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
