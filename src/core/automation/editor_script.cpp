// Script lines for the editor: "edit-WORD ARGS". Pointer edits take their JSON
// value from the rest of the line; titles likewise.
#include "automation/script.hpp"
#include "automation/script_numbers.hpp"
#include "base/diagnostics.hpp"

#include "base/text_similarity.hpp"

#include <charconv>
#include <cmath>
#include <functional>
#include <map>
#include <sstream>

namespace core {
namespace {

struct Args {
    std::vector<std::string> words; // after the command word, up to `fixed` of them
    std::string rest;               // the remainder of the line, trimmed
};

// Splits off the command word and `fixed` words; the rest stays as written.
Args split(const std::string& line, std::size_t fixed) {
    Args a;
    std::size_t pos = 0;
    const auto skipSpace = [&] {
        while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
    };
    const auto word = [&] {
        skipSpace();
        const std::size_t start = pos;
        while (pos < line.size() && line[pos] != ' ' && line[pos] != '\t') ++pos;
        return line.substr(start, pos - start);
    };
    (void)word(); // the command
    for (std::size_t i = 0; i < fixed; ++i) {
        std::string w = word();
        if (w.empty()) break;
        a.words.push_back(std::move(w));
    }
    skipSpace();
    a.rest = line.substr(pos);
    while (!a.rest.empty() && (a.rest.back() == ' ' || a.rest.back() == '\t' || a.rest.back() == '\r')) a.rest.pop_back();
    return a;
}

using script_numbers::number;

std::expected<int, core::Error> ordinal(const std::string& word) {
    auto v = number(word);
    if (!v || *v != std::floor(*v) || *v < 1 || *v > 100000) return std::unexpected("\"" + word + "\" is not a number from 1");
    return static_cast<int>(*v);
}

std::expected<Json, core::Error> jsonValue(const std::string& text) {
    if (text.empty()) return std::unexpected(std::string("a JSON value is missing at the end of the line"));
    Json value = Json::parse(text, nullptr, false);
    if (value.is_discarded()) return std::unexpected("\"" + text + "\" is not a JSON value (strings need double quotes)");
    return value;
}

using StepResult = std::expected<ScriptStep, core::Error>;
struct Word {
    std::size_t fixed;       // words before the rest of the line
    bool restRequired;       // the rest (JSON or title) must be there
    const char* usage;
    std::function<StepResult(const Args&)> make;
};

StepResult err(const std::string& s) { return std::unexpected(s); }

const std::map<std::string, Word>& words() {
    static const std::map<std::string, Word> table{
        {"edit-new", {1, true, "edit-new TEMPLATE_OR_CASE_ID TITLE", [](const Args& a) -> StepResult { return step::Editor{step::editor::NewCase{a.words[0], a.rest}}; }}},
        {"edit-new-exam", {0, true, "edit-new-exam TITLE", [](const Args& a) -> StepResult { return step::Editor{step::editor::NewExam{a.rest}}; }}},
        {"edit-open", {1, false, "edit-open CASE_OR_EXAM_ID", [](const Args& a) -> StepResult { return step::Editor{step::editor::Open{a.words[0]}}; }}},
        {"edit-save", {0, false, "edit-save", [](const Args&) -> StepResult { return step::Editor{step::editor::Save{}}; }}},
        {"edit-play", {0, false, "edit-play", [](const Args&) -> StepResult { return step::Editor{step::editor::Play{}}; }}},
        {"edit-back", {0, false, "edit-back", [](const Args&) -> StepResult { return step::Editor{step::editor::Back{}}; }}},
        {"edit-close", {0, false, "edit-close", [](const Args&) -> StepResult { return step::Editor{step::editor::Close{}}; }}},
        {"edit-discard", {0, false, "edit-discard", [](const Args&) -> StepResult { return step::Editor{step::editor::Discard{}}; }}},
        {"edit-tab", {1, false, "edit-tab case|client|findings|screening|decision|plan-key|aftercare|sources|skin",
                      [](const Args& a) -> StepResult {
                          static const std::pair<const char*, step::editor::Tab> kTabs[] = {
                              {"case", step::editor::Tab::Case},           {"client", step::editor::Tab::Client},
                              {"findings", step::editor::Tab::Findings},   {"screening", step::editor::Tab::Screening},
                              {"decision", step::editor::Tab::Decision},   {"plan-key", step::editor::Tab::PlanKey},
                              {"aftercare", step::editor::Tab::Aftercare}, {"sources", step::editor::Tab::Sources},
                              {"skin", step::editor::Tab::Skin}};
                          std::vector<std::string> names;
                          for (const auto& [name, tab] : kTabs) {
                              if (a.words[0] == name) return step::Editor{step::editor::ShowTab{tab}};
                              names.emplace_back(name);
                          }
                          return err("no editor tab \"" + a.words[0] + "\"." + didYouMean(a.words[0], names));
                      }}},
        {"edit-jump", {1, false, "edit-jump N (the Nth problem in the list)", [](const Args& a) -> StepResult {
             auto n = ordinal(a.words[0]);
             if (!n) return err(n.error().summary());
             return step::Editor{step::editor::JumpToProblem{*n}};
         }}},
        {"edit-dialog", {1, false, "edit-dialog new-case|new-exam|edit-exam (open it, as its library button does)", [](const Args& a) -> StepResult {
             if (a.words[0] != "new-case" && a.words[0] != "new-exam" && a.words[0] != "edit-exam") {
                 return err("\"" + a.words[0] + "\" is not a dialog: use new-case, new-exam or edit-exam");
             }
             const auto dialog = a.words[0] == "new-case" ? step::editor::Dialog::NewCase
                                 : a.words[0] == "new-exam" ? step::editor::Dialog::NewExam
                                                            : step::editor::Dialog::EditExam;
             return step::Editor{step::editor::OpenDialog{dialog}};
         }}},
        {"edit-zone", {1, false, "edit-zone ZONE (select it in the plan key)", [](const Args& a) -> StepResult { return step::Editor{step::editor::SelectKeyZone{a.words[0]}}; }}},
        {"edit-set", {1, true, "edit-set POINTER JSON", [](const Args& a) -> StepResult {
             auto v = jsonValue(a.rest);
             if (!v) return err(v.error().summary());
             return EditCommand{edit::Set{a.words[0], *v, false}};
         }}},
        {"edit-append", {1, true, "edit-append POINTER JSON", [](const Args& a) -> StepResult {
             auto v = jsonValue(a.rest);
             if (!v) return err(v.error().summary());
             return EditCommand{edit::Append{a.words[0], *v}};
         }}},
        {"edit-remove", {1, false, "edit-remove POINTER", [](const Args& a) -> StepResult { return EditCommand{edit::Remove{a.words[0]}}; }}},
        {"edit-toggle", {2, false, "edit-toggle POINTER ITEM", [](const Args& a) -> StepResult { return EditCommand{edit::ToggleListItem{a.words[0], a.words[1]}}; }}},
        {"edit-finding", {3, false, "edit-finding TYPE X Y (map position, 0-1)", [](const Args& a) -> StepResult {
             auto x = number(a.words[1]);
             auto y = number(a.words[2]);
             if (!x || !y) return err(!x ? x.error().summary() : y.error().summary());
             return EditCommand{edit::AddFinding{a.words[0], {*x, *y}}};
         }}},
        {"edit-skin", {4, false, "edit-skin KIND X Y SEVERITY (a skin layer at a map position, 0-1)", [](const Args& a) -> StepResult {
             auto x = number(a.words[1]);
             auto y = number(a.words[2]);
             auto severity = number(a.words[3]);
             if (!x || !y || !severity) return err("edit-skin takes a kind and three numbers: X Y SEVERITY");
             return EditCommand{edit::AddSkinLayer{a.words[0], {*x, *y}, MapView::Face, *severity}};
         }}},
        {"edit-move-finding", {3, false, "edit-move-finding N X Y", [](const Args& a) -> StepResult {
             auto n = ordinal(a.words[0]);
             auto x = number(a.words[1]);
             auto y = number(a.words[2]);
             if (!n) return err(n.error().summary());
             if (!x || !y) return err(!x ? x.error().summary() : y.error().summary());
             return EditCommand{edit::MoveFinding{*n - 1, {*x, *y}, false}};
         }}},
        {"edit-remove-finding", {1, false, "edit-remove-finding N", [](const Args& a) -> StepResult {
             auto n = ordinal(a.words[0]);
             if (!n) return err(n.error().summary());
             return EditCommand{edit::RemoveFinding{*n - 1}};
         }}},
        {"edit-key", {2, true, "edit-key ZONE FIELD JSON (null removes)", [](const Args& a) -> StepResult {
             auto v = jsonValue(a.rest);
             if (!v) return err(v.error().summary());
             return EditCommand{edit::KeyZone{a.words[0], a.words[1], *v}};
         }}},
        {"edit-flag", {2, false, "edit-flag contraindications|distractors SCREENING_ID",
                       [](const Args& a) -> StepResult { return EditCommand{edit::ToggleKeyFlag{a.words[0], a.words[1]}}; }}},
        {"edit-undo", {0, false, "edit-undo", [](const Args&) -> StepResult { return EditCommand{edit::Undo{}}; }}},
        {"edit-redo", {0, false, "edit-redo", [](const Args&) -> StepResult { return EditCommand{edit::Redo{}}; }}},
    };
    return table;
}

} // namespace

const std::vector<std::string>& editorScriptWords() {
    static const std::vector<std::string> out = [] {
        std::vector<std::string> w;
        for (const auto& [word, spec] : words()) w.push_back(word);
        return w;
    }();
    return out;
}

std::optional<std::expected<ScriptStep, core::Error>> parseEditorLine(const std::string& line) {
    std::istringstream in(line);
    std::string command;
    in >> command;
    if (command.rfind("edit-", 0) != 0) return std::nullopt;
    const auto it = words().find(command);
    if (it == words().end()) return err("unknown command \"" + command + "\"." + didYouMean(command, editorScriptWords()));
    const Word& spec = it->second;
    Args args = split(line, spec.fixed);
    const bool hasRest = !args.rest.empty() && args.rest[0] != '#';
    if (args.words.size() != spec.fixed || (spec.restRequired && !hasRest) || (!spec.restRequired && hasRest)) {
        return err(std::string("usage: ") + spec.usage);
    }
    return spec.make(args);
}

} // namespace core
