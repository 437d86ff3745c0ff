// Screening panel: emits SetFlag, SetDecision, GoTo; the search ranks the
// catalogue by words shared with the query (an intake line or a finding).
// Checklist rows are one line each (the full label in a tooltip), so at least
// 10 show at 1280x800 and 6 at 1024x640; a short column (a large UI scale)
// puts the list and the decision on two tabs so the list fills the column.
// Recall mode replaces the checklist with typed entry. What is flagged is
// always listed (flagged_panel). The follow-up under a defer or refer is follow_up_panel's.
#include "ui/practice/screening_panel.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"
#include <imgui_stdlib.h>

#include "ui/common/face_map_widget.hpp"
#include "ui/practice/flagged_panel.hpp"
#include "ui/practice/follow_up_panel.hpp"

#include "base/text_wrap.hpp"
#include "model/finding_seen.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <sstream>

namespace ui {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}

// How many of the query's words (3+ letters) the item mentions.
int relevance(const core::ScreeningItem& item, const std::string& query) {
    const std::string hay = lower(item.label + " " + item.action + " " + item.explanation.str() + " " + item.id);
    std::istringstream words(lower(query));
    int score = 0;
    for (std::string w; words >> w;) {
        w.erase(std::remove_if(w.begin(), w.end(), [](unsigned char ch) { return !std::isalnum(ch); }), w.end());
        if (w.size() >= 3 && hay.find(w) != std::string::npos) ++score;
    }
    return score;
}

const char* decisionLabel(core::Decision d) {
    switch (d) {
    case core::Decision::Treat: return "Treat as planned";
    case core::Decision::TreatModified: return "Treat with changes";
    case core::Decision::Defer: return "Defer (come back later)";
    case core::Decision::Refer: return "Refer (medical clearance)";
    }
    return "?";
}

// The label cut to `width` with "...", so a checklist row stays one line.
std::string fitted(const std::string& label, float width) {
    if (ImGui::CalcTextSize(label.c_str()).x <= width) return label;
    std::string cut = label;
    while (!cut.empty() && ImGui::CalcTextSize((cut + "...").c_str()).x > width) cut.pop_back();
    return cut + "...";
}

} // namespace

// What is seen (the author's words, core::seenDescription), never the catalogue
// name, which would give the answer away; "flag" searches the list with those words.
namespace findings_legend_detail {
float textWidth(float width) { return std::max(1.0f, width - ImGui::CalcTextSize("flag").x - ImGui::GetStyle().FramePadding.x * 2.0f - ImGui::GetStyle().ItemSpacing.x); }
std::vector<std::string> lines(const std::string& text, float width) {
    return core::wrapKeepingUnits(text, textWidth(width), [](std::string_view s) { return static_cast<double>(ImGui::CalcTextSize(s.data(), s.data() + s.size()).x); });
}
} // namespace findings_legend_detail

float findingsLegendHeight(const UiContext& ctx, float width) {
    const core::Case* c = ctx.session.currentCase();
    if (!c || c->findings.empty()) return 0.0f;
    const ImGuiStyle& style = ImGui::GetStyle();
    float h = ImGui::GetTextLineHeightWithSpacing();
    for (const auto& f : c->findings) {
        const auto n = static_cast<float>(findings_legend_detail::lines(core::seenDescription(f, ctx.data.zones), width).size());
        h += std::max(ImGui::GetFrameHeight(), n * ImGui::GetTextLineHeightWithSpacing() - style.ItemSpacing.y) + style.ItemSpacing.y;
    }
    return h + style.ItemSpacing.y;
}

