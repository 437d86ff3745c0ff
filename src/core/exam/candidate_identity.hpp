// Which candidate identifiers a gradebook import can match: the rule an exam
// start applies, and the gradebook writers apply again to older results.
// The limits follow what the importers compare, as their code is written:
// Moodle grade/import/csv/classes/load_data.php and Canvas
// app/models/gradebook_importer.rb (see the README's gradebook section).
#pragma once

#include "base/diagnostics.hpp"
#include "exam/exam_result.hpp"

#include <string>

namespace core {

// An ID number (Moodle idnumber, Canvas SIS User ID). `what` names it in the
// message, e.g. "the candidate's ID".
[[nodiscard]] Status checkIdentifier(const std::string& what, const std::string& value);

// An email address (Moodle email, Canvas SIS Login ID): the identifier rules,
// then the shape of an address (one @, a dotted domain, no spaces).
[[nodiscard]] Status checkEmail(const std::string& what, const std::string& value);

// A name, an ID every LMS can match, and an email that is blank or an address.
[[nodiscard]] Status checkCandidateIdentity(const Candidate& candidate);

} // namespace core
