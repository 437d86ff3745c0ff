// Telling file kinds apart: every data file names its `kind` and
// `schema_version`; JSON Schema documents are recognised and skipped.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"

#include <string>
#include <vector>

namespace core {

inline constexpr int kSchemaVersion = 1;

// The newest schema_version this build reads for a kind; every version from 1
// up to it is read (older ones are migrated by their reader). Profiles are at 2.
int newestSchemaVersion(const std::string& kind);

const std::vector<std::string>& knownFileKinds();

// True for a JSON Schema document (it describes files rather than being one).
bool isJsonSchemaDocument(const Json& root);

// The file's kind, or "" with an error explaining what to write. Also checks
// that the top level is an object and that schema_version is one we read.
std::string detectKind(const Json& root, Diagnostics& diagnostics);

// Checks that the file is of the expected kind (for files loaded by role).
void checkKind(const Json& root, const std::string& expected, Diagnostics& diagnostics);

} // namespace core
