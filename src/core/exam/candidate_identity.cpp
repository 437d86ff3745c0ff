// Candidate identifier rules: each refusal names the importer code that
// would drop or mismatch the identifier, so the proctor knows what to fix.
#include "exam/candidate_identity.hpp"

#include <cstdio>
#include <optional>
#include <vector>

namespace core {
namespace candidate_identity_rules {

bool isBlank(const std::string& value) {
    return value.find_first_not_of(" \t") == std::string::npos;
}

// The value as a message can show it: control characters as \n, \t or \xNN.
std::string shown(const std::string& value) {
    std::string out = "\"";
    for (unsigned char ch : value) {
        if (ch == '\n') {
            out += "\\n";
        } else if (ch == '\r') {
            out += "\\r";
        } else if (ch == '\t') {
            out += "\\t";
        } else if (ch < 0x20 || ch == 0x7F) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02X", ch);
            out += hex;
        } else {
            out += static_cast<char>(ch);
        }
    }
    return out + "\"";
}

bool isValidUtf8(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        if (lead < 0x80) {
            length = 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
        } else {
            return false;
        }
        if (i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
        }
        i += length;
    }
    return true;
}

// Canvas reads every cell through its decimal_comma_to_period converter
// (gradebook_importer.rb): a cell matching /^-?[0-9.,]+%?$/ is split at each
// , or . (Ruby's split drops trailing empty parts) and rejoined with one "."
// before the last part. Returns what Canvas then holds (nullopt: nothing).
std::optional<std::string> afterCanvasNumberConverter(const std::string& value) {
    std::size_t i = value.starts_with('-') ? 1 : 0;
    std::size_t end = value.ends_with('%') ? value.size() - 1 : value.size();
    if (end <= i) return value;
    for (std::size_t k = i; k < end; ++k) {
        const char ch = value[k];
        if (!(ch >= '0' && ch <= '9') && ch != '.' && ch != ',') return value;
    }
    std::vector<std::string> parts{""};
    for (char ch : value) {
        if (ch == '.' || ch == ',') {
            parts.emplace_back();
        } else {
            parts.back() += ch;
        }
    }
    while (!parts.empty() && parts.back().empty())
        parts.pop_back();
    if (parts.empty()) return std::nullopt;
    const std::string last = parts.back();
    parts.pop_back();
    if (parts.empty()) return last;
    std::string joined;
    for (const auto& p : parts)
        joined += p;
    return joined + "." + last;
}

bool isAtext(char ch) {
    const bool alnum =
        (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    return alnum || std::string_view("!#$%&'*+/=?^_`{|}~-").find(ch) != std::string_view::npos;
}

// RFC 5322 dot-atom local part and an LDH domain of at least two labels: the
// addresses PHP's FILTER_VALIDATE_EMAIL accepts, which Moodle's validate_email
// uses (through PHPMailer) for user emails.
std::optional<std::string> emailShapeProblem(const std::string& value) {
    const auto at = value.find('@');
    if (at == std::string::npos) return "has no @";
    if (value.find('@', at + 1) != std::string::npos) return "has more than one @";
    const std::string local = value.substr(0, at);
    const std::string domain = value.substr(at + 1);
    if (local.empty() || local.size() > 64) return "needs 1 to 64 characters before the @";
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string::npos)
        return "has a misplaced dot before the @";
    for (char ch : local) {
        if (ch != '.' && !isAtext(ch))
            return "has a character an address cannot hold before the @ (" +
                   shown(std::string(1, ch)) + ")";
    }
    if (domain.find('.') == std::string::npos)
        return "needs a dotted domain after the @, such as example.org";
    std::size_t start = 0;
    while (start <= domain.size()) {
        const auto dot = domain.find('.', start);
        const std::string label =
            domain.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (label.empty() || label.size() > 63)
            return "has an empty or over-long part in its domain";
        if (label.front() == '-' || label.back() == '-')
            return "has a domain part that starts or ends with -";
        for (char ch : label) {
            const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                            (ch >= '0' && ch <= '9') || ch == '-';
            if (!ok)
                return "has a character a domain cannot hold (" + shown(std::string(1, ch)) + ")";
        }
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return std::nullopt;
}

} // namespace candidate_identity_rules

Status checkIdentifier(const std::string& what, const std::string& value) {
    namespace rules = candidate_identity_rules;
    if (rules::isBlank(value)) {
        return std::unexpected(what + " is required: a gradebook row without it is given to the "
                                      "wrong student (Moodle) or to no one (Canvas)");
    }
    if (value == "0") {
        return std::unexpected(what +
                               " \"0\" cannot be matched: Moodle's grade import (load_data.php, "
                               "map_user_data_with_value) tests it with PHP's "
                               "empty(), which treats \"0\" as blank and gives the grade to the "
                               "previous row's student");
    }
    if (!rules::isValidUtf8(value)) {
        return std::unexpected(what + " is not valid UTF-8: Moodle cleans each cell (clean_param "
                                      "PARAM_RAW drops invalid bytes) and would look "
                                      "for a different value. Retype it");
    }
    for (unsigned char ch : value) {
        if (ch < 0x20 || ch == 0x7F) {
            return std::unexpected(
                what + " " + rules::shown(value) +
                " holds a control character or line break: no LMS stores one in an "
                "identifier, and both importers split rows at line breaks. Retype it on one line");
        }
    }
    if (value.front() == ' ' || value.back() == ' ') {
        return std::unexpected(
            what + " " + rules::shown(value) +
            " starts or ends with a space: Moodle trims every cell before it compares "
            "(load_data.php, prepare_import_grade_data), so the ID with the space would never "
            "match. Remove the spaces");
    }
    if (value.front() == '=' || value.front() == '@') {
        return std::unexpected(what + " " + rules::shown(value) + " starts with " +
                               value.substr(0, 1) +
                               ": gradebooks write identifiers exactly, "
                               "and a spreadsheet opening the file would run the cell as a "
                               "formula. No LMS issues such IDs: check it");
    }
    const auto canvas = rules::afterCanvasNumberConverter(value);
    if (!canvas || *canvas != value) {
        return std::unexpected(
            what + " " + rules::shown(value) +
            " looks like a number with separators: Canvas's importer rewrites such "
            "cells (gradebook_importer.rb, decimal_comma_to_period) into " +
            (canvas ? rules::shown(*canvas) : std::string("nothing")) +
            " and looks that up instead: another student's ID, or no one's. "
            "Use the ID as the LMS holds it, without , or extra dots");
    }
    return {};
}

Status checkEmail(const std::string& what, const std::string& value) {
    if (auto plain = checkIdentifier(what, value); !plain) return plain;
    if (auto problem = candidate_identity_rules::emailShapeProblem(value)) {
        return std::unexpected(what + " " + candidate_identity_rules::shown(value) +
                               " is not an email address: it " + *problem +
                               ". Moodle and Canvas match it against the account's address "
                               "exactly; give the address or leave it blank");
    }
    return {};
}

Status checkCandidateIdentity(const Candidate& candidate) {
    if (candidate_identity_rules::isBlank(candidate.name))
        return std::unexpected(std::string("the candidate's name is required"));
    if (auto id = checkIdentifier("the candidate's ID", candidate.id); !id) return id;
    if (!candidate.email.empty()) {
        if (auto email = checkEmail("the candidate's email", candidate.email); !email) return email;
    }
    return {};
}

} // namespace core
