// Answer encoding for the exam journal: one JSON object per answer, decoded
// with every field type-checked, plus the frozen version-1 line decoder.
#include "exam/answer_codec.hpp"

#include "exam/journal_fields.hpp"

#include "exam/stage_answer_codec.hpp"

#include <charconv>
#include <cmath>
#include <sstream>
#include <vector>

namespace core {
namespace {

using Words = std::vector<std::string>;

// Whole numbers in a sane range only: a huge double must never reach an int.
std::expected<int, core::Error> wholeOf(const Json& o, const char* key) {
    const auto it = o.find(key);
    if (it == o.end() || !it->is_number()) return std::unexpected(std::string("\"") + key + "\" must be a whole number");
    const double v = it->get<double>();
    if (!std::isfinite(v) || v != std::floor(v) || std::abs(v) > 1e6) {
        return std::unexpected(std::string("\"") + key + "\" must be a whole number up to 1000000");
    }
    return static_cast<int>(v);
}

std::expected<double, core::Error> numberOf(const Json& o, const char* key) {
    const auto it = o.find(key);
    if (it == o.end() || !it->is_number()) return std::unexpected(std::string("\"") + key + "\" must be a number");
    const double v = it->get<double>();
    if (!std::isfinite(v)) return std::unexpected(std::string("\"") + key + "\" must be finite");
    return v;
}

struct Encode {
    Json operator()(const cmd::SetFlag& c) const {
        Json j = {{"k", "flag"}, {"id", c.id}, {"on", c.on}};
        if (!c.reason.empty()) j["why"] = c.reason;
        return j;
    }
    Json operator()(const cmd::SetDecision& c) const { return {{"k", "decision"}, {"value", toString(c.decision)}}; }
    Json operator()(const cmd::SetZoneAction& c) const {
        return {{"k", "zone_action"}, {"zone", c.zone}, {"value", c.action ? Json(toString(*c.action)) : Json(nullptr)}};
    }
    Json operator()(const cmd::SetDepth& c) const { return {{"k", "depth"}, {"zone", c.zone}, {"mm", c.mm}}; }
    Json operator()(const cmd::SetPatterns& c) const {
        Json list = Json::array();
        for (const Pattern p : c.patterns) list.push_back(toString(p));
        return {{"k", "patterns"}, {"zone", c.zone}, {"value", list}};
    }
    Json operator()(const cmd::SetPasses& c) const { return {{"k", "passes"}, {"zone", c.zone}, {"value", c.passes}}; }
    Json operator()(const cmd::SetEndpoint& c) const { return {{"k", "endpoint"}, {"zone", c.zone}, {"value", toString(c.endpoint)}}; }
    Json operator()(const cmd::MirrorZone& c) const { return {{"k", "mirror"}, {"zone", c.zone}}; }
    Json operator()(const cmd::SetAftercare& c) const { return {{"k", "aftercare"}, {"id", c.id}, {"on", c.on}}; }
    Json operator()(const cmd::SetInterval& c) const { return {{"k", "interval"}, {"value", c.weeks}}; }
    Json operator()(const cmd::SetSessions& c) const { return {{"k", "sessions"}, {"value", c.sessions}}; }
    Json operator()(const cmd::SetExclude& c) const { return {{"k", "exclude"}, {"zone", c.zone}, {"id", c.finding}, {"on", c.on}}; }
    Json operator()(const cmd::SetRebook& c) const { return {{"k", "rebook"}, {"value", c.weeks}}; }
    Json operator()(const cmd::SetReferral& c) const { return {{"k", "referral"}, {"id", c.id}}; }
    Json operator()(const cmd::SetAdvice& c) const { return {{"k", "advice"}, {"id", c.id}, {"on", c.on}}; }
    Json operator()(const cmd::Ask& c) const { return {{"k", "ask"}, {"id", c.questionId}}; }
    // Perform strokes and follow-up visits: exam/stage_answer_codec.
    template <typename Other> Json operator()(const Other& other) const { return encodeStageAnswer(Command{other}); }
};

std::expected<Command, core::Error> decodeObject(const Json& a) {
    auto kind = journalText(a, "k");
    if (!kind) return std::unexpected(kind.error());
    const std::string& k = *kind;
    auto zoneCommand = [&](auto make) -> std::expected<Command, core::Error> {
        auto zone = journalText(a, "zone");
        if (!zone) return std::unexpected(zone.error());
        return make(*zone);
    };
    if (k == "flag" || k == "aftercare" || k == "advice") {
        auto id = journalText(a, "id");
        auto on = journalFlag(a, "on");
        if (!id) return std::unexpected(id.error());
        if (!on) return std::unexpected(on.error());
        if (k == "flag") return Command{cmd::SetFlag{*id, *on, a.contains("why") && a["why"].is_string() ? a["why"].get<std::string>() : std::string()}};
        if (k == "advice") return Command{cmd::SetAdvice{*id, *on}};
        return Command{cmd::SetAftercare{*id, *on}};
    }
    if (k == "exclude") {
        return zoneCommand([&](const std::string& zone) -> std::expected<Command, core::Error> {
            auto id = journalText(a, "id");
            auto on = journalFlag(a, "on");
            if (!id) return std::unexpected(id.error());
            if (!on) return std::unexpected(on.error());
            return Command{cmd::SetExclude{zone, *id, *on}};
        });
    }
    if (k == "ask") {
        auto id = journalText(a, "id");
        if (!id) return std::unexpected(id.error());
        return Command{cmd::Ask{*id}};
    }
    if (k == "referral") {
        const auto it = a.find("id");
        if (it == a.end() || !it->is_string()) return std::unexpected(std::string("\"id\" must be a referral id or \"\""));
        return Command{cmd::SetReferral{it->get<std::string>()}};
    }
    if (k == "rebook") {
        auto n = wholeOf(a, "value");
        if (!n) return std::unexpected(n.error());
        return Command{cmd::SetRebook{*n}};
    }
    if (k == "decision") {
        auto v = journalText(a, "value");
        if (!v) return std::unexpected(v.error());
        auto d = journalChoice(decisionChoices(), *v, "decision");
        if (!d) return std::unexpected(d.error());
        return Command{cmd::SetDecision{*d}};
    }
    if (k == "zone_action") {
        return zoneCommand([&](const std::string& zone) -> std::expected<Command, core::Error> {
            const auto it = a.find("value");
            if (it != a.end() && it->is_null()) return Command{cmd::SetZoneAction{zone, std::nullopt}};
            auto v = journalText(a, "value");
            if (!v) return std::unexpected(std::string("\"value\" must be treat, avoid or null"));
            auto act = journalChoice(zoneActionChoices(), *v, "zone action");
            if (!act) return std::unexpected(act.error());
            return Command{cmd::SetZoneAction{zone, *act}};
        });
    }
    if (k == "depth") {
        return zoneCommand([&](const std::string& zone) -> std::expected<Command, core::Error> {
            auto mm = numberOf(a, "mm");
            if (!mm) return std::unexpected(mm.error());
            return Command{cmd::SetDepth{zone, *mm}};
        });
    }
    if (k == "patterns") {
        return zoneCommand([&](const std::string& zone) -> std::expected<Command, core::Error> {
            const auto it = a.find("value");
            if (it == a.end() || !it->is_array()) return std::unexpected(std::string("\"value\" must be a list of patterns"));
            std::vector<Pattern> list;
            for (const Json& p : *it) {
                if (!p.is_string()) return std::unexpected(std::string("\"value\" must be a list of pattern names"));
                auto pattern = journalChoice(patternChoices(), p.get<std::string>(), "pattern");
                if (!pattern) return std::unexpected(pattern.error());
                list.push_back(*pattern);
            }
            return Command{cmd::SetPatterns{zone, list}};
        });
    }
    if (k == "passes") {
        return zoneCommand([&](const std::string& zone) -> std::expected<Command, core::Error> {
            auto n = wholeOf(a, "value");
            if (!n) return std::unexpected(n.error());
            return Command{cmd::SetPasses{zone, *n}};
        });
    }
    if (k == "endpoint") {
        return zoneCommand([&](const std::string& zone) -> std::expected<Command, core::Error> {
            auto v = journalText(a, "value");
            if (!v) return std::unexpected(v.error());
            auto e = journalChoice(endpointChoices(), *v, "endpoint");
            if (!e) return std::unexpected(e.error());
            return Command{cmd::SetEndpoint{zone, *e}};
        });
    }
    if (k == "mirror") {
        return zoneCommand([](const std::string& zone) -> std::expected<Command, core::Error> { return Command{cmd::MirrorZone{zone}}; });
    }
    if (k == "interval" || k == "sessions") {
        auto n = wholeOf(a, "value");
        if (!n) return std::unexpected(n.error());
        if (k == "interval") return Command{cmd::SetInterval{*n}};
        return Command{cmd::SetSessions{*n}};
    }
    if (auto staged = decodeStageAnswer(k, a)) return std::move(*staged);
    return std::unexpected("unknown answer kind \"" + k + "\"");
}

std::expected<double, core::Error> legacyNumber(const std::string& word) {
    double v = 0;
    const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), v);
    if (ec != std::errc() || end != word.data() + word.size() || !std::isfinite(v)) return std::unexpected("\"" + word + "\" is not a number");
    return v;
}

