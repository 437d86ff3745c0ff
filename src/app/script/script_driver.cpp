// Script execution: Commands go through App::apply exactly like widget clicks.
#include "app/script/script_driver.hpp"

#include "app/app.hpp"
#include "app/shell/pen_events.hpp"

#include "platform/signing.hpp"
#include "base/bounded_read.hpp"
#include "ui/common/face_map_widget.hpp"
#include "render/screenshot.hpp"
#include "ui/common/click_targets.hpp"
#include "ui/common/layout_facts.hpp"

#include <imgui.h>

#include <SDL.h>

#include <algorithm>
#include <cstring>
#include <set>

namespace app {
namespace {

// Frames drawn before a screenshot, so ImGui's layout has settled.
constexpr int kSettleFrames = 3;

ui::EditorTab tabOf(core::step::editor::Tab tab) {
    using T = core::step::editor::Tab;
    switch (tab) {
    case T::Case: return ui::EditorTab::Case;
    case T::Client: return ui::EditorTab::Client;
    case T::Findings: return ui::EditorTab::Findings;
    case T::Screening: return ui::EditorTab::Screening;
    case T::Decision: return ui::EditorTab::Decision;
    case T::PlanKey: return ui::EditorTab::PlanKey;
    case T::Aftercare: return ui::EditorTab::Aftercare;
    case T::Sources: return ui::EditorTab::Sources;
    case T::Skin: return ui::EditorTab::Skin;
    }
    return ui::EditorTab::Case;
}

// Runs one typed authoring step.
struct EditorStepRunner {
    App& app;
    ui::EditorUiState& ui;