void drawFindingsLegend(UiContext& ctx, ScreeningPanelState& state) {
    const core::Case* c = ctx.session.currentCase();
    if (!c || c->findings.empty()) return;
    labelWrapped(kAccentColour, "On the map");
    const float width = ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < c->findings.size(); ++i) {
        const auto& f = c->findings[i];
        const std::string seen = core::seenDescription(f, ctx.data.zones);
        ImGui::PushID(static_cast<int>(i));
        if (smallButton("flag")) state.search = state.recallReason = seen;
        ImGui::SameLine();
        ImGui::BeginGroup();
        for (const auto& line : findings_legend_detail::lines(seen, width)) ui::label(line);
        ImGui::EndGroup();
        ImGui::PopID();
    }
}

bool recallScreening(const UiContext& ctx) {
    const core::Case* c = ctx.session.currentCase();
    const core::Exam* exam = ctx.exam && ctx.exam->session ? &ctx.exam->session->exam() : nullptr;
    return c && core::screeningModeFor(*c, exam) == core::ScreeningMode::Recall;
}

namespace screening_panel_detail {

// Fewer checklist rows than this beside the decision (a short window, a large
// UI scale) and the decision moves to a tab of its own, so the list fills the column.
constexpr int kRowsBesideDecision = 8;
constexpr const char* kHeading = "Contraindications and precautions";

// A checklist row: a tick box without frame padding, 2 px apart (see drawChecklist).
float checklistRowHeight() { return ImGui::GetFontSize() + 2.0f; }

// The decision's heading and its four choices, each wrapped beside its circle at `width`.
float choicesHeight(float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float h = ImGui::GetTextLineHeightWithSpacing();
    const float textWidth = width - ImGui::GetFrameHeight() - style.ItemInnerSpacing.x;
    for (const auto& [name, value] : core::decisionChoices()) {
        const float text = ImGui::CalcTextSize(decisionLabel(value), nullptr, false, textWidth).y;
        h += std::max(ImGui::GetFrameHeight(), text) + style.ItemSpacing.y;
    }
    return h;
}

// The search field and the list of `listHeight`; counts the rows wholly in view.
void drawChecklist(UiContext& ctx, ScreeningPanelState& state, float listHeight) {
    const auto& attempt = ctx.session.attempt();
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 4.0f);
    ImGui::InputTextWithHint("##screen", "Search (e.g. blood thinner)", &state.search);
    ImGui::SameLine();
    if (button("Clear")) state.search.clear();

    std::vector<std::pair<int, const core::ScreeningItem*>> items;
    const std::string query = state.search;
    for (const auto& item : ctx.data.catalogue.screening) {
        const int score = query.empty() ? 0 : relevance(item, query);
        if (query.empty() || score > 0 || attempt.flagged(item.id)) items.emplace_back(score, &item);
    }
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first > b.first; });

    // Little padding inside the list's frame: the height goes to rows.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().ItemSpacing.y * 0.5f});
    ImGui::BeginChild("catalogue", {0.0f, listHeight}, true);
    ImGui::PopStyleVar();
    // Compact rows: a small tick box and little spacing, so more rows fit.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {ImGui::GetStyle().FramePadding.x, 0.0f});
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {ImGui::GetStyle().ItemSpacing.x, 2.0f});
    const float clipTop = ImGui::GetWindowPos().y;
    const float clipBottom = clipTop + ImGui::GetWindowHeight();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto* item = items[i].second;
        bool on = attempt.flagged(item->id);
        const bool best = !query.empty() && i == 0 && items[i].first > 0;
        ImGui::PushID(item->id.c_str());
        // The search that found it (an intake line, a finding's words) is the reason given.
        if (ImGui::Checkbox("##flag", &on)) ctx.actions.push_back(core::cmd::SetFlag{item->id, on, on ? query : std::string()});
        ImGui::PopID();
        const float rowTop = ImGui::GetItemRectMin().y;
        const float rowBottom = ImGui::GetItemRectMax().y;
        if (rowTop >= clipTop && rowBottom <= clipBottom) ++state.visibleItems;
        ImGui::SameLine();
        if (best) ImGui::PushStyleColor(ImGuiCol_Text, kWarnColour);
        const std::string shown = fitted(item->label, ImGui::GetContentRegionAvail().x);
        ui::label(shown);
        if (best) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
            ui::label(item->label);
            if (!item->action.empty()) labelColoured(kMutedColour, item->action);
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    if (items.empty()) labelMuted("Nothing in the catalogue matches.");
    ImGui::PopStyleVar(2);
    ImGui::EndChild();
}

