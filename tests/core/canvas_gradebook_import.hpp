// A model of Canvas's gradebook CSV import, written from its code as it
// stands (instructure/canvas-lms app/models/gradebook_importer.rb:
// csv_stream, semicolon_delimited?, the decimal_comma_to_period converter,
// row_has_student_headers?, update_column_count, strip_non_assignment_columns,
// parse_assignments, check_for_non_student_row, process_student; and
// Assignment.title_and_id in app/models/assignment.rb), so the gradebook
// tests check what Canvas does with a file.
#pragma once

#include "csv_records.hpp"

#include <array>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace canvas_gradebook_import {

struct Student {
    long long id = 0; // Canvas's own user id
    std::string name;
    std::string sisUserId;
    std::string loginId; // pseudonym unique_id
};

struct Assignment {
    long long id = 0;
    std::string title;
};

struct ImportedColumn {
    std::string header;
    std::optional<long long> existingId; // nullopt: Canvas makes a new assignment
    std::string title;                   // of the new assignment
};

struct ImportedRow {
    std::optional<long long> studentId; // nullopt: an unknown student
    std::string matchedBy;              // "id", "sis_user_id", "login_id", "name" or ""
    std::vector<std::string> grades;    // one per imported column
};

struct Outcome {
    bool invalidHeader = false;
    char separator = ',';
    std::vector<ImportedColumn> columns;
    std::vector<std::string> droppedHeaders; // non-assignment columns
    std::vector<ImportedRow> rows;
    int pointsRows = 0;
};

constexpr std::array<const char*, 9> kNonAssignment{
    "Current Score", "Current Points", "Current Grade",  "Final Score",    "Final Points",
    "Final Grade",   "Override Score", "Override Grade", "Override Status"};

inline bool isBlank(const std::optional<std::string>& s) {
    return !s || s->find_first_not_of(" \t\r\n\f\v") == std::string::npos;
}

// CSV::Converters[:decimal_comma_to_period] (nil stays nil).
inline std::optional<std::string> convert(const std::optional<std::string>& field) {
    if (!field || !std::regex_match(*field, std::regex(R"(-?[0-9.,]+%?)"))) return field;
    std::vector<std::string> parts{""};
    for (char ch : *field) {
        if (ch == ',' || ch == '.') {
            parts.emplace_back();
        } else {
            parts.back() += ch;
        }
    }
    while (!parts.empty() && parts.back().empty())
        parts.pop_back(); // Ruby's split
    if (parts.empty()) return std::nullopt;
    const std::string last = parts.back();
    parts.pop_back();
    if (parts.empty()) return last;
    std::string joined;
    for (const auto& p : parts)
        joined += p;
    return joined + "." + last;
}

// semicolon_delimited? / identify_delimiter: the first three physical lines,
// each parsed alone; a separator counts only if every line gives the same
// number of fields, and ";" wins only with more fields than ",".
inline char separatorOf(const std::string& content) {
    auto first = csv_records::lines(content);
    if (first.size() > 3) first.resize(3);
    auto count = [&](char sep) {
        std::size_t n = 0;
        for (std::size_t i = 0; i < first.size(); ++i) {
            const auto recs = csv_records::read(first[i], sep);
            if (recs.empty() || recs[0].malformed)
                return std::size_t{0}; // MalformedCSVError: rescued, count stays 0
            if (i == 0) n = recs[0].fields.size();
            if (recs[0].fields.size() != n) return std::size_t{0};
        }
        return n;
    };
    return count(';') > count(',') ? ';' : ',';
}

