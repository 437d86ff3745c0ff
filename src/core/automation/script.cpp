// Script parsing: whitespace-separated words, '#' starts a comment.
#include "automation/script.hpp"

#include "automation/perform_script.hpp"
#include "automation/script_numbers.hpp"
#include "base/text_similarity.hpp"
#include "terms/case_vary.hpp"

#include <charconv>
#include <cstdio>
#include <cmath>
#include <ctime>
#include <functional>
#include <map>
#include <sstream>

namespace core {
namespace {

using Words = std::vector<std::string>;
using Parser = std::function<std::expected<ScriptStep, core::Error>(const Words&)>;

template <typename E> std::expected<E, core::Error> choice(const Choices<E>& options, const std::string& word) {
    std::vector<std::string> names;
    for (const auto& [name, value] : options) {
        if (name == word) return value;
        names.push_back(name);
    }
    std::string all;
    for (const auto& n : names) all += (all.empty() ? "" : ", ") + n;
    return std::unexpected("\"" + word + "\" is not one of " + all + "." + didYouMean(word, names));
}

using script_numbers::number;
using script_numbers::whole;

// Builds a parser for "WORD ARG..." with a fixed argument count.
template <typename Fn> Parser fixed(std::size_t args, const char* usage, Fn make) {
    return [args, usage, make](const Words& w) -> std::expected<ScriptStep, core::Error> {
        if (w.size() != args + 1) return std::unexpected(std::string("usage: ") + usage);
        return make(w);
    };
}

const std::map<std::string, Parser>& parsers() {
    static const std::map<std::string, Parser> table{
        {"open", fixed(1, "open CASE_ID", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::OpenCase{w[1]}}; })},
        {"goto", fixed(1, "goto consultation|plan|perform|aftercare|debrief|library", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto s = choice(stageChoices(), w[1]);
             if (!s) return std::unexpected(s.error());
             return Command{cmd::GoTo{*s}};
         })},
        // "flag ID because WORDS...": the reason the trainee gives, as the flagged panel keeps it.
        {"flag", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             if (w.size() == 2) return Command{cmd::SetFlag{w[1], true}};
             if (w.size() < 4 || w[2] != "because") return std::unexpected(std::string("usage: flag SCREENING_ID [because WORDS...]"));
             std::string reason;
             for (std::size_t i = 3; i < w.size(); ++i) reason += (i > 3 ? " " : "") + w[i];
             return Command{cmd::SetFlag{w[1], true, reason}};
         }},
        {"unflag", fixed(1, "unflag SCREENING_ID", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetFlag{w[1], false}}; })},
        {"decide", fixed(1, "decide treat|treat_modified|defer|refer", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto d = choice(decisionChoices(), w[1]);
             if (!d) return std::unexpected(d.error());
             return Command{cmd::SetDecision{*d}};
         })},
        {"select", fixed(1, "select ZONE", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SelectZone{w[1]}}; })},
        {"treat", fixed(1, "treat ZONE", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetZoneAction{w[1], ZoneAction::Treat}}; })},
        {"avoid", fixed(1, "avoid ZONE", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetZoneAction{w[1], ZoneAction::Avoid}}; })},
        {"clear", fixed(1, "clear ZONE", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetZoneAction{w[1], std::nullopt}}; })},
        {"depth", fixed(2, "depth ZONE MM", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto mm = number(w[2]);
             if (!mm) return std::unexpected(mm.error());
             return Command{cmd::SetDepth{w[1], *mm}};
         })},
        {"pattern", fixed(2, "pattern ZONE vertical|horizontal|oblique", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto p = choice(patternChoices(), w[2]);
             if (!p) return std::unexpected(p.error());
             return Command{cmd::TogglePattern{w[1], *p}};
         })},
        {"patterns", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             if (w.size() < 2) return std::unexpected(std::string("usage: patterns ZONE [vertical] [horizontal] [oblique]"));
             std::vector<Pattern> list;
             for (std::size_t i = 2; i < w.size(); ++i) {
                 auto p = choice(patternChoices(), w[i]);
                 if (!p) return std::unexpected(p.error());
                 list.push_back(*p);
             }
             return Command{cmd::SetPatterns{w[1], list}};
         }},
        {"passes", fixed(2, "passes ZONE N", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto n = whole(w[2]);
             if (!n) return std::unexpected(n.error());
             return Command{cmd::SetPasses{w[1], *n}};
         })},
        {"endpoint", fixed(2, "endpoint ZONE erythema|pinpoint_bleeding", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto e = choice(endpointChoices(), w[2]);
             if (!e) return std::unexpected(e.error());
             return Command{cmd::SetEndpoint{w[1], *e}};
         })},
        {"mirror", fixed(1, "mirror ZONE", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::MirrorZone{w[1]}}; })},
        {"aftercare", fixed(1, "aftercare ID", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetAftercare{w[1], true}}; })},
        {"no-aftercare", fixed(1, "no-aftercare ID", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetAftercare{w[1], false}}; })},
        {"interval", fixed(1, "interval WEEKS", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto n = whole(w[1]);
             if (!n) return std::unexpected(n.error());
             return Command{cmd::SetInterval{*n}};
         })},
        {"sessions", fixed(1, "sessions N", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto n = whole(w[1]);
             if (!n) return std::unexpected(n.error());
             return Command{cmd::SetSessions{*n}};
         })},
        {"exclude", fixed(2, "exclude ZONE FINDING", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetExclude{w[1], w[2], true}}; })},
        {"no-exclude", fixed(2, "no-exclude ZONE FINDING", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetExclude{w[1], w[2], false}}; })},
        {"rebook", fixed(1, "rebook WEEKS", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto n = whole(w[1]);
             if (!n) return std::unexpected(n.error());
             return Command{cmd::SetRebook{*n}};
         })},
        {"refer-to", fixed(1, "refer-to ID", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetReferral{w[1]}}; })},
        {"no-referral", fixed(0, "no-referral", [](const Words&) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetReferral{""}}; })},
        {"advice", fixed(1, "advice ID", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetAdvice{w[1], true}}; })},
        {"ask", fixed(1, "ask QUESTION_ID", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::Ask{w[1]}}; })},
        {"no-advice", fixed(1, "no-advice ID", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetAdvice{w[1], false}}; })},
        {"stroke", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return parseStrokeWords(w); }},
        {"perform-auto", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return parsePerformAutoWords(w); }},
        {"cartridge", fixed(1, "cartridge ID", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::SetCartridge{w[1]}}; })},
        {"clear-strokes", fixed(1, "clear-strokes ZONE", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return Command{cmd::ClearStrokes{w[1]}}; })},
        {"submit", fixed(0, "submit", [](const Words&) -> std::expected<ScriptStep, core::Error> { return Command{cmd::Submit{}}; })},
        {"retry", fixed(0, "retry", [](const Words&) -> std::expected<ScriptStep, core::Error> { return Command{cmd::Retry{}}; })},
        {"next", fixed(0, "next", [](const Words&) -> std::expected<ScriptStep, core::Error> { return Command{cmd::NextCase{}}; })},
        {"library", fixed(0, "library", [](const Words&) -> std::expected<ScriptStep, core::Error> { return Command{cmd::BackToLibrary{}}; })},
        {"screenshot", fixed(1, "screenshot NAME", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return step::Screenshot{w[1]}; })},
        {"notes", fixed(1, "notes NAME", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return step::Screenshot{w[1], false}; })},
        {"frames", fixed(1, "frames N", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto n = whole(w[1]);
             if (!n || *n < 1 || *n > 1000000) return std::unexpected(std::string("frames takes a whole number 1-1000000"));
             return step::Frames{*n};
         })},
        {"size", fixed(2, "size WIDTH HEIGHT", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto x = whole(w[1]);
             auto y = whole(w[2]);
             if (!x || !y || *x < 320 || *y < 240 || *x > 7680 || *y > 4320) {
                 return std::unexpected(std::string("size takes WIDTH 320-7680 and HEIGHT 240-4320"));
             }
             return step::Resize{*x, *y};
         })},
        {"scale", fixed(1, "scale FACTOR", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto s = number(w[1]);
             if (!s || *s < 0.5 || *s > 3.0) return std::unexpected(std::string("scale takes a number 0.5-3"));
             return step::Scale{static_cast<float>(*s)};
         })},
        {"hover", fixed(1, "hover ZONE", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return step::Hover{w[1]}; })},
        {"view", fixed(1, "view yours|expert|side-by-side|technique", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             if (w[1] != "yours" && w[1] != "expert" && w[1] != "side-by-side" && w[1] != "technique") {
                 return std::unexpected(std::string("view takes yours, expert, side-by-side or technique (the perform heat map and replay)"));
             }
             return step::DebriefView{w[1]};
         })},
        {"zoom", fixed(1, "zoom FACTOR", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto z = number(w[1]);
             if (!z || *z < 1.0 || *z > 8.0) return std::unexpected(std::string("zoom takes a number 1-8"));
             return step::Zoom{static_cast<float>(*z)};
         })},
        {"map-view", fixed(1, "map-view face|body", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             for (const auto& [name, view] : mapViewChoices()) {
                 if (name == w[1]) return step::ShowMapView{view};
             }
             return std::unexpected(std::string("map-view takes face or body"));
         })},
        {"resume", fixed(0, "resume", [](const Words&) -> std::expected<ScriptStep, core::Error> { return step::Resume{}; })},
        {"exam-start", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             if (w.size() < 4) return std::unexpected(std::string("usage: exam-start EXAM_ID CANDIDATE_ID CANDIDATE NAME"));
             std::string name;
             for (std::size_t i = 3; i < w.size(); ++i) name += (i > 3 ? " " : "") + w[i];
             return step::ExamStart{w[1], w[2], name};
         }},
        {"case", fixed(1, "case N", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto n = whole(w[1]);
             if (!n || *n < 1) return std::unexpected(std::string("case takes a case number from 1"));
             return step::ExamCase{*n};
         })},
        {"review", fixed(1, "review N", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto n = whole(w[1]);
             if (!n || *n < 1) return std::unexpected(std::string("review takes a case number from 1"));
             return step::ExamReview{*n, true};
         })},
        {"unreview", fixed(1, "unreview N", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto n = whole(w[1]);
             if (!n || *n < 1) return std::unexpected(std::string("unreview takes a case number from 1"));
             return step::ExamReview{*n, false};
         })},
        {"unlock", fixed(1, "unlock PASSPHRASE-FILE", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             return step::Unlock{w[1]};
         })},
        {"exam-start-pack", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             if (w.size() < 5) return std::unexpected(std::string("usage: exam-start-pack PACK-FILE PASSPHRASE-FILE CANDIDATE_ID CANDIDATE NAME"));
             std::string name;
             for (std::size_t i = 4; i < w.size(); ++i) name += (i > 4 ? " " : "") + w[i];
             return step::ExamStartPack{w[1], w[2], w[3], name};
         }},
        {"type-line", fixed(1, "type-line FILE", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return step::TypeLine{w[1]}; })},
        {"submit-exam", fixed(0, "submit-exam", [](const Words&) -> std::expected<ScriptStep, core::Error> { return step::ExamSubmit{}; })},
        {"wait", fixed(1, "wait MILLISECONDS", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto n = whole(w[1]);
             if (!n || *n < 0 || *n > 600000) return std::unexpected(std::string("wait takes 0-600000 milliseconds"));
             return step::Wait{*n};
         })},
        {"press", fixed(1, "press [ctrl+][shift+]KEY (a-z, escape, enter, tab)", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             step::Press p{"", false, false};
             std::string rest = w[1];
             for (const auto& [prefix, flag] : {std::pair<const char*, bool step::Press::*>{"ctrl+", &step::Press::ctrl}, {"shift+", &step::Press::shift}}) {
                 if (rest.rfind(prefix, 0) == 0) {
                     p.*flag = true;
                     rest = rest.substr(std::string(prefix).size());
                 }
             }
             const bool letter = rest.size() == 1 && rest[0] >= 'a' && rest[0] <= 'z';
             if (!letter && rest != "escape" && rest != "enter" && rest != "tab") {
                 return std::unexpected("\"" + w[1] + "\" is not a key: use a-z, escape, enter or tab, after ctrl+ and/or shift+");
             }
             p.key = rest;
             return p;
         })},
        {"pen", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto pen = parsePenWords(w);
             if (!pen) return std::unexpected(pen.error());
             return *pen;
         }},
        {"click", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             if (w.size() < 2) return std::unexpected(std::string("usage: click BUTTON LABEL (as shown on screen, e.g. click New case...)"));
             std::string label;
             for (std::size_t i = 1; i < w.size(); ++i) label += (i > 1 ? " " : "") + w[i];
             return step::Click{label};
         }},
        {"trainee", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             if (w.size() < 2) return std::unexpected(std::string("usage: trainee NAME (picked, or added when new)"));
             std::string name;
             for (std::size_t i = 1; i < w.size(); ++i) name += (i > 1 ? " " : "") + w[i];
             return step::UseTrainee{name, true};
         }},
        {"pick-trainee", fixed(1, "pick-trainee ID (a registered trainee's id or one-word name)", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             return step::UseTrainee{w[1], false};
         })},
        {"open-progress", fixed(0, "open-progress", [](const Words&) -> std::expected<ScriptStep, core::Error> { return step::ProgressScreen{true}; })},
        {"close-progress", fixed(0, "close-progress", [](const Words&) -> std::expected<ScriptStep, core::Error> { return step::ProgressScreen{false}; })},
        {"skill-cases", fixed(1, "skill-cases SKILL_ID", [](const Words& w) -> std::expected<ScriptStep, core::Error> { return step::SkillCases{w[1]}; })},
        {"clock", fixed(1, "clock 2026-11-03T09:30:00Z", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             const auto t = parseScriptClock(w[1]);
             if (!t) return std::unexpected("\"" + w[1] + "\" is not a UTC time: write it like 2026-11-03T09:30:00Z or 2026-11-03");
             return step::Clock{*t};
         })},
        {"practise-next", fixed(0, "practise-next", [](const Words&) -> std::expected<ScriptStep, core::Error> { return step::PractiseNext{}; })},
        {"variant", fixed(2, "variant CASE_ID SEED (a whole number)", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             const auto seed = parseVariantSeed(w[2]);
             if (!seed) return std::unexpected("\"" + w[2] + "\" is not a seed: write a whole number 0-18446744073709551615");
             return step::PractiseVariant{w[1], *seed};
         })},
        {"daily-session", fixed(1, "daily-session N (1-20 cases)", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             auto n = whole(w[1]);
             if (!n || *n < 1 || *n > 20) return std::unexpected(std::string("daily-session takes a number of cases 1-20"));
             return step::DailySession{*n};
         })},
        {"close-window", fixed(0, "close-window", [](const Words&) -> std::expected<ScriptStep, core::Error> { return step::CloseWindow{}; })},
        {"item-analysis", [](const Words& w) -> std::expected<ScriptStep, core::Error> {
             if (w.size() < 2 || w.size() > 3) return std::unexpected(std::string("usage: item-analysis RESULTS_DIR [TRUSTED_KEYS_DIR]"));
             return step::ItemAnalysis{w[1], w.size() == 3 ? w[2] : std::string()};
         }},
        {"quit", fixed(0, "quit", [](const Words&) -> std::expected<ScriptStep, core::Error> { return step::Quit{}; })},
    };
    return table;
}

} // namespace

