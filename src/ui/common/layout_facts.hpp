// Layout facts for the screenshot notes: where a frame drew each control and
// label, which ones lie off screen and which labels are cut. Recorded only
// while a script runs (tests read them; a trainee's frames pay nothing).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace ui {

struct LayoutFact {
    enum class Kind { Control, Label, MapLabel };
    Kind kind = Kind::Control;
    std::string text;
    ImVec2 min; // the item's whole rectangle, unclipped, in window pixels
    ImVec2 max;
    bool offScreen = false; // part of it lies outside the window where no scrolling brings it
    bool cut = false;       // its text does not fit where it is drawn
};

void setLayoutRecording(bool on);
[[nodiscard]] bool layoutRecording();
// Starts a frame's list (drawScreens calls it through beginClickTargets).
void beginLayoutFacts();
// The facts of the frame drawn last (complete once the frame is drawn).
[[nodiscard]] const std::vector<LayoutFact>& drawnLayoutFacts();

// After a control drawn in [min, max]. With `textMustFit`, its one-line label
// must fit inside, `innerPadding` from both sides (as ImGui pads button labels);
// without it the label wraps beside the control and only the position counts.
void noteControlLayout(const std::string& label, ImVec2 min, ImVec2 max, float innerPadding, bool textMustFit = true);
// After a text item: the last item's rectangle holds `text` in one line.
void noteLabelLayout(const std::string& text);

// ImGui::TextUnformatted / TextColored / TextDisabled that also note their layout.
void label(const std::string& text);
void labelColoured(const ImVec4& colour, const std::string& text);
void labelMuted(const std::string& text);
// Text wrapped at the panel's edge; noted as cut when its longest word is
// wider than the panel (ImGui then breaks the word, letter by letter).
void labelWrapped(const ImVec4& colour, const std::string& text);
void labelWrapped(const std::string& text);
// A bullet and its label (ImGui::BulletText, noted).
void labelBullet(const std::string& text);
// A map label drawn into a draw list at [min, max] (screen pixels): noted so the
// screenshot notes can say that no two labels on a map overlap.
void noteMapLabel(const std::string& text, ImVec2 min, ImVec2 max);

// The widest single word of `text` (words break at spaces and new lines).
[[nodiscard]] float longestWordWidth(const std::string& text);

// printf-style text for the label helpers (ImGui::Text's formats, checked by the compiler).
[[nodiscard]] std::string formatted(const char* format, ...) IM_FMTARGS(1);

} // namespace ui
