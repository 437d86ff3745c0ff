// The case library list: title, difficulty and indications per case; broken
// files are shown with their validation error and cannot be opened.
#pragma once

#include "core/case_library.hpp"
#include "core/catalogue.hpp"

namespace ui {

struct CaseListPanelState {
    int selected = -1;
};

void drawCaseListPanel(const core::CaseLibrary& library, const core::Catalogue& catalogue, CaseListPanelState& state);

} // namespace ui
