// Switching one value in a list of ticks: the pass patterns of a zone, the
// management choices at a visit.
#pragma once

#include <algorithm>
#include <vector>

namespace core {

// `list` with `value` removed when present, else added at the end.
template <typename T> [[nodiscard]] std::vector<T> toggled(std::vector<T> list, const T& value) {
    if (const auto it = std::find(list.begin(), list.end(), value); it != list.end()) {
        list.erase(it);
    } else {
        list.push_back(value);
    }
    return list;
}

} // namespace core
