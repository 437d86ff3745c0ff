// The exam journal: an append-only file of CRC-framed JSON records, each
// fsynced before the answer counts as committed. One writer at a time holds an
// exclusive lock; readers never lock and never change the file. A damaged
// frame costs only that record: reading resynchronises on the next good frame.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <expected>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace core {

// What a journal file holds, as read.
struct JournalContents {
    std::vector<Json> records;
    std::size_t goodEnd = 0;       // offset just past the last good frame
    std::size_t fileSize = 0;
    int damagedRegions = 0;        // runs of bytes skipped between good frames
    std::size_t skippedBytes = 0;  // bytes in those runs and in the tail
    [[nodiscard]] bool tornTail() const { return goodEnd < fileSize; }
    [[nodiscard]] std::string warning(const std::filesystem::path& path) const; // "" when clean
};

// One frame (length, CRC, payload) for the given payload bytes; the writer uses
// it for compact JSON, tests and fuzz seeds for anything.
[[nodiscard]] std::string journalFrame(std::string_view payload);

// Decodes journal bytes (for tests and the fuzzer). Never throws.
[[nodiscard]] std::expected<JournalContents, core::Error> parseJournal(const std::string& bytes);

class Journal {
public:
    // A new journal holding the header and its first record together: both are
    // written to a temp file, fsynced and linked into place, so no kill point
    // leaves a journal with a header and no first record. Refused if `path`
    // exists. The returned journal is locked for appending.
    [[nodiscard]] static std::expected<Journal, core::Error> create(const std::filesystem::path& path, const Json& first);
    // Opens an existing journal to append: takes an exclusive lock (a second
    // writer is refused), reads every good record, and cuts a torn tail.
    [[nodiscard]] static std::expected<Journal, core::Error> openForAppend(const std::filesystem::path& path);
    // Reads without a lock; never writes. append() on it is refused.
    [[nodiscard]] static std::expected<Journal, core::Error> openReadOnly(const std::filesystem::path& path);

    Journal(Journal&& other) noexcept;
    Journal& operator=(Journal&&) = delete;
    Journal(const Journal&) = delete;
    ~Journal();

    // Appends one record at the end of the last good frame and fsyncs it. A
    // failed write is cut back to that frame before anything else is written,
    // so a later answer never lands behind half a frame.
    [[nodiscard]] Status append(const Json& record);

    [[nodiscard]] const std::vector<Json>& records() const { return m_records; }
    // Non-empty when damage was skipped or a torn tail cut while opening.
    [[nodiscard]] const std::string& recoveryWarning() const { return m_warning; }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] bool readOnly() const { return m_fd < 0; }

private:
    Journal() = default;
    std::filesystem::path m_path;
    int m_fd = -1;
    std::size_t m_end = 0; // where the next frame goes
    std::vector<Json> m_records;
    std::string m_warning;
};

// Frame layout, little-endian: u32 payload length, u32 CRC-32 of the payload,
// then the payload (compact JSON). The file starts with kJournalMagic.
inline constexpr char kJournalMagic[] = "MNJOURNAL1\n";
inline constexpr std::size_t kMaxJournalBytes = 64u * 1024u * 1024u;
inline constexpr std::uint32_t kMaxJournalRecordBytes = 16u * 1024u * 1024u;

// Moves a finished journal into `doneFolder` as NAME and makes both folder
// entries durable.
[[nodiscard]] Status fileJournalAway(const std::filesystem::path& journal, const std::filesystem::path& doneFolder,
                                          const std::string& name);

} // namespace core
