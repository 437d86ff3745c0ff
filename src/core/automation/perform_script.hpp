// Perform mode's script words (issue 15):
//   stroke ZONE x0,y0 x1,y1 ... DURATION_MS   a stroke through map points (0..1)
//   perform-auto ZONE PATTERN PASSES          generated strokes in one pattern
//   pen down x,y [move x,y ...] [up] ...      pen events in one frame, through the window
// Parsed to practice Commands, so a script's strokes change the attempt the
// same way the pen does.
#pragma once

#include "base/diagnostics.hpp"
#include "automation/script.hpp"
#include "practice/practice_commands.hpp"

#include <string>
#include <vector>

namespace core {

[[nodiscard]] Result<Command> parseStrokeWords(const std::vector<std::string>& words);
[[nodiscard]] Result<Command> parsePerformAutoWords(const std::vector<std::string>& words);
[[nodiscard]] Result<step::Pen> parsePenWords(const std::vector<std::string>& words);

// The script lines for the two Commands (parsed back to the same Command;
// points are written to 4 decimals, the perform record's resolution).
std::string strokeScriptLine(const cmd::Stroke& stroke);
std::string performAutoScriptLine(const cmd::PerformAuto& command);

} // namespace core
