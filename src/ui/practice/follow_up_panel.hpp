// Follow-up for a decision not to treat today (defer or refer), shown under
// the decision: the next visit, who to refer to, and advice for today.
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

// Draws nothing unless the decision made is defer or refer.
void drawFollowUpPanel(UiContext& ctx);

} // namespace ui