inline Outcome import(const std::string& content, const std::vector<Student>& students,
                      const std::vector<Assignment>& assignments) {
    Outcome out;
    out.separator = separatorOf(content);
    std::vector<std::vector<std::optional<std::string>>> rows;
    for (const auto& record : csv_records::read(content, out.separator)) {
        std::vector<std::optional<std::string>> row;
        for (const auto& f : record.fields)
            row.push_back(f.text.empty() && !f.quoted ? std::nullopt : convert(f.text));
        if (row.size() == 1 && !row[0]) row.clear(); // a blank line is an empty row
        rows.push_back(row);
    }
    if (rows.empty()) return out;
    const auto& header = rows[0];
    auto cell = [](const std::vector<std::optional<std::string>>& row, std::size_t i) {
        return i < row.size() && row[i] ? *row[i] : std::string();
    };
    // row_has_student_headers? and update_column_count (the Student/ID layout).
    if (!(header.size() > 3 && cell(header, 0).find("Student") != std::string::npos &&
          cell(header, 1).find("ID") != std::string::npos)) {
        out.invalidHeader = true;
        return out;
    }
    std::size_t studentColumns = 3;
    std::optional<std::size_t> sisUserColumn;
    std::optional<std::size_t> loginColumn;
    if (std::regex_search(cell(header, 2), std::regex(R"(SIS\s+Login\s+ID)"))) {
        loginColumn = 2;
        studentColumns += 1;
    } else if (std::regex_search(cell(header, 2), std::regex(R"(SIS\s+User\s+ID)")) &&
               std::regex_search(cell(header, 3), std::regex(R"(SIS\s+Login\s+ID)"))) {
        sisUserColumn = 2;
        loginColumn = 3;
        studentColumns += 2;
    }
    if (cell(header, studentColumns - 1).find("Section") == std::string::npos) {
        out.invalidHeader = true;
        return out;
    }
    // strip_non_assignment_columns, then parse_assignments with title_and_id.
    std::vector<std::size_t> columnIndex;
    for (std::size_t i = studentColumns; i < header.size(); ++i) {
        const std::string h = cell(header, i);
        bool dropped = false;
        for (const char* word : kNonAssignment)
            dropped = dropped || h.find(word) != std::string::npos;
        if (dropped) {
            out.droppedHeaders.push_back(h);
            continue;
        }
        ImportedColumn column{h, std::nullopt, h};
        std::smatch m;
        // /\A(.*)\s\((\d+)\)\z/: "." stops at a line break in Ruby and in ECMAScript.
        if (std::regex_match(h, m, std::regex(R"((.*)\s\((\d+)\))"))) {
            column.title = m[1];
            for (const auto& a : assignments) {
                if (a.id == std::stoll(m[2])) column.existingId = a.id;
            }
        }
        for (const auto& a : assignments) {
            if (!column.existingId && a.title == h)
                column.existingId = a.id; // "backward compat": the whole header as a title
        }
        out.columns.push_back(column);
        columnIndex.push_back(i);
    }
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        // check_for_non_student_row
        if (cell(row, 0).find("Points Possible") != std::string::npos) {
            ++out.pointsRows;
            continue;
        }
        bool mutedRow = true;
        for (const auto& c : row) {
            if (c && !std::regex_match(
                         *c, std::regex(R"(\s*(Muted|Manual Posting.*)?\s*)", std::regex::icase)))
                mutedRow = false;
        }
        if (mutedRow) continue;
        // process_student: Canvas id, then SIS User ID, then SIS Login ID, then the name.
        ImportedRow imported;
        for (const auto& s : students) {
            if (!isBlank(row.size() > 1 ? row[1] : std::nullopt) &&
                cell(row, 1) == std::to_string(s.id))
                imported = {s.id, "id", {}};
        }
        if (!imported.studentId && sisUserColumn &&
            !isBlank(row.size() > *sisUserColumn ? row[*sisUserColumn] : std::nullopt)) {
            for (const auto& s : students) {
                if (s.sisUserId == cell(row, *sisUserColumn)) imported = {s.id, "sis_user_id", {}};
            }
        }
        if (!imported.studentId && loginColumn &&
            !isBlank(row.size() > *loginColumn ? row[*loginColumn] : std::nullopt)) {
            for (const auto& s : students) {
                if (s.loginId == cell(row, *loginColumn)) imported = {s.id, "login_id", {}};
            }
        }
        if (!imported.studentId) {
            for (const auto& s : students) {
                if (s.name == cell(row, 0)) imported = {s.id, "name", {}};
            }
        }
        for (std::size_t i : columnIndex)
            imported.grades.push_back(cell(row, i));
        out.rows.push_back(imported);
    }
    return out;
}

} // namespace canvas_gradebook_import