    core::Status operator()(const core::step::editor::NewCase& s) const { return app.newCase(s.source, s.title); }
    core::Status operator()(const core::step::editor::NewExam& s) const { return app.newExam(s.title); }
    core::Status operator()(const core::step::editor::Open& s) const { return app.editById(s.id); }
    core::Status operator()(const core::step::editor::Save&) const { return app.saveEdit(); }
    core::Status operator()(const core::step::editor::Play&) const { return app.playEdited(); }
    core::Status operator()(const core::step::editor::Back&) const { return app.backToEditor(); }
    core::Status operator()(const core::step::editor::Close&) const { return app.closeEditor(false); }
    core::Status operator()(const core::step::editor::Discard&) const { return app.closeEditor(true); }
    core::Status operator()(const core::step::editor::OpenDialog& s) const {
        ui.newCaseOpen = s.dialog == core::step::editor::Dialog::NewCase;
        ui.newExamOpen = s.dialog == core::step::editor::Dialog::NewExam;
        ui.editExamOpen = s.dialog == core::step::editor::Dialog::EditExam;
        return {};
    }
    core::Status operator()(const core::step::editor::ShowTab& s) const {
        if (!editing()) return std::unexpected(core::Error("nothing is open in the editor"));
        ui.tab = tabOf(s.tab);
        ui.switchTab = true;
        return {};
    }
    core::Status operator()(const core::step::editor::SelectKeyZone& s) const {
        if (!editing()) return std::unexpected(core::Error("nothing is open in the editor"));
        ui.selectedZone = s.zone;
        ui.tab = ui::EditorTab::PlanKey;
        ui.switchTab = true;
        return {};
    }
    core::Status operator()(const core::step::editor::JumpToProblem& s) const {
        if (!editing()) return std::unexpected(core::Error("nothing is open in the editor"));
        const int count = static_cast<int>(app.editor()->document()->problems().items().size());
        if (s.number > count) return std::unexpected(core::Error("there are only " + std::to_string(count) + " problems"));
        app.jumpToProblem(s.number - 1);
        return {};
    }
    [[nodiscard]] bool editing() const { return app.editor() && app.editor()->editing(); }
};

} // namespace

namespace script_driver_click {

// A label as the script names it: its words, one space apart (a script
// line cannot keep the two spaces of "2  Plan").
bool sameLabel(const std::string& shown, const std::string& typed) {
    std::string words;
    for (const char c : shown) {
        if (c == ' ' && (words.empty() || words.back() == ' ')) continue;
        words += c;
    }
    if (!words.empty() && words.back() == ' ') words.pop_back();
    return words == typed;
}

} // namespace script_driver_click

ScriptDriver::ScriptDriver(std::vector<core::ScriptLine> lines, std::string name, std::filesystem::path screenshotDir)
    : m_lines(std::move(lines)), m_name(std::move(name)), m_screenshotDir(std::move(screenshotDir)) {
    ui::setLayoutRecording(true); // for the screenshot notes
}

bool ScriptDriver::fail(const core::ScriptLine& line, const std::string& message) {
    m_error = m_name + ":" + std::to_string(line.line) + ": error: " + message + " (in \"" + line.text + "\")";
    m_done = true;
    return false;
}

namespace {

// The first line of a passphrase file (a passphrase is never written in a script).
core::Result<std::string> passphraseFromFile(const std::string& file) {
    auto text = core::readRegularFile(file, 4096);
    if (!text) return std::unexpected(core::Error("cannot read the passphrase file " + file + ": it " + text.error().summary()));
    std::string passphrase = text->substr(0, text->find_first_of("\r\n"));
    core::wipeSecret(*text);
    return passphrase;
}

// Text through SDL's queue, as a keyboard types it into the focused field
// (SDL carries at most 31 bytes per event; the text is split at UTF-8 characters).
void pushText(const std::string& text) {
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = std::min(text.size(), at + 31);
        while (end < text.size() && end > at && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        SDL_Event e{};
        e.type = SDL_TEXTINPUT;
        std::memcpy(e.text.text, text.data() + at, end - at);
        SDL_PushEvent(&e);
        at = end;
    }
}

SDL_Scancode scancodeOf(const std::string& key) {
    if (key == "escape") return SDL_SCANCODE_ESCAPE;
    if (key == "enter") return SDL_SCANCODE_RETURN;
    if (key == "tab") return SDL_SCANCODE_TAB;
    return static_cast<SDL_Scancode>(SDL_SCANCODE_A + (key[0] - 'a'));
}

void pushKey(Uint32 type, SDL_Scancode code) {
    SDL_Event e{};
    e.type = type;
    e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.key.keysym.scancode = code;
    e.key.keysym.sym = SDL_GetKeyFromScancode(code);
    e.key.keysym.mod = static_cast<Uint16>(SDL_GetModState());
    SDL_PushEvent(&e);
}

} // namespace

void ScriptDriver::feedMouse(ImGuiIO& io) {
    if (m_clickFrames <= 0) return;
    // Hover, press, release: one frame each, as ImGui sees a real click.
    io.MousePos = m_clickAt;
    io.MouseDown[0] = m_clickFrames == kClickFrames - 1;
    --m_clickFrames;
}

bool ScriptDriver::beforeFrame(App& app, SDL_Window* window) {
    if (m_done) return true;
    if (m_clickFrames > 0) return true;
    if (m_keyUp != SDL_SCANCODE_UNKNOWN && m_waitFrames == 0) {
        // The second half of a "press": the key goes up and the modifiers are released.
        pushKey(SDL_KEYUP, static_cast<SDL_Scancode>(m_keyUp));
        SDL_SetModState(KMOD_NONE);
        m_keyUp = SDL_SCANCODE_UNKNOWN;
        m_waitFrames = 1;
        return true;
    }
    if (m_waitFrames > 0) {
        --m_waitFrames;
        return true;
    }
    // Nothing goes on while a trainee's store opens (a long history imports
    // first), whether `trainee NAME` or a click in the picker opened it.
    if (app.traineeLoading()) return true;
    if (m_waitTrainee) {
        const core::ScriptLine& line = m_lines[*m_waitTrainee];
        m_waitTrainee.reset();
        if (!app.trainee()) return fail(line, app.uiState().errorMessage.empty() ? "the trainee was not opened" : app.uiState().errorMessage);
    }
    if (!m_pendingShot.empty()) return true; // waiting for afterFrame
    while (m_next < m_lines.size()) {
        const core::ScriptLine& line = m_lines[m_next++];
        if (const auto* command = std::get_if<core::Command>(&line.step)) {
            if (auto e = app.applyAction(ui::Action{*command}); !e) return fail(line, e.error().summary());
        } else if (const auto* shot = std::get_if<core::step::Screenshot>(&line.step)) {
            m_pendingShot = shot->name;
            m_pendingPicture = shot->picture;
            m_waitFrames = kSettleFrames - 1;
            return true;
        } else if (const auto* frames = std::get_if<core::step::Frames>(&line.step)) {
            m_waitFrames = frames->count - 1;
            return true;
        } else if (const auto* size = std::get_if<core::step::Resize>(&line.step)) {
            SDL_SetWindowSize(window, size->width, size->height);
            m_waitFrames = kSettleFrames - 1;
            return true;
        } else if (const auto* scale = std::get_if<core::step::Scale>(&line.step)) {
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::SetScale{scale->scale}}}); !e) return fail(line, e.error().summary());
            m_waitFrames = kSettleFrames - 1;
            return true;
        } else if (const auto* hover = std::get_if<core::step::Hover>(&line.step)) {
            auto& ui = app.uiState();
            ui.consultationMap.forcedHover = ui.planMap.forcedHover = ui.errorMap.forcedHover = hover->zone;
        } else if (const auto* view = std::get_if<core::step::DebriefView>(&line.step)) {
            auto& ui = app.uiState();
            ui.debriefView = view->view == "expert"         ? ui::DebriefView::Expert
                             : view->view == "side-by-side" ? ui::DebriefView::SideBySide
                             : view->view == "technique"    ? ui::DebriefView::Technique
                                                            : ui::DebriefView::Yours;
        } else if (const auto* show = std::get_if<core::step::ShowMapView>(&line.step)) {
            // What the Face / Body toggle pushes, for the case on screen.
            const core::Case* shown = app.mapCase();
            if (!shown) return fail(line, "no case is open, so there is no map to turn to the " + core::toString(show->view));
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::SetMapView{shown->id, show->view}}}); !e) return fail(line, e.error().summary());
        } else if (const auto* zoom = std::get_if<core::step::Zoom>(&line.step)) {
            auto& ui = app.uiState();
            for (auto* map : {&ui.consultationMap, &ui.planMap, &ui.debriefYours, &ui.debriefExpert, &ui.errorMap, &ui.perform.map}) {
                map->viewport.zoom = zoom->factor;
                map->viewport.clamp();
            }
        } else if (const auto* start = std::get_if<core::step::ExamStart>(&line.step)) {
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::StartExam{start->examId, {start->name, start->candidateId, ""}, "", ""}}}); !e) return fail(line, e.error().summary());
        } else if (const auto* unlock = std::get_if<core::step::Unlock>(&line.step)) {
            // The passphrase comes from a file, never from the script's own text.
            auto passphrase = passphraseFromFile(unlock->passphraseFile);
            if (!passphrase) return fail(line, passphrase.error().summary());
            const auto unlocked = app.applyAction(ui::Action{ui::AppAction{ui::act::UnlockKey{*passphrase}}});
            core::wipeSecret(*passphrase);
            if (!unlocked) return fail(line, unlocked.error().summary());
        } else if (const auto* fromPack = std::get_if<core::step::ExamStartPack>(&line.step)) {
            auto passphrase = passphraseFromFile(fromPack->passphraseFile);
            if (!passphrase) return fail(line, passphrase.error().summary());
            // What the setup screen's "Start the exam" pushes with a pack chosen.
            const auto started = app.applyAction(
                ui::Action{ui::AppAction{ui::act::StartExamFromPack{fromPack->packFile, {fromPack->name, fromPack->candidateId, ""}, "", *passphrase}}});
            core::wipeSecret(*passphrase);
            if (!started) return fail(line, started.error().summary());
        } else if (const auto* typed = std::get_if<core::step::TypeLine>(&line.step)) {
            auto text = passphraseFromFile(typed->file);
            if (!text) return fail(line, text.error().summary());
            pushText(*text);
            core::wipeSecret(*text);
            m_waitFrames = 1;
            return true;
        } else if (const auto* go = std::get_if<core::step::ExamCase>(&line.step)) {
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::GoToExamCase{go->number - 1}}}); !e) return fail(line, e.error().summary());
        } else if (const auto* review = std::get_if<core::step::ExamReview>(&line.step)) {
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::SetExamReview{review->number - 1, review->on}}}); !e) return fail(line, e.error().summary());
        } else if (std::holds_alternative<core::step::ExamSubmit>(line.step)) {
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::SubmitExam{}}}); !e) return fail(line, e.error().summary());
        } else if (const auto* wait = std::get_if<core::step::Wait>(&line.step)) {
            SDL_Delay(static_cast<Uint32>(wait->milliseconds));
        } else if (std::holds_alternative<core::step::Resume>(line.step)) {
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::ResumeAutosave{}}}); !e) return fail(line, e.error().summary());
        } else if (const auto* edit = std::get_if<core::EditCommand>(&line.step)) {
            if (auto e = app.applyAction(ui::Action{*edit}); !e) return fail(line, e.error().summary());
            app.afterScriptEdit();
        } else if (const auto* editor = std::get_if<core::step::Editor>(&line.step)) {
            if (auto e = std::visit(EditorStepRunner{app, app.uiState().editor}, *editor); !e) return fail(line, e.error().summary());
            m_waitFrames = 1; // let the screen switch before the next step
            return true;
        } else if (const auto* press = std::get_if<core::step::Press>(&line.step)) {
            // Through SDL's queue, so the key takes the same path as a real one.
            SDL_SetModState(static_cast<SDL_Keymod>((press->ctrl ? KMOD_LCTRL : 0) | (press->shift ? KMOD_LSHIFT : 0)));
            m_keyUp = scancodeOf(press->key);
            pushKey(SDL_KEYDOWN, static_cast<SDL_Scancode>(m_keyUp));
            m_waitFrames = 1;
            return true;
        } else if (const auto* pen = std::get_if<core::step::Pen>(&line.step)) {
            // Queued now, read together at the top of the next frame.
            const auto& map = app.uiState().perform.map;
            const bool drawn = map.drawnOnFrame >= ImGui::GetFrameCount() - 1;
            const SettleWait::Place place{map.screenX, map.screenY, map.screenX + map.viewport.panelSize.x, map.screenY + map.viewport.panelSize.y};
            if (m_penSettle.stillWaiting(drawn ? std::optional(place) : std::nullopt)) {
                --m_next;
                return true;
            }
            if (!drawn) return fail(line, "the Perform map is not on screen: goto perform and select a zone first");
            for (const core::step::PenInput& e : pen->events) {
                using Kind = core::step::PenInput::Kind;
                if (e.kind == Kind::Up) {
                    if (!m_penHeld) return fail(line, "the pen is not down, so it cannot lift");
                    pushMouse(SDL_MOUSEBUTTONUP, m_penAt.first, m_penAt.second, false);
                    m_penHeld = false;
                    continue;
                }
                if (e.kind == Kind::Move && !m_penHeld) return fail(line, "the pen is not down: press it (down x,y) before moving it");
                const glm::dvec2 p = map.viewport.mapToPanel({e.x, e.y});
                m_penAt = {static_cast<int>(map.screenX + p.x), static_cast<int>(map.screenY + p.y)};
                if (e.kind == Kind::Down) pushMouse(SDL_MOUSEMOTION, m_penAt.first, m_penAt.second, false);
                pushMouse(e.kind == Kind::Down ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEMOTION, m_penAt.first, m_penAt.second, true);
                m_penHeld = true;
            }
            return true;
        } else if (const auto* click = std::get_if<core::step::Click>(&line.step)) {
            const auto& targets = ui::lastFrameClickTargets();
            // The first one a user can see; else one scrolled out of view, to say so.
            auto it = std::find_if(targets.begin(), targets.end(), [&](const ui::ClickTarget& t) { return t.visible && script_driver_click::sameLabel(t.label, click->label); });
            if (it == targets.end()) {
                it = std::find_if(targets.begin(), targets.end(), [&](const ui::ClickTarget& t) { return script_driver_click::sameLabel(t.label, click->label); });
            }
            std::optional<SettleWait::Place> place;
            if (it != targets.end()) place = SettleWait::Place{it->min.x, it->min.y, it->max.x, it->max.y};
            if (m_clickSettle.stillWaiting(place)) {
                --m_next;
                return true;
            }
            if (it == targets.end()) {
                std::string shown;
                std::set<std::string> listed;
                for (const auto& t : targets) {
                    if (listed.insert(t.label).second) shown += (shown.empty() ? "" : ", ") + ("\"" + t.label + "\"");
                }
                return fail(line, "no button \"" + click->label + "\" on screen" + (shown.empty() ? std::string() : "; buttons shown: " + shown));
            }
            m_clickAt = {(it->min.x + it->max.x) * 0.5f, (it->min.y + it->max.y) * 0.5f};
            const ImVec2 display = ImGui::GetIO().DisplaySize;
            if (!it->visible || m_clickAt.x < 0 || m_clickAt.y < 0 || m_clickAt.x >= display.x || m_clickAt.y >= display.y) {
                return fail(line, "the button \"" + click->label + "\" is off-screen, where a user could not click it");
            }
            m_clickFrames = kClickFrames;
            return true;
        } else if (const auto* trainee = std::get_if<core::step::UseTrainee>(&line.step)) {
            if (auto e = app.useTrainee(trainee->name, trainee->mayAdd); !e) return fail(line, e.error().summary());
            m_waitTrainee = m_next - 1;
            return true;
        } else if (const auto* screen = std::get_if<core::step::ProgressScreen>(&line.step)) {
            const ui::AppAction action = screen->open ? ui::AppAction{ui::act::OpenProgress{}} : ui::AppAction{ui::act::CloseProgress{}};
            if (auto e = app.applyAction(ui::Action{action}); !e) return fail(line, e.error().summary());
            m_waitFrames = 1;
            return true;
        } else if (const auto* skill = std::get_if<core::step::SkillCases>(&line.step)) {
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::ShowSkillCases{skill->skill}}}); !e) return fail(line, e.error().summary());
        } else if (const auto* clock = std::get_if<core::step::Clock>(&line.step)) {
            app.setClock(clock->unixSeconds);
        } else if (std::holds_alternative<core::step::PractiseNext>(line.step)) {
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::PractiseNext{}}}); !e) return fail(line, e.error().summary());
        } else if (const auto* variant = std::get_if<core::step::PractiseVariant>(&line.step)) {
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::PractiseVariant{variant->caseId, variant->seed}}}); !e) return fail(line, e.error().summary());
        } else if (const auto* daily = std::get_if<core::step::DailySession>(&line.step)) {
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::StartSession{daily->size}}}); !e) return fail(line, e.error().summary());
        } else if (const auto* analyse = std::get_if<core::step::ItemAnalysis>(&line.step)) {
            if (auto e = app.applyAction(ui::Action{ui::AppAction{ui::act::AnalyseResults{analyse->dir, analyse->trustedKeys}}}); !e) return fail(line, e.error().summary());
            m_waitFrames = 1; // let the screen switch before the next step
            return true;
        } else if (std::holds_alternative<core::step::CloseWindow>(line.step)) {
            SDL_Event e{};
            e.type = SDL_QUIT;
            SDL_PushEvent(&e);
            m_waitFrames = 1;
            return true;
        } else if (std::holds_alternative<core::step::Quit>(line.step)) {
            m_done = true;
            return true;
        }
    }
    m_done = true;
    return true;
}

bool ScriptDriver::afterFrame(App& app, int width, int height) {
    if (m_pendingShot.empty() || m_waitFrames > 0) return true;
    const auto path = m_screenshotDir / (m_pendingShot + ".png");
    m_pendingShot.clear();
    if (!m_pendingPicture) {
        // `notes NAME`: NAME.json alone (writeSidecar puts it beside where the picture would be).
    } else if (auto written = render::writeScreenshot(path, width, height); !written) {
        m_error = m_name + ": screenshot failed: " + written.error().summary();
        m_done = true;
        return false;
    }
    if (auto written = writeSidecar(app, path); !written) {
        m_error = m_name + ": screenshot notes failed: " + written.error().summary();
        m_done = true;
        return false;
    }
    auto made = path;
    if (!m_pendingPicture) made.replace_extension(".json");
    m_written.push_back(made.string());
    return true;
}

} // namespace app