std::expected<int, core::Error> legacyWhole(const std::string& word) {
    auto v = legacyNumber(word);
    if (!v) return std::unexpected(v.error());
    if (*v != std::floor(*v) || std::abs(*v) > 1e6) return std::unexpected("\"" + word + "\" is not a whole number");
    return static_cast<int>(*v);
}

} // namespace

bool isJournalledAnswer(const Command& command) {
    return std::holds_alternative<cmd::SetFlag>(command) || std::holds_alternative<cmd::SetDecision>(command) ||
           std::holds_alternative<cmd::SetZoneAction>(command) || std::holds_alternative<cmd::SetDepth>(command) ||
           std::holds_alternative<cmd::SetPatterns>(command) || std::holds_alternative<cmd::SetPasses>(command) ||
           std::holds_alternative<cmd::SetEndpoint>(command) || std::holds_alternative<cmd::MirrorZone>(command) ||
           std::holds_alternative<cmd::SetAftercare>(command) || std::holds_alternative<cmd::SetInterval>(command) ||
           std::holds_alternative<cmd::SetSessions>(command) || std::holds_alternative<cmd::SetExclude>(command) ||
           std::holds_alternative<cmd::SetRebook>(command) || std::holds_alternative<cmd::SetReferral>(command) ||
           std::holds_alternative<cmd::SetAdvice>(command) || std::holds_alternative<cmd::Ask>(command) || isStageAnswer(command);
}

