// Exam panels: they read the ExamView and emit Actions only.
#include "ui/exam/exam_panels.hpp"
#include "ui/common/layout_facts.hpp"

#include "exam/exam_feedback.hpp"
#include "platform/signing.hpp"
#include "ui/common/click_targets.hpp"
#include "ui/common/fitted_widgets.hpp"
#include "ui/common/modal.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace ui {
namespace {

std::string clock(double seconds) {
    const int s = std::max(0, static_cast<int>(std::ceil(seconds)));
    char text[32];
    std::snprintf(text, sizeof text, "%d:%02d", s / 60, s % 60);
    return text;
}

} // namespace

namespace exam_setup_widgets {

// The exam files the proctor can pick from; true when one can be started.
bool pickExamFile(const ExamView* view, ExamSetupState& state) {
    const auto& exams = view ? view->exams : std::vector<std::pair<std::string, std::string>>{};
    if (exams.empty()) labelColoured(kBadColour, "No exam files were found in cases/exams/.");
    ImGui::BeginChild("examlist", {0.0f, ImGui::GetTextLineHeightWithSpacing() * 6.0f}, true);
    for (int i = 0; i < static_cast<int>(exams.size()); ++i) {
        if (ImGui::Selectable(exams[static_cast<std::size_t>(i)].second.c_str(), state.selected == i)) state.selected = i;
    }
    ImGui::EndChild();
    return !exams.empty();
}

// The sealed packs in the pack folder, and a path field for one elsewhere;
// true when a pack is named.
bool pickSealedPack(const ExamView* view, ExamSetupState& state, float fieldWidth) {
    const std::vector<core::PackListing> none;
    const auto& packs = view ? view->packs : none;
    const std::string folder = view ? view->packFolder : std::string();
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedColour);
    ImGui::PushTextWrapPos(0.0f);
    if (packs.empty()) {
        ui::label(formatted("No sealed packs in %s yet: `mntrainer exam pack --exam EXAM.json` puts them there, or give a pack's path below.", folder.c_str()));
    } else {
        ui::label(formatted("Sealed packs in %s (answer keys stay encrypted on disk):", folder.c_str()));
    }
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::BeginChild("packlist", {0.0f, ImGui::GetTextLineHeightWithSpacing() * 5.0f}, true);
    for (int i = 0; i < static_cast<int>(packs.size()); ++i) {
        const core::PackListing& pack = packs[static_cast<std::size_t>(i)];
        const ImVec4 titleColour = pack.readable ? ImGui::GetStyleColorVec4(ImGuiCol_Text) : kBadColour;
        if (wrappedSelectable(pack.title, pack.file.filename().string(), state.selectedPack == i, titleColour, kMutedColour)) {
            state.selectedPack = i;
            state.packPath = pack.file.string();
        }
    }
    ImGui::EndChild();
    ImGui::SetNextItemWidth(fieldWidth);
    if (ImGui::InputTextWithHint("Pack file", "a .mnpack file", &state.packPath)) state.selectedPack = -1;
    return !state.packPath.empty();
}

} // namespace exam_setup_widgets

void drawExamSetup(UiContext& ctx, ExamSetupState& state) {
    labelColoured(kAccentColour, "Start an exam");
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedColour);
    labelWrapped("For the proctor: choose the exam, enter the candidate, then hand the machine over.");
    ImGui::PopStyleColor();
    ImGui::Spacing();
    if (radioButton("An exam file", !state.fromPack)) state.fromPack = false;
    ImGui::SameLine();
    if (radioButton("A sealed pack", state.fromPack)) state.fromPack = true;
    // Fields up to 20 em wide, narrower when the window (or a large UI scale) leaves less, so labels stay whole.
    const float labelWidth = ImGui::CalcTextSize("Candidate's name (required)").x + ImGui::GetStyle().ItemInnerSpacing.x;
    const float fieldWidth = std::max(ImGui::GetFontSize() * 6.0f, std::min(ImGui::GetFontSize() * 20.0f, ImGui::GetContentRegionAvail().x - labelWidth));
    const bool examChosen = state.fromPack ? exam_setup_widgets::pickSealedPack(ctx.exam, state, fieldWidth)
                                           : exam_setup_widgets::pickExamFile(ctx.exam, state);
    ImGui::SetNextItemWidth(fieldWidth);
    ImGui::InputText("Candidate's name (required)", &state.name);
    ImGui::SetNextItemWidth(fieldWidth);
    ImGui::InputText("Candidate's ID (required)", &state.id);
    ImGui::SetNextItemWidth(fieldWidth);
    ImGui::InputText("Email (optional)", &state.email);
    ImGui::SetNextItemWidth(fieldWidth);
    ImGui::InputTextWithHint("Export folder", "default: the trainer's data folder", &state.exportDir);
    ImGui::SetNextItemWidth(fieldWidth);
    ImGui::InputText("Proctor's passphrase", &state.passphrase, ImGuiInputTextFlags_Password);
    ImGui::Spacing();
    const bool ready = examChosen && !state.name.empty() && !state.id.empty() && !state.passphrase.empty();
    if (!ready) ImGui::BeginDisabled();
    if (button("Start the exam")) {
        const core::Candidate candidate{state.name, state.id, state.email};
        if (state.fromPack) {
            ctx.actions.push_back(act::StartExamFromPack{state.packPath, candidate, state.exportDir, state.passphrase});
        } else {
            ctx.actions.push_back(act::StartExam{ctx.exam->exams[static_cast<std::size_t>(state.selected)].first, candidate, state.exportDir, state.passphrase});
        }
        core::wipeSecret(state.passphrase);
    }
    if (!ready) ImGui::EndDisabled();
    ImGui::SameLine();
    if (button("Cancel")) ctx.actions.push_back(act::CloseExamSetup{});
}

