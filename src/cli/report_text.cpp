// Plain-text report: verdict first, critical errors, sections, every item, then the references cited.
#include "report_text.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace cli {
namespace {

std::string num(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.1f", v);
    return b;
}

std::string pts(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%g", v);
    return b;
}

} // namespace

std::string formatReportText(const core::Report& r, const std::string& caseTitle) {
    std::string out;
    out += caseTitle + " (" + r.caseId + "), profile " + r.protocolId + "\n";
    out += "Score " + num(r.total) + " / 100: " + (r.passed ? "PASSED" : "FAILED") + " (pass mark " + num(r.passMark) +
           (r.critical.empty() ? "" : ", and no critical errors allowed") + ")\n";
    if (!r.critical.empty()) {
        out += "\nCritical errors:\n";
        for (const auto& c : r.critical) out += "  ! " + c.message + " [" + c.id + "]\n";
    }
    out += "\nSections:\n";
    for (const auto& s : r.sections) {
        if (s.max <= 0.0) {
            out += "  " + core::toString(s.section) + ": not graded in this case\n";
            continue;
        }
        out += "  " + core::toString(s.section) + ": " + num(s.score) + " / " + num(s.max) + "\n";
    }
    core::Section current = core::Section::Schedule;
    bool first = true;
    for (const auto& i : r.items) {
        if (first || i.section != current) {
            out += "\n" + core::toString(i.section) + "\n";
            current = i.section;
            first = false;
        }
        out += "  [" + pts(i.points) + "/" + pts(i.max) + "] " + i.id() + ": expected " + i.expected + ", given " + i.given + "\n";
        out += "      " + i.explanation() + "\n";
        out += "      source: " + i.source.str() + (i.tier.empty() ? "" : " (" + i.tier + ")") + "\n";
    }
    // Each full reference once, in the order the report first cites it.
    std::vector<std::string> references;
    for (const auto& i : r.items) {
        std::size_t start = 0;
        const std::string& all = i.citations.str();
        while (start < all.size()) {
            const std::size_t end = std::min(all.find('\n', start), all.size());
            std::string line = all.substr(start, end - start);
            if (std::find(references.begin(), references.end(), line) == references.end()) references.push_back(std::move(line));
            start = end + 1;
        }
    }
    if (!references.empty()) {
        out += "\nreferences\n";
        for (const auto& line : references) out += "  - " + line + "\n";
    }
    return out;
}

} // namespace cli
