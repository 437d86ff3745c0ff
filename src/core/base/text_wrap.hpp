// Word wrapping that never splits a number from its unit ("0.5 mm", "6 weeks"):
// lines break only at spaces, and a space after a number before a unit is not
// a break. The UI draws the lines; core decides where they break.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

// True for the unit words the app writes after numbers ("mm", "weeks", "%"...),
// trailing punctuation ignored ("mm," "mm)").
[[nodiscard]] bool isUnitWord(std::string_view word);

// `text` in lines no wider than `width` as `measure` tells it. Newlines in the
// text are kept. A word (or number and unit) wider than the line gets a line of
// its own; a single word wider than that is cut between characters.
[[nodiscard]] std::vector<std::string> wrapKeepingUnits(std::string_view text, double width, const std::function<double(std::string_view)>& measure);

} // namespace core
