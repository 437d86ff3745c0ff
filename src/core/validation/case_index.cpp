// Reads id, difficulty and tags from the head of each case file with a SAX
// parser that stops as soon as it has them.
#include "validation/case_index.hpp"

#include "base/bounded_read.hpp"
#include "json/json_document.hpp"
#include "terms/vocabulary.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace core {
namespace {

// Collects the top-level members an exam draw needs and stops the parse once
// it has all four; nested objects and arrays are skipped by depth.
class CaseHeadReader : public nlohmann::json_sax<Json> {
public:
    std::string kind, id, difficulty;
    std::vector<std::string> tags;
    bool haveKind = false, haveId = false, haveDifficulty = false, haveTags = false;

    [[nodiscard]] bool complete() const { return haveKind && haveId && haveDifficulty && haveTags; }

    bool null() override { return scalar({}); }
    bool boolean(bool) override { return scalar({}); }
    bool number_integer(number_integer_t) override { return scalar({}); }
    bool number_unsigned(number_unsigned_t) override { return scalar({}); }
    bool number_float(number_float_t, const string_t&) override { return scalar({}); }
    bool string(string_t& value) override { return scalar(value); }
    bool binary(binary_t&) override { return scalar({}); }
    bool start_object(std::size_t) override {
        ++m_depth;
        return true;
    }
    bool key(string_t& name) override {
        if (m_depth == 1) m_key = name;
        return true;
    }
    bool end_object() override {
        --m_depth;
        return !(m_depth == 1 && complete());
    }
    bool start_array(std::size_t) override {
        ++m_depth;
        if (m_depth == 2 && m_key == "tags") m_inTags = true;
        return true;
    }
    bool end_array() override {
        if (m_depth == 2 && m_inTags) {
            m_inTags = false;
            haveTags = true;
        }
        --m_depth;
        return !(m_depth == 1 && complete());
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    bool scalar(const std::string& value) {
        if (m_inTags && m_depth == 2) {
            tags.push_back(value);
            return true;
        }
        if (m_depth != 1) return true;
        if (m_key == "kind") kind = value, haveKind = true;
        if (m_key == "id") id = value, haveId = true;
        if (m_key == "difficulty") difficulty = value, haveDifficulty = true;
        return !complete();
    }

    int m_depth = 0;
    std::string m_key;
    bool m_inTags = false;
};

// The summary entry of one case file, or nullopt when it is not a readable case.
// The head is read first (the members come early in every library file);
// the whole file only when the head does not hold them all.
std::optional<CaseEntry> summarise(const std::filesystem::path& file) {
    constexpr std::size_t kHeadBytes = 4096;
    std::string headText;
    if (std::FILE* f = std::fopen(file.c_str(), "rb")) {
        headText.resize(kHeadBytes);
        headText.resize(std::fread(headText.data(), 1, kHeadBytes, f));
        std::fclose(f);
    }
    CaseHeadReader head;
    (void)Json::sax_parse(headText, &head, nlohmann::json::input_format_t::json, false);
    if (!head.complete()) {
        auto text = readRegularFile(file, kMaxJsonFileBytes);
        if (!text) return std::nullopt; // unreadable: the sitting's full load reports it if the exam needs it
        head = CaseHeadReader();
        (void)Json::sax_parse(*text, &head, nlohmann::json::input_format_t::json, false);
    }
    if (!head.haveKind || head.kind != "case" || !head.haveId) return std::nullopt;
    CaseEntry entry;
    entry.file = file.string();
    entry.id = head.id;
    entry.title = head.id;
    entry.summaryOnly = true;
    Case summary;
    summary.id = head.id;
    summary.tags = head.tags;
    for (const auto& [name, value] : difficultyChoices()) {
        if (name == head.difficulty) summary.difficulty = value;
    }
    entry.playable = std::move(summary);
    return entry;
}

} // namespace

CaseLibrary indexCaseLibrary(const std::vector<std::filesystem::path>& folders) {
    // A plain sorted walk: no per-file canonical paths (the validator's walk
    // resolves each one to catch loops, which costs more than the reading here).
    CaseLibrary library;
    std::vector<std::filesystem::path> files;
    for (const auto& folder : folders) {
        std::error_code ec;
        std::filesystem::recursive_directory_iterator it(folder, std::filesystem::directory_options::skip_permission_denied, ec);
        if (ec) {
            library.folderProblems.push_back(folder.string() + ": cannot read this folder (" + ec.message() + ")");
            continue;
        }
        for (; it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) break;
            if (it->path().extension() == ".json" && it->is_regular_file(ec)) files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        if (auto entry = summarise(file)) library.entries.push_back(std::move(*entry));
    }
    return library;
}

CaseLibrary indexCasesById(const std::vector<std::filesystem::path>& folders, const std::vector<std::string>& ids) {
    CaseLibrary library;
    for (const auto& id : ids) {
        bool found = false;
        for (const auto& folder : folders) {
            std::error_code ec;
            const auto file = folder / (id + ".json");
            if (!std::filesystem::is_regular_file(file, ec)) continue;
            auto entry = summarise(file);
            if (entry && entry->id == id) {
                library.entries.push_back(std::move(*entry));
                found = true;
                break;
            }
        }
        if (!found) return indexCaseLibrary(folders); // named otherwise: look everywhere
    }
    return library;
}

} // namespace core