// The decision's heading, its choices and the follow-up under a defer or refer.
// When the follow-up first appears the column turns to the heading, or (a
// short column, `toFollowUp`) to the follow-up itself.
void drawDecision(UiContext& ctx, ScreeningPanelState& state, bool followUp, bool toFollowUp) {
    const auto& attempt = ctx.session.attempt();
    const float decisionTop = ImGui::GetCursorPosY();
    // Twice: on the first frame the list still has last frame's height.
    if (followUp && !state.followUpShown) state.turnToDecision = 2;
    state.followUpShown = followUp;
    const auto turn = [&] {
        if (!followUp || state.turnToDecision == 0) return;
        ImGui::SetScrollHereY(0.0f); // to the line above
        --state.turnToDecision;
    };
    labelWrapped(kAccentColour, "Decision");
    if (!toFollowUp) turn();
    const bool decided = ctx.session.decisionMade();
    for (const auto& [name, value] : core::decisionChoices()) {
        if (wrappedRadioButton(decisionLabel(value), decided && attempt.decision == value)) ctx.actions.push_back(core::cmd::SetDecision{value});
    }
    if (toFollowUp) turn();
    drawFollowUpPanel(ctx);
    state.decisionHeight = ImGui::GetCursorPosY() - decisionTop;
}

// The one way on: to the plan, or (no plan after a defer or refer) to submit.
void drawNextButton(UiContext& ctx) {
    const bool decided = ctx.session.decisionMade();
    if (!decided) ImGui::BeginDisabled();
    // A button's label cannot wrap: in a narrow column (large UI scale) it is shortened.
    const auto fitting = [](const char* label, const char* shortLabel) {
        const float width = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f;
        return width <= ImGui::GetContentRegionAvail().x ? label : shortLabel;
    };
    if (ctx.session.planSkipped()) {
        if (button(fitting("Review and submit", "Submit..."))) ctx.actions.push_back(act::AskSubmit{});
    } else if (button(fitting("Plan the treatment  >", "Plan  >"))) {
        ctx.actions.push_back(core::cmd::GoTo{core::Stage::Plan});
    }
    if (!decided) ImGui::EndDisabled();
}

// One column: the list (or recall entry), what is flagged, the decision and
// the button. Under the list, the decision leaves room for what it needed last
// frame (its labels wrap, so that grows with the UI scale). With a follow-up
// that may not fit, everything above the button scrolls, turned to the
// decision when the follow-up first appears.
void drawOneColumn(UiContext& ctx, ScreeningPanelState& state, bool recall, bool followUp) {
    const float row = ImGui::GetFrameHeightWithSpacing();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    if (followUp) ImGui::BeginChild("screeningbody", {0.0f, -(row + spacing)}, false);
    const float need = state.decisionHeight > 0.0f ? state.decisionHeight : choicesHeight(ImGui::GetContentRegionAvail().x);
    if (recall) {
        drawRecallEntry(ctx, state);
        drawFlaggedPanel(ctx, state, std::max(row * 3.0f, ImGui::GetContentRegionAvail().y - need - row * 2.0f));
    } else {
        labelWrapped(kAccentColour, kHeading);
        const float footer = followUp ? 0.0f : row + spacing; // the button, when it is not pinned below
        const float flaggedHeight = flaggedPanelHeight(ctx, row * 3.0f); // up to three rows, more scroll
        const float listHeight = std::max(followUp ? row * 4.0f : 120.0f, ImGui::GetContentRegionAvail().y - row - footer - need - spacing - flaggedHeight);
        drawChecklist(ctx, state, listHeight);
        drawFlaggedPanel(ctx, state, row * 3.0f);
    }
    drawDecision(ctx, state, followUp, false);
    if (followUp) ImGui::EndChild();
    ImGui::Spacing();
    drawNextButton(ctx);
}

