// Reading one field of a journal record (see journal_fields.hpp).
#include "exam/journal_fields.hpp"

namespace core {

std::expected<std::string, Error> journalText(const Json& record, const char* key) {
    const auto it = record.find(key);
    if (it == record.end() || !it->is_string()) return std::unexpected(Error(std::string("\"") + key + "\" must be a string"));
    return it->get<std::string>();
}

std::expected<bool, Error> journalFlag(const Json& record, const char* key) {
    const auto it = record.find(key);
    if (it == record.end() || !it->is_boolean()) return std::unexpected(Error(std::string("\"") + key + "\" must be true or false"));
    return it->get<bool>();
}

} // namespace core