namespace {

std::string mmText(double mm) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", mm);
    return text;
}

struct LineOf {
    std::string operator()(const cmd::OpenCase& c) const { return "open " + c.caseId; }
    std::string operator()(const cmd::GoTo& c) const { return "goto " + toString(c.stage); }
    std::string operator()(const cmd::ToggleFlag& c) const { return "flag " + c.id; } // recorded as the resulting SetFlag by callers
    std::string operator()(const cmd::SetFlag& c) const { return (c.on ? "flag " : "unflag ") + c.id + (c.on && !c.reason.empty() ? " because " + c.reason : ""); }
    std::string operator()(const cmd::SetDecision& c) const { return "decide " + toString(c.decision); }
    std::string operator()(const cmd::SelectZone& c) const { return "select " + c.zone; }
    std::string operator()(const cmd::SetZoneAction& c) const {
        return (!c.action ? "clear " : (*c.action == ZoneAction::Treat ? "treat " : "avoid ")) + c.zone;
    }
    std::string operator()(const cmd::SetDepth& c) const { return "depth " + c.zone + " " + mmText(c.mm); }
    std::string operator()(const cmd::TogglePattern& c) const { return "pattern " + c.zone + " " + toString(c.pattern); }
    std::string operator()(const cmd::SetPatterns& c) const {
        std::string s = "patterns " + c.zone;
        for (auto p : c.patterns) s += " " + toString(p);
        return s;
    }
    std::string operator()(const cmd::SetPasses& c) const { return "passes " + c.zone + " " + std::to_string(c.passes); }
    std::string operator()(const cmd::SetEndpoint& c) const { return "endpoint " + c.zone + " " + toString(c.endpoint); }
    std::string operator()(const cmd::MirrorZone& c) const { return "mirror " + c.zone; }
    std::string operator()(const cmd::ToggleAftercare& c) const { return "aftercare " + c.id; }
    std::string operator()(const cmd::SetAftercare& c) const { return (c.on ? "aftercare " : "no-aftercare ") + c.id; }
    std::string operator()(const cmd::SetInterval& c) const { return "interval " + std::to_string(c.weeks); }
    std::string operator()(const cmd::SetSessions& c) const { return "sessions " + std::to_string(c.sessions); }
    std::string operator()(const cmd::SetExclude& c) const { return (c.on ? "exclude " : "no-exclude ") + c.zone + " " + c.finding; }
    std::string operator()(const cmd::SetRebook& c) const { return "rebook " + std::to_string(c.weeks); }
    std::string operator()(const cmd::SetReferral& c) const { return c.id.empty() ? std::string("no-referral") : "refer-to " + c.id; }
    std::string operator()(const cmd::ToggleAdvice& c) const { return "advice " + c.id; }
    std::string operator()(const cmd::SetAdvice& c) const { return (c.on ? "advice " : "no-advice ") + c.id; }
    std::string operator()(const cmd::Ask& c) const { return "ask " + c.questionId; }
    std::string operator()(const cmd::Stroke& c) const { return strokeScriptLine(c); }
    std::string operator()(const cmd::PerformAuto& c) const { return performAutoScriptLine(c); }
    // A pen stroke as the stroke word: its samples as points over its length (the word spaces them evenly in time).
    std::string operator()(const cmd::AddStroke& c) const {
        cmd::Stroke stroke{c.stroke.zone, {}, c.stroke.samples.empty() ? 1 : std::max(1, static_cast<int>(c.stroke.samples.back().tMs))};
        for (const auto& s : c.stroke.samples) stroke.points.push_back(s.mapPoint());
        return strokeScriptLine(stroke);
    }
    std::string operator()(const cmd::SetCartridge& c) const { return "cartridge " + c.id; }
    std::string operator()(const cmd::ClearStrokes& c) const { return "clear-strokes " + c.zone; }
    std::string operator()(const cmd::Submit&) const { return "submit"; }
    std::string operator()(const cmd::Retry&) const { return "retry"; }
    std::string operator()(const cmd::NextCase&) const { return "next"; }
    std::string operator()(const cmd::BackToLibrary&) const { return "library"; }
    std::string operator()(const cmd::PlayVisit& c) const { return visitScriptLine(c); }
    std::string operator()(const cmd::ToggleManagement& c) const { return visitScriptLine(c); }
    std::string operator()(const cmd::SetManagement& c) const { return visitScriptLine(c); }
    std::string operator()(const cmd::ConfirmManagement& c) const { return visitScriptLine(c); }
    std::string operator()(const cmd::SetVisitSeed& c) const { return visitScriptLine(c); }
};

} // namespace

