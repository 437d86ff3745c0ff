// The LRS outbox: statement batches waiting to be sent, kept on disk so they
// survive restarts ($XDG_DATA_HOME/mntrainer/lrs/outbox/), and those the LRS
// refused (lrs/refused/, each with the LRS's reason), never resent on their
// own. A batch is written atomically before any send and removed only after
// the LRS accepted it.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct OutboxEntry {
    std::filesystem::path path;
    std::string name;           // "<source stem>.<content hash>.json"
    Json statements;            // the JSON array to POST
};

struct RefusedEntry {
    std::string name;
    std::size_t statementCount = 0;
    std::string reason; // what the LRS said
};

// Checks that `content` is a statement batch the outbox can resend safely:
// a JSON array (or one object) of statements, each an object with a string
// "id" that no other statement in the batch has. Without an id the LRS would
// store every resend as a new statement. `origin` names the file in errors.
[[nodiscard]] Result<Json> parseStatementBatch(std::string_view content, const std::string& origin);

class LrsOutbox {
public:
    // `root` holds outbox/ and refused/ (normally dataDir()/"lrs").
    explicit LrsOutbox(std::filesystem::path root);
    static std::filesystem::path defaultRoot();

    enum class Added { Queued, AlreadyRefused };
    struct AddResult {
        Added added = Added::Queued;
        std::string name;
    };
    // Stores the batch under a name made of the source's stem and a hash of the
    // statements, so adding the same file twice queues it once. A batch the
    // LRS refused before is not queued again (AlreadyRefused).
    [[nodiscard]] Result<AddResult> add(const Json& statements, const std::filesystem::path& source) const;

    // Waiting batches, oldest name first; a file that is no longer a valid
    // batch (edited by hand) is an error naming it, not skipped.
    [[nodiscard]] Result<std::vector<OutboxEntry>> pending() const;
    [[nodiscard]] Result<std::vector<RefusedEntry>> refused() const;

    // The LRS holds every statement of the entry: forget it.
    [[nodiscard]] Status markSent(const OutboxEntry& entry) const;
    // The LRS refused `refusedStatements` (all or some of the entry's; the
    // rest it holds): keep those in refused/ with the reason, drop the entry.
    [[nodiscard]] Status markRefused(const OutboxEntry& entry, const Json& refusedStatements, const std::string& reason) const;

    [[nodiscard]] const std::filesystem::path& outboxDir() const { return m_outbox; }
    [[nodiscard]] const std::filesystem::path& refusedDir() const { return m_refused; }

private:
    std::filesystem::path m_outbox;
    std::filesystem::path m_refused;
};

} // namespace core