// Two tabs: the list (or recall entry) filling the column above what is
// flagged, and the decision with what is flagged and the button. A "flag" on
// an intake line or a finding turns to the list, where it searches.
void drawTabbed(UiContext& ctx, ScreeningPanelState& state, bool recall, bool followUp) {
    const float row = ImGui::GetFrameHeightWithSpacing();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const bool toList = state.search != state.searchSeen || state.recallReason != state.reasonSeen;
    state.searchSeen = state.search;
    state.reasonSeen = state.recallReason;
    // Slim tabs: their height goes to the list.
    const ImVec2 slim{ImGui::GetStyle().FramePadding.x, ImGui::GetStyle().FramePadding.y * 0.5f};
    const auto tab = [&](const char* label, ImGuiTabItemFlags flags) {
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, slim);
        const bool open = tabItem(label, flags);
        ImGui::PopStyleVar();
        return open;
    };
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, slim);
    const bool tabs = ImGui::BeginTabBar("screeningtabs");
    ImGui::PopStyleVar();
    if (!tabs) return;
    if (tab("Checklist", toList ? ImGuiTabItemFlags_SetSelected : 0)) {
        if (recall) {
            drawRecallEntry(ctx, state);
            drawFlaggedPanel(ctx, state, std::max(row * 2.0f, ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing() - spacing * 2.0f));
        } else {
            // Below the list: what is flagged, as tall as it was last frame.
            const float below = state.belowList > 0.0f ? state.belowList : flaggedPanelHeight(ctx, row * 2.0f) + spacing;
            drawChecklist(ctx, state, std::max(row * 2.0f, ImGui::GetContentRegionAvail().y - row - below));
            const float listEnd = ImGui::GetCursorPosY();
            drawFlaggedPanel(ctx, state, row * 2.0f);
            state.belowList = ImGui::GetCursorPosY() - listEnd;
        }
        ImGui::EndTabItem();
    }
    if (tab("Decision", 0)) {
        ImGui::BeginChild("decisionbody", {0.0f, -(row + spacing)}, false);
        drawFlaggedPanel(ctx, state, row * 2.0f);
        drawDecision(ctx, state, followUp, true);
        ImGui::EndChild();
        ImGui::Spacing();
        drawNextButton(ctx);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

} // namespace screening_panel_detail

void drawScreeningPanel(UiContext& ctx, ScreeningPanelState& state) {
    using namespace screening_panel_detail;
    const bool recall = recallScreening(ctx);
    const bool followUp = ctx.session.decisionMade() && ctx.session.planSkipped();
    state.recallMode = recall;
    state.drawnOnFrame = ImGui::GetFrameCount();
    state.visibleItems = 0;
    // The rows the list would keep beside the decision: the heading, the
    // search, what is flagged, the decision's choices and the button take the rest.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const float row = ImGui::GetFrameHeightWithSpacing();
    const float fixed = ImGui::CalcTextSize(kHeading, nullptr, false, width).y + style.ItemSpacing.y + row + flaggedPanelHeight(ctx, row * 3.0f) +
                        choicesHeight(width) + style.ItemSpacing.y * 2.0f + row + style.WindowPadding.y * 2.0f;
    const float rows = (ImGui::GetContentRegionAvail().y - fixed) / checklistRowHeight();
    state.tabbed = rows < static_cast<float>(kRowsBesideDecision);
    if (state.tabbed) {
        drawTabbed(ctx, state, recall, followUp);
    } else {
        drawOneColumn(ctx, state, recall, followUp);
    }
}

} // namespace ui
