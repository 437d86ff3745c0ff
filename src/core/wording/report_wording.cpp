// Report line items in plain words (see report_wording.hpp).
#include "wording/report_wording.hpp"

#include "base/ascii_text.hpp"

#include <algorithm>
#include <charconv>

namespace core {
namespace report_wording_detail {



// Vocabulary words written as ids ("pinpoint_bleeding", "treat_modified") as words.
std::string words(std::string s) {
    if (s == "treat_modified") return decisionWords(Decision::TreatModified);
    std::replace(s.begin(), s.end(), '_', ' ');
    return s;
}

std::string screeningName(const WordingSources& src, const std::string& id) {
    const ScreeningItem* item = src.catalogue.findScreening(id);
    return item ? item->label : words(id);
}

std::string aftercareName(const AftercareItem* item, const std::string& id) { return item ? item->label : words(id); }

// Where a missed flag showed on the map, in catalogue words ("a wart on the chin").
std::string seenOnMap(const WordingSources& src, const std::string& flagId) {
    if (!src.currentCase) return {};
    for (const auto& flag : src.currentCase->key.contraindications) {
        if (flag.id != flagId || flag.findings.empty()) continue;
        const Finding* f = src.currentCase->finding(flag.findings.front());
        if (!f) continue;
        const FindingType* type = src.catalogue.findFindingType(f->type);
        const std::string what = type ? lowerFirstInSentence(type->label) : words(f->type);
        return " It showed on the map: " + what + " on " + zoneInSentence(src.zones, f->zone) + ".";
    }
    return {};
}

LineWords screeningWords(const LineItem& item, const WordingSources& src) {
    const std::string name = screeningName(src, item.subject);
    const bool flagged = item.given == "flagged";
    if (item.kind == "flag") {
        if (flagged) return {"You flagged a contraindication: " + name + ".", {}};
        return {"You missed a contraindication: " + name + "." + seenOnMap(src, item.subject), {}};
    }
    if (item.kind == "distractor") {
        if (flagged) return {"You flagged something that is not a contraindication here: " + name + ".", {}};
        return {"You rightly did not flag " + lowerFirstInSentence(name) + ": it is not a contraindication here.", {}};
    }
    // extra_flag
    return {"You flagged " + lowerFirstInSentence(name) + ", but nothing in this client's intake or face map supports it.", {}};
}

LineWords decisionWords(const LineItem& item) {
    const std::string expected = words(item.expected);
    if (item.given == "none") return {"You made no decision; the right decision was to " + expected + ".", {}};
    if (item.given == item.expected) return {"Your decision was right: " + expected + ".", {}};
    // The grader may give full points to a different label (treat and treat with
    // changes are one decision): the words follow the points, never the labels.
    if (!lostPoints(item)) {
        return {"Your decision, " + words(item.given) + ", counts as right: the right decision was to " + expected + ".", {}};
    }
    const bool partial = item.points > 0.0;
    return {"You decided to " + words(item.given) + "; the right decision was to " + expected + "." +
                (partial ? " Yours earns part of the points." : ""),
            {}};
}

LineWords zoneWords(const LineItem& item, const WordingSources& src) {
    const std::string zone = zoneInSentence(src.zones, item.subject);
    const std::string Zone = upperFirst(zone);
    const bool full = !lostPoints(item) && item.max > 0.0;
    const bool none = item.given == "none";
    const std::string_view aspect = item.aspect;
    if (aspect == "depth") {
        if (item.max <= 0.0) return {Zone + ": depth is not graded here (this protocol sets no depth for it).", {}};
        if (none) return {Zone + ": you gave no depth; the band is " + item.expected + ".", {}};
        if (full) return {Zone + ": your depth, " + item.given + ", is inside the band (" + item.expected + ").", {}};
        return {Zone + ": your depth, " + item.given + ", is outside the band (" + item.expected + ").", {}};
    }
    if (aspect == "patterns") {
        if (full) return {Zone + ": you covered every direction needed (" + item.expected + ").", {}};
        return {Zone + ": you used " + (none ? std::string("no directions") : item.given) + "; needed: " + item.expected + ".", {}};
    }
    if (aspect == "passes") {
        if (none) return {Zone + ": you gave no number of passes; the range is " + item.expected + ".", {}};
        return {Zone + ": " + item.given + (item.given == "1" ? " pass" : " passes") + (full ? ", in range (" : "; the range is ") + item.expected +
                    (full ? ")." : "."),
                {}};
    }
    if (aspect == "endpoint") {
        if (none) return {Zone + ": you gave no endpoint; the right one is " + words(item.expected) + ".", {}};
        if (full) return {Zone + ": the right endpoint, " + words(item.given) + ".", {}};
        return {Zone + ": you aimed for " + words(item.given) + "; the right endpoint is " + words(item.expected) + ".", {}};
    }
    if (aspect == "cap_or_avoid") return {"You avoided " + zone + ": as safe as capping the depth over the filler.", {}};
    if (aspect == "treat") {
        if (full) return {"You rightly treated " + zone + ".", {}};
        return {"You left out " + zone + ", which needed treating" + (item.given == "avoid" ? " (you marked it avoided)." : "."), {}};
    }
    if (aspect == "avoid") {
        if (item.given == "avoided") return {"You rightly avoided " + zone + ".", {}};
        if (item.given == "treated around the lesion") return {"You needled around the lesion on " + zone + " with a margin: as safe as avoiding it.", {}};
        if (item.given == "treated") return {"You treated " + zone + ", which had to be avoided.", {}};
        return {"You left " + zone + " out of the plan but did not mark it avoided.", {}};
    }
    if (aspect == "no_go") return {"You treated " + zone + ", a no-go area: never treat it.", {}};
    if (aspect == "unplanned") return {"You treated " + zone + ", which was not part of this plan.", {}};
    return {Zone + ": " + std::string(item.verdict), {}};
}

LineWords scheduleWords(const LineItem& item) {
    const std::string what = item.aspect == "interval" ? "Time between sessions" : item.aspect == "sessions" ? "Number of sessions" : "Schedule";
    if (item.given == "none") return {what + ": you gave none; the range is " + item.expected + ".", {}};
    if (!lostPoints(item)) return {what + ": " + item.given + ", in range (" + item.expected + ").", {}};
    return {what + ": you gave " + item.given + "; the range is " + item.expected + ".", {}};
}

LineWords followUpWords(const LineItem& item) {
    if (item.aspect == "rebook") {
        if (item.given == "none") return {"You did not say when to rebook; the range is " + item.expected + ".", {}};
        if (!lostPoints(item)) return {"You rebooked in " + item.given + ", in range (" + item.expected + ").", {}};
        return {"You rebooked in " + item.given + "; the range is " + item.expected + ".", {}};
    }
    if (item.given == "none") return {"You referred to no one; expected: " + lowerFirstInSentence(words(item.expected)) + ".", {}};
    if (!lostPoints(item)) return {"You referred to the right person: " + lowerFirstInSentence(item.given) + ".", {}};
    return {"You referred to " + lowerFirstInSentence(item.given) + "; expected: " + lowerFirstInSentence(words(item.expected)) + ".", {}};
}

LineWords adviceWords(const LineItem& item, const WordingSources& src) {
    if (item.kind == "aftercare_harmful") {
        return {"You gave harmful advice: " + aftercareName(src.catalogue.findAftercare(item.subject), item.subject) + ".", {}};
    }
    const bool given = item.given == "given";
    if (item.kind == "advice") {
        const std::string name = aftercareName(src.catalogue.findAdvice(item.subject), item.subject);
        return {given ? "You gave today's advice: " + name + "." : "You left out today's advice: " + name + ".", {}};
    }
    const std::string name = aftercareName(src.catalogue.findAftercare(item.subject), item.subject);
    return {given ? "You gave the aftercare: " + name + "." : "You left out the aftercare: " + name + ".", {}};
}

LineWords interviewWords(const LineItem& item, const WordingSources& src) {
    if (item.kind == "question_efficiency") {
        return {"You asked " + item.given + " questions, more than a focused history needs (" + item.expected + ").", {}};
    }
    const InterviewQuestion* q = src.catalogue.findQuestion(item.subject);
    const std::string question = q ? "\"" + q->label + "\"" : words(item.subject);
    if (item.given == "asked") return {"You asked an essential question: " + question, {}};
    return {"You missed an essential question: " + question, {}};
}

} // namespace report_wording_detail

bool lostPoints(const LineItem& item) { return item.critical || item.points < 0.0 || item.points < item.max - 1e-9; }

MapTarget mapTarget(const LineItem& item, const Case* currentCase) {
    if (item.kind == "zone") return {item.subject, {}};
    if (item.kind != "flag" || !currentCase) return {};
    for (const auto& flag : currentCase->key.contraindications) {
        if (flag.id != item.subject || flag.findings.empty()) continue;
        if (const Finding* f = currentCase->finding(flag.findings.front())) return {f->zone, f->id};
    }
    return {};
}

std::vector<std::size_t> mistakesFirst(const Report& report) {
    const auto critical = [&](const LineItem& line) {
        if (line.critical) return true;
        // Reports saved before lines carried the flag: match the critical error's subject.
        return std::any_of(report.critical.begin(), report.critical.end(), [&](const CriticalError& c) {
            const auto colon = c.id.find(':');
            return colon != std::string::npos && !line.subject.empty() && c.id.substr(colon + 1) == line.subject;
        });
    };
    const auto lost = [](const LineItem& line) { return line.points < 0.0 ? -line.points : line.max - line.points; };
    std::vector<std::size_t> order(report.items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto rank = [&](std::size_t i) {
        const LineItem& line = report.items[i];
        if (!lostPoints(line)) return 2;
        return critical(line) ? 0 : 1;
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const int ra = rank(a);
        const int rb = rank(b);
        if (ra != rb) return ra < rb;
        if (ra == 2) return false;
        return lost(report.items[a]) > lost(report.items[b]) + 1e-9;
    });
    return order;
}

namespace report_wording_detail {

std::string shortNumber(double value) {
    char text[64];
    const auto end = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, 3).ptr;
    std::string out(text, end);
    while (out.find('.') != std::string::npos && (out.back() == '0' || out.back() == '.')) {
        const bool dot = out.back() == '.';
        out.pop_back();
        if (dot) break;
    }
    return out == "-0" ? "0" : out;
}

} // namespace report_wording_detail