std::optional<double> parseScriptClock(const std::string& iso) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    int used = 0;
    const char* text = iso.c_str();
    if (std::sscanf(text, "%4d-%2d-%2d%n", &year, &month, &day, &used) != 3 || used != 10) return std::nullopt;
    if (iso.size() > 10) {
        int more = 0;
        if (std::sscanf(text + 10, "T%2d:%2d%n", &hour, &minute, &more) != 2 || more != 6) return std::nullopt;
        used += more;
        if (iso[static_cast<std::size_t>(used)] == ':') {
            if (std::sscanf(text + used, ":%2d%n", &second, &more) != 1 || more != 3) return std::nullopt;
            used += more;
        }
        if (iso.substr(static_cast<std::size_t>(used)) != "Z") return std::nullopt;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59 || year < 1970) return std::nullopt;
    std::tm t{};
    t.tm_year = year - 1900;
    t.tm_mon = month - 1;
    t.tm_mday = day;
    t.tm_hour = hour;
    t.tm_min = minute;
    t.tm_sec = second;
    const std::time_t seconds = timegm(&t);
    // timegm normalises 2026-02-31 to March: such a date is refused, not moved.
    std::tm back{};
    gmtime_r(&seconds, &back);
    if (back.tm_mday != day || back.tm_mon != month - 1) return std::nullopt;
    return static_cast<double>(seconds);
}

