// Parsing and writing the stroke and perform-auto script words.
#include "automation/perform_script.hpp"

#include "automation/script_numbers.hpp"
#include "terms/input_limits.hpp"

#include <cstdio>

namespace core {

namespace perform_script_detail {

// "x,y" with both in 0..1.
Result<glm::dvec2> point(const std::string& word) {
    const auto comma = word.find(',');
    if (comma == std::string::npos) return std::unexpected("\"" + word + "\" is not a point: write x,y in map coordinates, e.g. 0.55,0.42");
    auto x = script_numbers::number(word.substr(0, comma));
    auto y = script_numbers::number(word.substr(comma + 1));
    if (!x) return std::unexpected(x.error());
    if (!y) return std::unexpected(y.error());
    if (*x < 0.0 || *x > 1.0 || *y < 0.0 || *y > 1.0) return std::unexpected("point " + word + " lies off the map: x and y run 0..1");
    return glm::dvec2{*x, *y};
}

std::string fixed4(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", v);
    return buffer;
}

} // namespace perform_script_detail

Result<Command> parseStrokeWords(const std::vector<std::string>& w) {
    static const std::string usage = "usage: stroke ZONE x0,y0 [x1,y1 ...] DURATION_MS";
    if (w.size() < 4) return std::unexpected(usage);
    cmd::Stroke stroke;
    stroke.zone = w[1];
    for (std::size_t i = 2; i + 1 < w.size(); ++i) {
        auto p = perform_script_detail::point(w[i]);
        if (!p) return std::unexpected(p.error());
        stroke.points.push_back(*p);
    }
    auto ms = script_numbers::whole(w.back());
    if (!ms || *ms < 1 || *ms > 600000) return std::unexpected("the stroke's duration \"" + w.back() + "\" must be whole milliseconds 1-600000. " + usage);
    stroke.durationMs = *ms;
    return Command{stroke};
}

Result<Command> parsePerformAutoWords(const std::vector<std::string>& w) {
    static const std::string usage = "usage: perform-auto ZONE vertical|horizontal|oblique PASSES [not-assessed]";
    if (w.size() != 4 && w.size() != 5) return std::unexpected(usage);
    // "not-assessed": the accessibility option's auto-perform (its zone gets no technique lines).
    if (w.size() == 5 && w[4] != "not-assessed") return std::unexpected("\"" + w[4] + "\" is not a perform-auto word: write not-assessed or nothing. " + usage);
    cmd::PerformAuto command;
    command.zone = w[1];
    bool known = false;
    for (const auto& [name, pattern] : patternChoices()) {
        if (name == w[2]) {
            command.pattern = pattern;
            known = true;
        }
    }
    if (!known) return std::unexpected("\"" + w[2] + "\" is not a pattern. " + usage);
    auto passes = script_numbers::whole(w[3]);
    if (!passes || !kPassesLimit.contains(*passes)) return std::unexpected("passes must be a whole number 1-6. " + usage);
    command.passes = *passes;
    command.notAssessed = w.size() == 5;
    return Command{command};
}

Result<step::Pen> parsePenWords(const std::vector<std::string>& w) {
    static const std::string usage = "usage: pen down x,y [move x,y ...] [up] [down x,y ...] (one frame of pen events on the Perform map)";
    using Kind = step::PenInput::Kind;
    step::Pen pen;
    bool down = false; // as far as this line knows: a line may go on from a pen pressed on an earlier line
    for (std::size_t i = 1; i < w.size(); ++i) {
        if (w[i] == "up") {
            pen.events.push_back({Kind::Up, 0.0, 0.0});
            down = false;
            continue;
        }
        if (w[i] != "down" && w[i] != "move") return std::unexpected("\"" + w[i] + "\" is not a pen event: write down, move or up. " + usage);
        if (w[i] == "down" && down) return std::unexpected("the pen is already down: lift it (up) before pressing again. " + usage);
        if (i + 1 >= w.size()) return std::unexpected(w[i] + " needs a point x,y after it. " + usage);
        auto p = perform_script_detail::point(w[i + 1]);
        if (!p) return std::unexpected(p.error());
        pen.events.push_back({w[i] == "down" ? Kind::Down : Kind::Move, p->x, p->y});
        down = down || w[i] == "down";
        ++i;
    }
    if (pen.events.empty()) return std::unexpected(usage);
    return pen;
}

std::string strokeScriptLine(const cmd::Stroke& stroke) {
    std::string line = "stroke " + stroke.zone;
    for (const auto& p : stroke.points) line += " " + perform_script_detail::fixed4(p.x) + "," + perform_script_detail::fixed4(p.y);
    return line + " " + std::to_string(stroke.durationMs);
}

std::string performAutoScriptLine(const cmd::PerformAuto& c) {
    return "perform-auto " + c.zone + " " + toString(c.pattern) + " " + std::to_string(c.passes) + (c.notAssessed ? " not-assessed" : "");
}

} // namespace core
