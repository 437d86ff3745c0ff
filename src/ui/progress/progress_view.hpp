// What the progress screen and the trainee picker show (const views the app
// fills in) and their own widget state. Panels read these and push actions.
#pragma once

#include "progress/practise_next.hpp"
#include "progress/progress_summary.hpp"
#include "progress/trainee_registry.hpp"

#include <imgui.h>

#include <string>
#include <utility>
#include <vector>

namespace ui {

struct ProgressView {
    const core::ProgressSummary* summary = nullptr; // null: no trainee picked yet
    std::string traineeName;
    double nowUnix = 0.0;
    std::vector<std::string> notes;      // store moved aside, attempts imported: shown until dismissed
    std::string skillShown;              // the skill whose cases are listed
    std::string skillShownLabel;
    std::vector<std::pair<std::string, std::string>> skillCases; // case id, title
    std::vector<core::NextPick> picks;   // practise next, best first
    std::vector<std::pair<std::string, std::string>> pickTitles; // case id, title of each pick
    int sessionDone = 0;                 // cases of today's session finished
    int sessionSize = 0;                 // 0: no session running
};

struct TraineePickerView {
    std::vector<core::Trainee> trainees;
    std::string lastUsed;                // id, offered first
    std::string problem;                 // the registry could not be read
    bool loading = false;                // a trainee's store is opening (importing)
    std::size_t importDone = 0;
    std::size_t importTotal = 0;
    std::string loadingName;
};

struct ProgressPanelState {
    bool open = false;                   // the progress screen replaces the library
    std::string newTrainee;              // the picker's "add a trainee" field
    int sessionSize = 5;                 // the daily session's N
    // Where the pass line was last drawn (window pixels) and when the picker
    // was, so scripted tests can check pixels without guessing the layout.
    ImVec2 passLineStart;
    ImVec2 passLineEnd;
    // The learning curve's series as last drawn (legend order), and whether in buckets.
    std::vector<std::string> curveSeries;
    bool curveBucketed = false;
    int pickerDrawnOnFrame = -1;
};

} // namespace ui