std::string scriptLine(const Command& command) { return std::visit(LineOf{}, command); }

const std::vector<std::string>& scriptWords() {
    static const std::vector<std::string> words = [] {
        std::vector<std::string> out;
        for (const auto& [word, parser] : parsers()) out.push_back(word);
        for (const auto& word : editorScriptWords()) out.push_back(word);
        for (const auto& word : visitScriptWords()) out.push_back(word);
        return out;
    }();
    return words;
}

std::expected<std::vector<ScriptLine>, Error> parseScript(const std::string& text, const std::string& name) {
    std::vector<ScriptLine> lines;
    Diagnostics problems;
    std::istringstream in(text);
    std::string raw;
    int number = 0;
    while (std::getline(in, raw)) {
        ++number;
        if (auto editor = parseEditorLine(raw)) {
            if (*editor) {
                lines.push_back({number, raw, std::move(**editor)});
            } else {
                Diagnostic d;
                d.file = name;
                d.line = number;
                d.column = 1;
                d.message = editor->error().summary();
                problems.add(std::move(d));
            }
            continue;
        }
        std::string line = raw.substr(0, raw.find('#'));
        std::istringstream words(line);
        Words w;
        for (std::string word; words >> word;) w.push_back(word);
        if (w.empty()) continue;
        const auto it = parsers().find(w[0]);
        auto visitLine = it == parsers().end() ? parseVisitLine(w) : std::nullopt;
        std::expected<ScriptStep, core::Error> parsed =
            visitLine ? std::move(*visitLine) :
            it == parsers().end() ? std::unexpected("unknown command \"" + w[0] + "\"." + didYouMean(w[0], scriptWords()))
                                  : it->second(w);
        if (!parsed) {
            Diagnostic d;
            d.file = name;
            d.line = number;
            d.column = 1;
            d.message = parsed.error().summary();
            problems.add(std::move(d));
            continue;
        }
        lines.push_back({number, raw, std::move(*parsed)});
    }
    if (problems.hasErrors()) return std::unexpected(Error{problems.items()});
    return lines;
}

} // namespace core
