// The exam journal: an append-only file of CRC-framed JSON records, each
// flushed to disk (fsync) before the answer counts as committed. After a crash
// the file is read back up to the last good record; a torn or corrupt tail is
// cut off with a warning and never makes the journal unreadable.
#pragma once

#include "json_document.hpp"

#include <expected>
#include <filesystem>
#include <string>
#include <vector>

namespace core {

class Journal {
public:
    // Opens (creating if needed) and recovers the journal at path.
    static std::expected<Journal, std::string> open(const std::filesystem::path& path);
    Journal(Journal&& other) noexcept;
    Journal& operator=(Journal&&) = delete;
    Journal(const Journal&) = delete;
    ~Journal();

    // Appends one record and fsyncs it. Returns "" or what failed.
    std::string append(const Json& record);

    [[nodiscard]] const std::vector<Json>& records() const { return m_records; }
    // Non-empty when a damaged tail was cut off while opening.
    [[nodiscard]] const std::string& recoveryWarning() const { return m_warning; }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    Journal() = default;
    std::filesystem::path m_path;
    int m_fd = -1;
    std::vector<Json> m_records;
    std::string m_warning;
};

// Frame layout, little-endian: u32 payload length, u32 CRC-32 of the payload,
// then the payload (compact JSON). The file starts with kJournalMagic.
inline constexpr char kJournalMagic[] = "MNJOURNAL1\n";

} // namespace core
