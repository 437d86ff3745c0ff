// A model of Moodle's CSV grade import, written from its code as it stands
// (moodle/moodle: lib/csvlib.class.php csv_import_reader::load_csv_content,
// grade/import/csv/classes/load_data.php gradeimport_csv_load_data::
// prepare_import_grade_data and map_user_data_with_value), so the gradebook
// tests check what Moodle does with a file, not what the writer meant.
#pragma once

#include "csv_records.hpp"

#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace moodle_grade_import {

struct User {
    int id = 0;
    std::string idnumber;
    std::string email;
};

// The form's choices: "Map from" (a column index) and "Map to" (the user
// field: "useridnumber" or "useremail"), and which column is the grade item.
struct Mapping {
    std::size_t mapFrom = 0; // the form's default: the first column
    std::string mapTo = "useridnumber";
    std::size_t gradeColumn = 1;
};

struct Outcome {
    std::vector<std::string> headers;
    std::map<int, std::optional<double>> grades; // user id -> grade (nullopt: "no grade")
    std::string abortedWith;                     // empty when the import went through
};

// PHP's trim(): " \t\n\r\0\x0B" from both ends.
inline std::string phpTrim(const std::string& s) {
    const char* ws = " \t\n\r\v";
    auto first = s.find_first_not_of(std::string(ws) + '\0');
    if (first == std::string::npos) return "";
    auto last = s.find_last_not_of(std::string(ws) + '\0');
    return s.substr(first, last - first + 1);
}

// PHP's empty() on a string: "" and "0" are empty.
inline bool phpEmpty(const std::string& s) {
    return s.empty() || s == "0";
}

inline Outcome import(std::string content, const std::vector<User>& users, const Mapping& mapping) {
    Outcome out;
    // load_csv_content: trim_utf8_bom, then !\r\n?! -> \n, then trim() the whole text.
    if (content.starts_with("\xEF\xBB\xBF")) content.erase(0, 3);
    std::string unix;
    for (std::size_t i = 0; i < content.size(); ++i) {
        if (content[i] == '\r') {
            unix += '\n';
            if (i + 1 < content.size() && content[i + 1] == '\n') ++i;
        } else {
            unix += content[i];
        }
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& record : csv_records::read(phpTrim(unix))) {
        // fgetcsv gives a blank line as [null]: it is skipped.
        if (record.fields.size() == 1 && record.fields[0].text.empty() && !record.fields[0].quoted)
            continue;
        std::vector<std::string> row;
        for (const auto& f : record.fields)
            row.push_back(f.text);
        rows.push_back(row);
    }
    if (rows.empty()) {
        out.abortedWith = "csvemptyfile";
        return out;
    }
    for (const auto& row : rows) {
        if (row.size() != rows[0].size()) {
            out.abortedWith = "csvweirdcolumns";
            return out;
        }
    }
    // trim_headers; a header equal to gradeexport_txt's 'timeexported' is the export date column.
    std::optional<std::size_t> timeExportColumn;
    for (std::size_t i = 0; i < rows[0].size(); ++i) {
        out.headers.push_back(phpTrim(rows[0][i]));
        if (out.headers.back() == "Last downloaded from this course") timeExportColumn = i;
    }
    // prepare_import_grade_data: $this->studentid is set once, before the loop.
    std::optional<int> studentId;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& line = rows[r];
        if (line.size() <= 1) continue;
        std::optional<std::optional<double>> grade;
        for (std::size_t key = 0; key < line.size(); ++key) {
            const std::string value = phpTrim(line[key]);
            if (key == mapping.mapFrom) {
                // "Skip invalid row with blank user field": studentid keeps the last row's user.
                if (phpEmpty(value)) continue;
                const User* found = nullptr;
                for (const auto& u : users) {
                    const std::string& field = mapping.mapTo == "useremail" ? u.email : u.idnumber;
                    if (field == value) found = &u;
                }
                if (!found) {
                    out.abortedWith = "usermappingerror: " + value;
                    return out;
                }
                studentId = found->id;
            } else if (key == mapping.gradeColumn) {
                if (value.empty() || value == "-") {
                    grade = std::optional<double>{};
                } else {
                    char* end = nullptr;
                    const double v = std::strtod(value.c_str(), &end);
                    if (end == value.c_str() || *end != '\0') {
                        out.abortedWith = "badgrade: " + value;
                        return out;
                    }
                    grade = v;
                }
            }
        }
        if (!studentId) {
            out.abortedWith = "usermappingerrorusernotfound";
            return out;
        }
        if (timeExportColumn && grade) {
            // The export date must be a whole number of seconds (clean_param PARAM_INT).
            const std::string stamp = line[*timeExportColumn];
            if (stamp.empty() || stamp.find_first_not_of("0123456789") != std::string::npos) {
                out.abortedWith = "invalidgradeexporteddate";
                return out;
            }
        }
        if (grade) out.grades[*studentId] = *grade;
    }
    return out;
}

} // namespace moodle_grade_import
