// A variant's timings either side of a profile wait (the case's "vary.waits"),
// and the key brought in line by the grader's own rule (validation/
// intake_waits): a wait that now runs adds its flag and turns treat into
// defer; one that has passed drops its flag.
#pragma once

#include "variants/variant_random.hpp"
#include "json/json_document.hpp"
#include "model/case_model.hpp"
#include "model/protocol.hpp"
#include "model/reference_data.hpp"

#include <string>

namespace core {

// Draws each allowed treatment's weeks_ago (inside or after its wait, by a
// coin) and rewrites the phrase the author marked ("said") in every text.
void varyWaits(Json& root, const Case& c, VariantRandom& random, const Protocol& protocol);

// A whole number of weeks as the texts say it: "a few days", "1 week", "30 weeks".
[[nodiscard]] std::string weeksPhrase(int weeks);

// The key of `variant` (read from `root`) made to agree with its timings.
void alignKeyWithWaits(Json& root, const Case& variant, const Protocol& protocol, const ReferenceData& data);

} // namespace core