Json encodeAnswer(const Command& command) { return std::visit(Encode{}, command); }

std::expected<Command, core::Error> decodeAnswer(const Json& answer) {
    if (!answer.is_object()) return std::unexpected(std::string("an answer must be a JSON object"));
    return decodeObject(answer);
}

// Frozen: exactly the words and forms that version 1 wrote (see the
// exam_session of release 0.1.0). Never extend it; new answers use decodeAnswer.
std::expected<Command, core::Error> decodeLegacyAnswerLine(const std::string& line) {
    std::istringstream in(line);
    Words w;
    for (std::string word; in >> word;) w.push_back(word);
    if (w.empty()) return std::unexpected(std::string("an empty answer line"));
    const std::string& verb = w[0];
    auto arity = [&](std::size_t n) -> bool { return w.size() == n + 1; };
    auto bad = [&]() { return std::unexpected("\"" + line + "\" is not a version-1 answer"); };
    if ((verb == "flag" || verb == "unflag") && arity(1)) return Command{cmd::SetFlag{w[1], verb == "flag"}};
    if ((verb == "aftercare" || verb == "no-aftercare") && arity(1)) return Command{cmd::SetAftercare{w[1], verb == "aftercare"}};
    if (verb == "decide" && arity(1)) {
        auto d = journalChoice(decisionChoices(), w[1], "decision");
        if (!d) return std::unexpected(d.error());
        return Command{cmd::SetDecision{*d}};
    }
    if (verb == "treat" && arity(1)) return Command{cmd::SetZoneAction{w[1], ZoneAction::Treat}};
    if (verb == "avoid" && arity(1)) return Command{cmd::SetZoneAction{w[1], ZoneAction::Avoid}};
    if (verb == "clear" && arity(1)) return Command{cmd::SetZoneAction{w[1], std::nullopt}};
    if (verb == "mirror" && arity(1)) return Command{cmd::MirrorZone{w[1]}};
    if (verb == "depth" && arity(2)) {
        auto mm = legacyNumber(w[2]);
        if (!mm) return std::unexpected(mm.error());
        return Command{cmd::SetDepth{w[1], *mm}};
    }
    if (verb == "patterns" && w.size() >= 2) {
        std::vector<Pattern> list;
        for (std::size_t i = 2; i < w.size(); ++i) {
            auto p = journalChoice(patternChoices(), w[i], "pattern");
            if (!p) return std::unexpected(p.error());
            list.push_back(*p);
        }
        return Command{cmd::SetPatterns{w[1], list}};
    }
    if (verb == "passes" && arity(2)) {
        auto n = legacyWhole(w[2]);
        if (!n) return std::unexpected(n.error());
        return Command{cmd::SetPasses{w[1], *n}};
    }
    if (verb == "endpoint" && arity(2)) {
        auto e = journalChoice(endpointChoices(), w[2], "endpoint");
        if (!e) return std::unexpected(e.error());
        return Command{cmd::SetEndpoint{w[1], *e}};
    }
    if ((verb == "interval" || verb == "sessions") && arity(1)) {
        auto n = legacyWhole(w[1]);
        if (!n) return std::unexpected(n.error());
        if (verb == "interval") return Command{cmd::SetInterval{*n}};
        return Command{cmd::SetSessions{*n}};
    }
    return bad();
}

} // namespace core
