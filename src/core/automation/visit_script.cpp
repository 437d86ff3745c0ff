// Follow-up visit script words: "visit N", "manage CHOICE...",
// "manage-toggle CHOICE", "manage-confirm" and "visit-seed N", parsed into
// practice Commands.
#include "automation/script.hpp"
#include "automation/script_numbers.hpp"
#include "base/text_similarity.hpp"

#include <charconv>

namespace core {
namespace visit_script_detail {

std::expected<ManagementChoice, core::Error> managementChoice(const std::string& word) {
    std::vector<std::string> names;
    for (const auto& [name, value] : managementChoices()) {
        if (name == word) return value;
        names.push_back(name);
    }
    std::string all;
    for (const auto& n : names) all += (all.empty() ? "" : ", ") + n;
    return std::unexpected("\"" + word + "\" is not a management choice: use one of " + all + "." + didYouMean(word, names));
}

} // namespace visit_script_detail

std::optional<std::expected<ScriptStep, core::Error>> parseVisitLine(const std::vector<std::string>& w) {
    using Result = std::expected<ScriptStep, core::Error>;
    if (w.empty()) return std::nullopt;
    if (w[0] == "visit") {
        if (w.size() != 2) return Result(std::unexpected(std::string("usage: visit N (the visit's number in the timeline, from 1)")));
        auto n = script_numbers::whole(w[1]);
        if (!n) return Result(std::unexpected(n.error()));
        if (*n < 1) return Result(std::unexpected(std::string("usage: visit N - visits are numbered from 1")));
        return Result(Command{cmd::PlayVisit{*n}});
    }
    if (w[0] == "manage") {
        std::vector<ManagementChoice> choices;
        for (std::size_t i = 1; i < w.size(); ++i) {
            auto c = visit_script_detail::managementChoice(w[i]);
            if (!c) return Result(std::unexpected(c.error()));
            choices.push_back(*c);
        }
        return Result(Command{cmd::SetManagement{choices}});
    }
    if (w[0] == "manage-toggle") {
        if (w.size() != 2) return Result(std::unexpected(std::string("usage: manage-toggle CHOICE")));
        auto c = visit_script_detail::managementChoice(w[1]);
        if (!c) return Result(std::unexpected(c.error()));
        return Result(Command{cmd::ToggleManagement{*c}});
    }
    if (w[0] == "manage-confirm") {
        if (w.size() != 1) return Result(std::unexpected(std::string("usage: manage-confirm (confirms the choices ticked at this visit: they are graded and locked)")));
        return Result(Command{cmd::ConfirmManagement{}});
    }
    if (w[0] == "visit-seed") {
        std::uint32_t seed = 0;
        const auto& text = w.size() == 2 ? w[1] : std::string();
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seed);
        if (w.size() != 2 || ec != std::errc() || end != text.data() + text.size())
            return Result(std::unexpected(std::string("usage: visit-seed N (a whole number 0-4294967295)")));
        return Result(Command{cmd::SetVisitSeed{seed}});
    }
    return std::nullopt;
}

const std::vector<std::string>& visitScriptWords() {
    static const std::vector<std::string> words{"visit", "manage", "manage-toggle", "manage-confirm", "visit-seed"};
    return words;
}

std::string visitScriptLine(const cmd::PlayVisit& c) { return "visit " + std::to_string(c.number); }
std::string visitScriptLine(const cmd::ToggleManagement& c) { return "manage-toggle " + toString(c.choice); }
std::string visitScriptLine(const cmd::SetManagement& c) {
    std::string line = "manage";
    for (auto choice : c.choices) line += " " + toString(choice);
    return line;
}
std::string visitScriptLine(const cmd::ConfirmManagement&) { return "manage-confirm"; }
std::string visitScriptLine(const cmd::SetVisitSeed& c) { return "visit-seed " + std::to_string(c.seed); }

} // namespace core