std::string pointsText(const LineItem& item) {
    using report_wording_detail::shortNumber;
    const std::string points = (item.points >= 0.0 ? "+" : "") + shortNumber(item.points);
    return item.max > 0.0 ? points + " / " + shortNumber(item.max) : points;
}

ExpectedDecision expectedDecision(const Report* report, const Case& c) {
    const LineItem* line = report ? report->item("decision") : nullptr;
    if (line) {
        for (const auto& [name, value] : decisionChoices()) {
            if (name == line->expected) return {value, line->teaching.str()};
        }
    }
    return {c.key.decision.expected, c.key.decision.reason.str()};
}

LineWords plainWords(const LineItem& item, const WordingSources& sources) {
    using namespace report_wording_detail;
    const std::string_view kind = item.kind;
    if (kind == "flag" || kind == "distractor" || kind == "extra_flag") return screeningWords(item, sources);
    if (kind == "decision") return decisionWords(item);
    if (kind == "zone") return zoneWords(item, sources);
    if (kind == "schedule") return scheduleWords(item);
    if (kind == "follow_up") return followUpWords(item);
    if (kind == "aftercare" || kind == "aftercare_harmful" || kind == "advice") return adviceWords(item, sources);
    if (kind == "question" || kind == "question_efficiency") return interviewWords(item, sources);
    if (kind == "technique") return techniqueLineWords(item, sources);
    // A kind this file does not know yet: the grader's verdict, and the values in words.
    return {std::string(item.verdict), "Yours: " + words(item.given) + ". Expected: " + words(item.expected) + "."};
}

} // namespace core
