// Loading the inputs of a grading run from files: a valid case, an attempt
// that belongs to it, and the protocol profile to grade under.
#pragma once

#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "base/diagnostics.hpp"
#include "model/protocol.hpp"
#include "model/reference_data.hpp"

#include <expected>
#include <filesystem>
#include <string>

namespace core {

// The case must validate without errors (structure and meaning).
[[nodiscard]] std::expected<Case, Error> loadCaseFile(const std::filesystem::path& file, const ReferenceData& data);

// Structure only; checkAttemptAgainstCase does the rest once the case is known.
[[nodiscard]] std::expected<Attempt, Error> loadAttemptFile(const std::filesystem::path& file);

// `idOrFile` is a profile id known to `data`, or a path to a protocol file
// (which is then added to `data`). Empty means the case's own profile.
[[nodiscard]] std::expected<Protocol, Error> resolveProtocol(const std::string& idOrFile, const Case& c, ReferenceData& data);

} // namespace core