void drawExamBar(UiContext& ctx, bool& askFollowUp) {
    const core::ExamSession& exam = *ctx.exam->session;
    labelColoured(kAccentColour, "EXAM");
    ImGui::SameLine();
    ui::label(exam.exam().title);
    ImGui::SameLine();
    labelMuted(formatted("| %s (%s)", exam.candidate().name.c_str(), exam.candidate().id.c_str()));
    const std::string left = "Time left " + clock(ctx.exam->secondsLeft);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(left.c_str()).x * 1.3f - 8.0f);
    ImGui::SetWindowFontScale(1.3f);
    labelColoured(ctx.exam->secondsLeft < 300.0 ? kWarnColour : kGoodColour, left);
    ImGui::SetWindowFontScale(1.0f);

    for (int i = 0; i < exam.caseCount(); ++i) {
        if (i > 0) ImGui::SameLine();
        char label[32];
        std::snprintf(label, sizeof label, "Case %d%s", i + 1, exam.markedForReview(i) ? " (review)" : "");
        const bool current = exam.currentIndex() == i;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (button(label) && !current) ctx.actions.push_back(act::GoToExamCase{i});
        if (current) ImGui::PopStyleColor();
    }
    ImGui::SameLine();
    labelMuted("|");
    ImGui::SameLine();
    if (button(exam.markedForReview(exam.currentIndex()) ? "Unmark review" : "Mark for review")) {
        ctx.actions.push_back(act::SetExamReview{exam.currentIndex(), !exam.markedForReview(exam.currentIndex())});
    }
    ImGui::SameLine();
    if (button("Hand in the exam")) ctx.actions.push_back(act::AskSubmit{});

    const auto& session = exam.current();
    struct Tab {
        core::Stage stage;
        const char* label;
    };
    const Tab tabs[] = {{core::Stage::Consultation, "1  Consultation"}, {core::Stage::Plan, "2  Plan"}, {core::Stage::Perform, "3  Perform"}, {core::Stage::Aftercare, "4  Aftercare"}};
    for (std::size_t i = 0; i < std::size(tabs); ++i) {
        if (i > 0) sameLineIfFits(buttonWidth(tabs[i].label));
        const bool current = session.stage() == tabs[i].stage;
        const bool available = session.stageAccess(tabs[i].stage).has_value();
        if (!available) ImGui::BeginDisabled();
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (button(tabs[i].label) && !current) ctx.actions.push_back(core::cmd::GoTo{tabs[i].stage});
        if (current) ImGui::PopStyleColor();
        if (!available) ImGui::EndDisabled();
    }
    if (exam.exam().followUp) {
        // The follow-up closes the case's answers, so the first opening asks first.
        const char* label = "5  Follow-up";
        sameLineIfFits(buttonWidth(label));
        const bool open = exam.followUpOpen(exam.currentIndex());
        const bool current = session.stage() == core::Stage::Visits;
        const bool available = open || session.decisionMade();
        if (!available) ImGui::BeginDisabled();
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (button(label) && !current) {
            if (open) {
                ctx.actions.push_back(core::cmd::GoTo{core::Stage::Visits});
            } else {
                askFollowUp = true;
            }
        }
        if (current) ImGui::PopStyleColor();
        if (!available) ImGui::EndDisabled();
    }
    ImGui::Separator();
}

