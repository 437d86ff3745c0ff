// A small RFC 4180 record reader for the importer models in the gradebook
// tests: it keeps what the importers tell apart (a quoted empty cell from an
// unquoted one, a blank line, a quote left open).
#pragma once

#include <string>
#include <vector>

namespace csv_records {

struct Field {
    std::string text;
    bool quoted = false;
};

struct Record {
    std::vector<Field> fields; // a blank line reads as one unquoted empty field
    bool malformed = false;    // text after a closing quote, or a quote never closed
};

inline std::vector<Record> read(const std::string& content, char separator = ',') {
    std::vector<Record> records;
    std::size_t i = 0;
    while (i < content.size()) {
        Record record;
        record.fields.emplace_back();
        bool atFieldStart = true;
        bool inQuotes = false;
        bool afterClosingQuote = false;
        for (; i < content.size(); ++i) {
            const char ch = content[i];
            Field& field = record.fields.back();
            if (inQuotes) {
                if (ch != '"') {
                    field.text += ch;
                } else if (i + 1 < content.size() && content[i + 1] == '"') {
                    field.text += '"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
                continue;
            }
            if (ch == '\r' && i + 1 < content.size() && content[i + 1] == '\n') continue;
            if (ch == '\n') {
                ++i;
                break;
            }
            if (ch == separator) {
                record.fields.emplace_back();
                atFieldStart = true;
                afterClosingQuote = false;
                continue;
            }
            if (afterClosingQuote) record.malformed = true;
            if (ch == '"' && atFieldStart) {
                field.quoted = true;
                inQuotes = true;
                atFieldStart = false;
                continue;
            }
            atFieldStart = false;
            field.text += ch;
        }
        if (inQuotes) record.malformed = true;
        records.push_back(std::move(record));
    }
    return records;
}

// The physical lines of a text, as a line-by-line reader meets them.
inline std::vector<std::string> lines(const std::string& content) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < content.size()) {
        const auto end = content.find('\n', start);
        out.push_back(
            content.substr(start, end == std::string::npos ? std::string::npos : end + 1 - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

} // namespace csv_records
