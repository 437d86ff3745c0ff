// Every prose string of a case file a variant may rewrite: what the trainee
// reads (title, intake, interview answers, finding notes, what is seen) and
// the key's teaching. One list, so names, pronouns, medicines and timings
// change everywhere at once.
#pragma once

#include "json/json_document.hpp"

#include <functional>
#include <string>

namespace core {

void forEachProse(Json& root, const std::function<void(std::string&)>& edit);

} // namespace core
