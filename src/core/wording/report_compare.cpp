// Comparing two reports of the same case (see report_compare.hpp).
#include "wording/report_compare.hpp"

#include "wording/report_wording.hpp"

#include <map>
#include <string>

namespace core {

ReportComparison compareReports(const Report& previous, const Report& current) {
    ReportComparison out;
    out.totalBefore = previous.total;
    out.totalAfter = current.total;
    out.passedBefore = previous.passed && previous.critical.empty();
    out.passedAfter = current.passed && current.critical.empty();
    for (const auto& s : current.sections) {
        if (s.max <= 0.0) continue;
        const SectionScore* before = previous.section(s.section);
        out.sections.push_back({s.section, before ? before->score : 0.0, s.score});
    }
    std::map<std::string, std::size_t> previousById;
    for (std::size_t i = 0; i < previous.items.size(); ++i) previousById.emplace(previous.items[i].id(), i);
    std::map<std::string, std::size_t> currentById;
    for (std::size_t i = 0; i < current.items.size(); ++i) {
        const LineItem& line = current.items[i];
        currentById.emplace(line.id(), i);
        const auto before = previousById.find(line.id());
        const bool lostBefore = before != previousById.end() && lostPoints(previous.items[before->second]);
        if (lostPoints(line)) {
            if (!lostBefore) out.newlyLost.push_back(i);
        } else if (lostBefore) {
            out.fixed.push_back(i);
        }
    }
    for (std::size_t i = 0; i < previous.items.size(); ++i) {
        if (lostPoints(previous.items[i]) && !currentById.contains(previous.items[i].id())) out.fixedGone.push_back(i);
    }
    return out;
}

} // namespace core
