// Perform and follow-up answers in the exam journal: encoded with their whole
// content (a drawn stroke keeps its samples), decoded with every field checked.
#include "exam/stage_answer_codec.hpp"

#include "exam/journal_fields.hpp"

#include "terms/perform_record.hpp"

#include <cmath>

namespace core {
namespace stage_answer_codec_detail {

using Decoded = std::expected<Command, core::Error>;

std::expected<int, core::Error> wholeField(const Json& o, const char* key, int low, int high) {
    const auto it = o.find(key);
    if (it == o.end() || !it->is_number()) return std::unexpected(std::string("\"") + key + "\" must be a whole number");
    const double v = it->get<double>();
    if (!std::isfinite(v) || v != std::floor(v) || v < low || v > high) {
        return std::unexpected(std::string("\"") + key + "\" must be a whole number from " + std::to_string(low) + " to " + std::to_string(high));
    }
    return static_cast<int>(v);
}

template <typename E> std::expected<E, core::Error> namedValue(const Choices<E>& options, const Json& word, const char* what) {
    if (!word.is_string()) return std::unexpected(std::string("a ") + what + " must be a string");
    return journalChoice(options, word.get<std::string>(), what);
}

struct EncodeStage {
    Json operator()(const cmd::Stroke& c) const {
        Json points = Json::array();
        for (const auto& p : c.points) {
            points.push_back(p.x);
            points.push_back(p.y);
        }
        return {{"k", "stroke_path"}, {"zone", c.zone}, {"points", points}, {"ms", c.durationMs}};
    }
    Json operator()(const cmd::PerformAuto& c) const {
        return {{"k", "perform_auto"}, {"zone", c.zone}, {"pattern", toString(c.pattern)}, {"passes", c.passes}, {"not_assessed", c.notAssessed}};
    }
    Json operator()(const cmd::AddStroke& c) const {
        // The stroke exactly as the record stores it (whole units, time stamps).
        const Json record = performRecordToJson(PerformRecord{"-", {c.stroke}});
        return {{"k", "stroke"}, {"stroke", record.at("strokes").at(0)}};
    }
    Json operator()(const cmd::SetCartridge& c) const { return {{"k", "cartridge"}, {"id", c.id}}; }
    Json operator()(const cmd::ClearStrokes& c) const { return {{"k", "clear_strokes"}, {"zone", c.zone}}; }
    Json operator()(const cmd::PlayVisit& c) const { return {{"k", "visit"}, {"number", c.number}}; }
    Json operator()(const cmd::SetManagement& c) const {
        Json list = Json::array();
        for (const ManagementChoice choice : c.choices) list.push_back(toString(choice));
        return {{"k", "manage"}, {"value", list}};
    }
    Json operator()(const cmd::ConfirmManagement&) const { return {{"k", "manage_confirm"}}; }
    template <typename Other> Json operator()(const Other&) const { return {{"k", "unsupported"}}; }
};

Decoded decodeStrokePath(const Json& a) {
    auto zone = journalText(a, "zone");
    if (!zone) return std::unexpected(zone.error());
    auto ms = wholeField(a, "ms", 1, 600000);
    if (!ms) return std::unexpected(ms.error());
    const auto it = a.find("points");
    if (it == a.end() || !it->is_array() || it->empty() || it->size() % 2 != 0) {
        return std::unexpected(std::string("\"points\" must be a list of x, y pairs"));
    }
    cmd::Stroke stroke{*zone, {}, *ms};
    for (std::size_t i = 0; i < it->size(); i += 2) {
        const Json& x = (*it)[i];
        const Json& y = (*it)[i + 1];
        if (!x.is_number() || !y.is_number()) return std::unexpected(std::string("\"points\" must hold numbers only"));
        stroke.points.push_back({x.get<double>(), y.get<double>()});
    }
    return Command{std::move(stroke)};
}

Decoded decodeDrawnStroke(const Json& a) {
    const auto it = a.find("stroke");
    if (it == a.end() || !it->is_object()) return std::unexpected(std::string("\"stroke\" must be an object with zone, start_ms and xyt"));
    // Read through the attempt file's own reader, so the journal holds no stroke the file would refuse.
    Diagnostics d;
    const Json wrapped{{"cartridge", "-"}, {"strokes", Json::array({*it})}};
    PerformRecord record = readPerformRecord(wrapped, d, "");
    if (d.hasErrors()) return std::unexpected(Error("the stroke " + d.items().front().pointer + ": " + d.items().front().message));
    return Command{cmd::AddStroke{std::move(record.strokes.front())}};
}

Decoded decodeManagement(const Json& a) {
    const auto it = a.find("value");
    if (it == a.end() || !it->is_array()) return std::unexpected(std::string("\"value\" must be a list of management choices"));
    cmd::SetManagement set;
    for (const Json& word : *it) {
        auto choice = namedValue(managementChoices(), word, "management choice");
        if (!choice) return std::unexpected(choice.error());
        set.choices.push_back(*choice);
    }
    return Command{std::move(set)};
}

} // namespace stage_answer_codec_detail

bool isStageAnswer(const Command& command) {
    return std::holds_alternative<cmd::Stroke>(command) || std::holds_alternative<cmd::PerformAuto>(command) ||
           std::holds_alternative<cmd::AddStroke>(command) || std::holds_alternative<cmd::SetCartridge>(command) ||
           std::holds_alternative<cmd::ClearStrokes>(command) || std::holds_alternative<cmd::PlayVisit>(command) ||
           std::holds_alternative<cmd::SetManagement>(command) || std::holds_alternative<cmd::ConfirmManagement>(command);
}

Json encodeStageAnswer(const Command& command) { return std::visit(stage_answer_codec_detail::EncodeStage{}, command); }

std::optional<std::expected<Command, core::Error>> decodeStageAnswer(const std::string& kind, const Json& a) {
    using namespace stage_answer_codec_detail;
    if (kind == "stroke_path") return decodeStrokePath(a);
    if (kind == "stroke") return decodeDrawnStroke(a);
    if (kind == "perform_auto") {
        auto zone = journalText(a, "zone");
        if (!zone) return std::unexpected(zone.error());
        const auto patternIt = a.find("pattern");
        if (patternIt == a.end()) return std::unexpected(std::string("\"pattern\" must be a pattern name"));
        auto pattern = namedValue(patternChoices(), *patternIt, "pattern");
        if (!pattern) return std::unexpected(pattern.error());
        auto passes = wholeField(a, "passes", 1, 6);
        if (!passes) return std::unexpected(passes.error());
        auto notAssessed = journalFlag(a, "not_assessed");
        if (!notAssessed) return std::unexpected(notAssessed.error());
        return Command{cmd::PerformAuto{*zone, *pattern, *passes, *notAssessed}};
    }
    if (kind == "cartridge" || kind == "clear_strokes") {
        auto value = journalText(a, kind == "cartridge" ? "id" : "zone");
        if (!value) return std::unexpected(value.error());
        if (kind == "cartridge") return Command{cmd::SetCartridge{*value}};
        return Command{cmd::ClearStrokes{*value}};
    }
    if (kind == "visit") {
        auto number = wholeField(a, "number", 1, 1000);
        if (!number) return std::unexpected(number.error());
        return Command{cmd::PlayVisit{*number}};
    }
    if (kind == "manage") return decodeManagement(a);
    if (kind == "manage_confirm") return Command{cmd::ConfirmManagement{}};
    return std::nullopt;
}

} // namespace core
