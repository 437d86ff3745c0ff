// The LRS outbox on disk: queue, list, forget, set aside.
#include "lrs/lrs_outbox.hpp"

#include "base/ascii_text.hpp"
#include "base/bounded_read.hpp"
#include "platform/atomic_file.hpp"
#include "platform/signing.hpp"
#include "platform/user_dirs.hpp"

#include <algorithm>
#include <set>
#include <system_error>

namespace core {
namespace lrs_outbox_detail {

namespace fs = std::filesystem;

constexpr const char* kReasonSuffix = ".reason.txt";

std::string safeStem(const fs::path& source) {
    std::string stem = source.filename().string();
    if (stem.ends_with(".json")) stem.resize(stem.size() - 5);
    std::string out;
    for (unsigned char ch : stem) out += (isAsciiAlnum(static_cast<char>(ch)) || ch == '-' || ch == '_' || ch == '.') ? static_cast<char>(ch) : '_';
    if (out.size() > 80) out.resize(80);
    return out.empty() || out.front() == '.' ? "statements" + out : out;
}

// Batch files in `dir` (not the reasons or temp files), sorted by name.
[[nodiscard]] Result<std::vector<fs::path>> batchFiles(const fs::path& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    if (!fs::exists(dir, ec)) return files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.starts_with(".") || !name.ends_with(".json")) continue;
        files.push_back(it->path());
    }
    if (ec) return std::unexpected(Error("cannot list " + dir.string() + ": " + ec.message()));
    std::sort(files.begin(), files.end());
    return files;
}

[[nodiscard]] Result<Json> readBatch(const fs::path& path) {
    auto text = readRegularFile(path, kMaxWholeFileBytes);
    if (!text) return std::unexpected(Error(path.string() + " " + text.error().summary()));
    return parseStatementBatch(*text, path.string());
}

} // namespace lrs_outbox_detail

Result<Json> parseStatementBatch(std::string_view content, const std::string& origin) {
    Json json = Json::parse(content, nullptr, false);
    if (json.is_discarded()) return std::unexpected(Error(origin + ": not JSON, so not xAPI statements: push the .xapi.json file an exam hand-in writes"));
    if (json.is_object()) json = Json::array({json});
    if (!json.is_array() || json.empty()) {
        return std::unexpected(Error(origin + ": expected a JSON array of xAPI statements (or one statement object)"));
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const Json& st = json[i];
        const std::string where = origin + ": statement " + std::to_string(i + 1);
        if (!st.is_object()) return std::unexpected(Error(where + " is not a JSON object"));
        const auto id = st.find("id");
        if (id == st.end() || !id->is_string() || id->get<std::string>().empty()) {
            return std::unexpected(Error(where + " has no \"id\": without one the LRS would store each resend as a new statement. "
                                                  "Give every statement a UUID \"id\""));
        }
        if (!ids.insert(id->get<std::string>()).second) {
            return std::unexpected(Error(where + " repeats the id " + id->get<std::string>() +
                                         "; an LRS refuses a batch with a repeated id (xAPI 1.0.3): give each statement its own"));
        }
    }
    return json;
}

LrsOutbox::LrsOutbox(std::filesystem::path root) : m_outbox(root / "outbox"), m_refused(root / "refused") {}

std::filesystem::path LrsOutbox::defaultRoot() { return dataDir() / "lrs"; }

Result<LrsOutbox::AddResult> LrsOutbox::add(const Json& statements, const std::filesystem::path& source) const {
    const std::string body = statements.dump();
    const std::string name = lrs_outbox_detail::safeStem(source) + "." + sha256Hex(body).substr(0, 16) + ".json";
    std::error_code ec;
    if (std::filesystem::exists(m_refused / name, ec)) return AddResult{Added::AlreadyRefused, name};
    if (auto written = writeFileAtomically(m_outbox / name, body + "\n", 0600); !written) {
        return std::unexpected(Error("cannot queue " + source.string() + " in the LRS outbox " + m_outbox.string() + ": " +
                                     written.error().summary()));
    }
    return AddResult{Added::Queued, name};
}

Result<std::vector<OutboxEntry>> LrsOutbox::pending() const {
    auto files = lrs_outbox_detail::batchFiles(m_outbox);
    if (!files) return std::unexpected(files.error());
    std::vector<OutboxEntry> entries;
    for (const auto& f : *files) {
        auto batch = lrs_outbox_detail::readBatch(f);
        if (!batch) {
            return std::unexpected(Error("the LRS outbox holds a file that is not a statement batch (" + batch.error().summary() +
                                         "): move it out of " + m_outbox.string() + " to go on"));
        }
        entries.push_back({f, f.filename().string(), std::move(*batch)});
    }
    return entries;
}

Result<std::vector<RefusedEntry>> LrsOutbox::refused() const {
    auto files = lrs_outbox_detail::batchFiles(m_refused);
    if (!files) return std::unexpected(files.error());
    std::vector<RefusedEntry> entries;
    for (const auto& f : *files) {
        RefusedEntry e;
        e.name = f.filename().string();
        if (auto batch = lrs_outbox_detail::readBatch(f)) e.statementCount = batch->size();
        e.reason = readWholeFile(f.string() + lrs_outbox_detail::kReasonSuffix).value_or("(no reason recorded)");
        while (!e.reason.empty() && (e.reason.back() == '\n' || e.reason.back() == '\r')) e.reason.pop_back();
        entries.push_back(std::move(e));
    }
    return entries;
}

Status LrsOutbox::markSent(const OutboxEntry& entry) const {
    std::error_code ec;
    std::filesystem::remove(entry.path, ec); // already gone (another push sent it): fine
    if (ec) return std::unexpected(Error("the LRS holds " + entry.name + " but it cannot be removed from the outbox (" + ec.message() +
                                         "); the next push sends it again, which the LRS ignores"));
    return syncFolder(m_outbox);
}

Status LrsOutbox::markRefused(const OutboxEntry& entry, const Json& refusedStatements, const std::string& reason) const {
    const auto target = m_refused / entry.name;
    if (auto w = writeFileAtomically(target.string() + lrs_outbox_detail::kReasonSuffix, reason + "\n", 0600); !w) return w;
    if (auto w = writeFileAtomically(target, refusedStatements.dump(2) + "\n", 0600); !w) return w;
    return markSent(entry);
}

} // namespace core
