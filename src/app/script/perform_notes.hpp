// The "perform" part of a screenshot's notes: the perform record, each zone's
// measures, strays, the live and replayed coverage (so tests check figures and
// that the replay's end state equals the live map without reading pixels).
#pragma once

#include "json/json_document.hpp"

namespace app {

class App;

// Null when no case is open or the attempt has never been performed.
[[nodiscard]] core::Json performNotes(const App& app);

} // namespace app