void drawFollowUpPrompt(UiContext& ctx, bool& request) {
    if (!beginRequestedModal("Open this case's follow-up?", request)) return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 26.0f);
    ui::label("The follow-up shows what happened after this session, and you choose what to do at each visit.");
    labelColoured(kWarnColour, "Once it opens, your answers to this case (decision, plan, perform, aftercare) can no longer change.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (button("Open the follow-up")) {
        ctx.actions.push_back(core::cmd::GoTo{core::Stage::Visits});
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button("Keep working on the case") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

namespace exam_done_widgets {

// A hidden passphrase field and, below it, its button, disabled while the field is empty.
// True on the frame the button is pressed.
bool proctorPassphraseButton(const char* fieldLabel, const char* buttonLabel, std::string& passphrase) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    ImGui::InputText(fieldLabel, &passphrase, ImGuiInputTextFlags_Password);
    // The button goes on its own line: beside the field it ran off the window at scale 2.
    const bool empty = passphrase.empty();
    if (empty) ImGui::BeginDisabled();
    const bool pressed = button(buttonLabel);
    if (empty) ImGui::EndDisabled();
    return pressed;
}

} // namespace exam_done_widgets
using exam_done_widgets::proctorPassphraseButton;

void drawExamDone(UiContext& ctx, ExamSetupState& proctor) {
    const core::ExamSession& exam = *ctx.exam->session;
    const core::ExamResult& r = *exam.result();
    labelColoured(kAccentColour, exam.exam().title);
    ImGui::Separator();
    ImGui::SetWindowFontScale(1.5f);
    ui::label(r.autoSubmitted ? "Time is up: your exam was handed in." : "Your exam is handed in.");
    ImGui::SetWindowFontScale(1.0f);
    ui::label(formatted("%s (%s), %d cases", r.candidate.name.c_str(), r.candidate.id.c_str(), static_cast<int>(r.cases.size())));
    const core::ExamFeedbackView view = core::examFeedbackView(r);
    if (!view.showScore) {
        labelColoured(kMutedColour, "Your results go to your instructor; this exam shows no score.");
    } else {
        ImGui::Spacing();
        labelColoured(view.passed ? kGoodColour : kBadColour, formatted("Total %.1f / 100: %s (pass mark %.0f)", view.total, view.passed ? "PASSED" : "NOT PASSED", view.passMark));
    }
    for (const auto& c : view.cases) {
        labelBullet(formatted("%s: %.1f", c.title.c_str(), c.total));
        ImGui::PushTextWrapPos(0.0f);
        for (const auto& message : c.criticalErrors) labelColoured(kBadColour, formatted("    %s", message.c_str()));
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    ImGui::Separator();
    labelColoured(kMutedColour, "For the proctor:");
    ImGui::PushTextWrapPos(0.0f);
    ui::label(ctx.exam->exportStatus);
    ImGui::PopTextWrapPos();
    if (ctx.exam->exportWaitsForKey) {
        if (proctorPassphraseButton("Proctor's passphrase", "Unlock and export", proctor.passphrase)) {
            ctx.actions.push_back(act::UnlockKey{proctor.passphrase});
            core::wipeSecret(proctor.passphrase);
        }
    }
    if (!ctx.exam->exportWaitsForKey) {
        // The candidate cannot leave this screen: the proctor closes it with the passphrase.
        if (proctorPassphraseButton("Proctor's passphrase##close", "Close (proctor)", proctor.passphrase)) {
            ctx.actions.push_back(act::CloseExam{proctor.passphrase});
            core::wipeSecret(proctor.passphrase);
        }
    }
}

void drawClosePrompt(UiContext& ctx, ClosePromptState& state) {
    if (!beginRequestedModal("Only the proctor can close the trainer", state.request)) return;
    const bool handedIn = ctx.exam && ctx.exam->session && ctx.exam->session->submitted(); // else running, or waiting for its pack
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 26.0f);
    ui::label(handedIn ? "The exam is handed in and waits on this screen for the proctor."
                                    : "An exam is in progress. The trainer closes only with the proctor's passphrase.");
    labelColoured(kMutedColour, "Every committed answer stays in the exam journal either way; the sitting resumes when the trainer opens again.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    // The keyboard goes straight to the field: the proctor types, Enter closes, Escape keeps the exam open.
    if (ImGui::IsWindowAppearing() || std::exchange(state.focusField, false)) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    ImGui::InputText("Proctor's passphrase##closewindow", &state.passphrase, ImGuiInputTextFlags_Password);
    if (!state.problem.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 26.0f);
        labelColoured(kBadColour, state.problem);
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    const bool empty = state.passphrase.empty();
    if (empty) ImGui::BeginDisabled();
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter));
    if ((button("Close the trainer") || enter) && !empty) {
        ctx.actions.push_back(act::ProctorCloseWindow{state.passphrase});
        core::wipeSecret(state.passphrase);
        state.problem.clear();
    }
    if (empty) ImGui::EndDisabled();
    ImGui::SameLine();
    if (button("Keep the exam open") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        core::wipeSecret(state.passphrase);
        state.problem.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace ui
