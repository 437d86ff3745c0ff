// Exam builder form.
#include "ui/authoring/exam_builder_panel.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"

#include "ui/authoring/case_editor_tabs.hpp"
#include "ui/authoring/editor_fields.hpp"

#include "model/exam.hpp"

namespace ui {
namespace {

void drawRules(FieldContext& f, const UiContext& ctx) {
    textField(f, "Title", "/title");
    textField(f, "Id", "/id", false, "lower-case-with-dashes");
    numberField(f, "Minutes allowed", "/time_limit_minutes", 1.0, 600.0, 1.0, "%.0f");
    numberField(f, "Pass mark (%)", "/pass_mark", 0.0, 100.0, 1.0, "%.0f");
    Options protocols;
    for (const auto& [id, p] : ctx.data.protocols) protocols.emplace_back(id, p.title);
    choiceField(f, "Protocol profile", "/protocol", protocols);
    choiceField(f, "Feedback shown", "/feedback", {{"none", "none"}, {"score_only", "score only"}, {"full", "full"}});
    boolField(f, "Include follow-up visits", "/follow_up");
    boolField(f, "Shuffle the case order", "/shuffle");
    if (const core::Json* shuffle = f.doc.find("/shuffle"); shuffle && shuffle->is_boolean() && shuffle->get<bool>()) {
        if (!f.doc.find("/seed")) {
            ImGui::SameLine();
            if (smallButton("set a seed")) f.edits.push_back(core::edit::Set{"/seed", 1});
        } else {
            intField(f, "Shuffle seed", "/seed", 0, 2147483647);
        }
    }
}

void drawPools(FieldContext& f) {
    labelColoured(kAccentColour, "Pools: cases drawn at random (the seed makes the draw repeatable)");
    const core::Json* pools = f.doc.find("/pools");
    problemMarker(f.doc, "/pools");
    const std::size_t n = pools && pools->is_array() ? pools->size() : 0;
    for (std::size_t i = 0; i < n; ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string p = at("/pools", i);
        ImGui::Separator();
        textField(f, "Pool id", p + "/id");
        intField(f, "Cases to draw", p + "/count", 1, 100);
        choiceField(f, "Difficulty", p + "/difficulty", namesOf(core::difficultyChoices()), true);
        stringListField(f, "Tags (any of them)", p + "/tags", "+ add a tag");
        intField(f, "Seed", p + "/seed", 0, 2147483647);
        if (smallButton("Remove this pool")) f.edits.push_back(core::edit::Remove{p});
        ImGui::PopID();
    }
    if (button("+ add a pool")) {
        const core::Json pool = {{"id", "pool-" + std::to_string(n + 1)}, {"count", 1}, {"difficulty", "beginner"}, {"seed", static_cast<int>(n + 1)}};
        f.edits.push_back(core::edit::Append{"/pools", pool});
    }
}

} // namespace

void drawExamBuilder(UiContext& ctx, UiState& state, ImVec2 size) {
    FieldContext f{*ctx.editor->doc, *ctx.edits, state.editor};
    const float half = (size.x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    ImGui::BeginChild("examrules", {half, size.y}, true);
    drawRules(f, ctx);
    ImGui::Spacing();
    drawPools(f);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("examcases", {half, size.y}, true);
    labelColoured(kAccentColour, "Cases every candidate sits");
    labelMuted("Only valid cases are listed: drafts with errors cannot be used in an exam.");
    const core::Json* chosen = f.doc.find("/cases");
    ui::label(formatted("%d chosen", chosen && chosen->is_array() ? static_cast<int>(chosen->size()) : 0));
    idSetField(f, "", "/cases", ctx.editor->playable, 1);
    ImGui::EndChild();
}

} // namespace ui
