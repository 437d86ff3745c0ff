// The lrs subcommands: gather and check statement files, queue them, push the
// outbox, report what happened.
#include "lrs_command.hpp"

#include "net/lrs_transport.hpp"

#include "base/bounded_read.hpp"
#include "lrs/lrs_config.hpp"
#include "lrs/lrs_outbox.hpp"
#include "lrs/lrs_push.hpp"
#include "platform/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <thread>

#include <unistd.h>

namespace cli {
namespace lrs_command_detail {

namespace fs = std::filesystem;

[[nodiscard]] core::Result<std::string> readAllFromFd(int fd) {
    constexpr std::size_t kMaxBytes = 64u * 1024u;
    std::string text;
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got == 0) break;
        if (got < 0) {
            if (errno == EINTR) continue;
            return std::unexpected(core::Error("cannot read the LRS credentials from file descriptor " + std::to_string(fd) + ": " +
                                               std::strerror(errno)));
        }
        text.append(buffer, static_cast<std::size_t>(got));
        if (text.size() > kMaxBytes) return std::unexpected(core::Error("file descriptor " + std::to_string(fd) + " gives more than 64 KiB; expected a small JSON object"));
    }
    return text;
}

// Credentials from --credentials-fd, else lrs.json; --endpoint wins over both.
[[nodiscard]] core::Result<core::LrsConfig> credentials(const LrsOptions& o) {
    core::LrsConfig config;
    if (o.credentialsFd >= 0) {
        auto text = readAllFromFd(o.credentialsFd);
        if (!text) return std::unexpected(text.error());
        auto parsed = core::parseLrsConfig(*text, "--credentials-fd " + std::to_string(o.credentialsFd));
        if (!parsed) return std::unexpected(parsed.error());
        config = *parsed;
    } else {
        auto loaded = core::loadLrsConfigFile(core::defaultLrsConfigPath());
        if (!loaded) return std::unexpected(loaded.error());
        if (!loaded->has_value()) {
            return std::unexpected(core::Error("no LRS is configured: write " + core::defaultLrsConfigPath().string() +
                                               " (mode 600) as {\"endpoint\": \"https://lrs.example.org/xAPI\", \"username\": \"KEY\", "
                                               "\"password\": \"SECRET\"}, or pass the same JSON with --credentials-fd N"));
        }
        config = **loaded;
    }
    if (!o.endpoint.empty()) {
        auto e = core::normaliseLrsEndpoint(o.endpoint);
        if (!e) return std::unexpected(e.error());
        config.endpoint = *e;
    }
    if (config.endpoint.empty()) return std::unexpected(core::Error("no LRS endpoint: pass --endpoint URL or put \"endpoint\" in the LRS config"));
    return config;
}

// Each FILE as given; each DIR's *.xapi.json files (not its CSVs and records).
[[nodiscard]] core::Result<std::vector<fs::path>> statementFiles(const std::vector<std::string>& paths) {
    std::vector<fs::path> files;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> found;
            for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
                if (it->path().filename().string().ends_with(".xapi.json")) found.push_back(it->path());
            }
            if (ec) return std::unexpected(core::Error("cannot list " + p + ": " + ec.message()));
            if (found.empty()) return std::unexpected(core::Error(p + " holds no *.xapi.json file (the statements an exam hand-in writes)"));
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(p, ec)) {
            files.emplace_back(p);
        } else {
            return std::unexpected(core::Error(p + ": no such file or folder"));
        }
    }
    return files;
}

int push(const LrsOptions& o) {
    auto config = credentials(o);
    if (!config) {
        std::cerr << "mntrainer lrs: " << config.error().summary() << "\n";
        return 1;
    }
    auto files = statementFiles(o.paths);
    if (!files) {
        std::cerr << "mntrainer lrs: " << files.error().summary() << "\n";
        return 1;
    }
    // Every file is checked before any is queued: a bad one stops the run with nothing changed.
    std::vector<std::pair<fs::path, core::Json>> batches;
    for (const auto& f : *files) {
        auto text = core::readRegularFile(f, core::kMaxWholeFileBytes);
        if (!text) {
            std::cerr << "mntrainer lrs: " << f.string() << " " << text.error().summary() << "; nothing was queued or sent\n";
            return 1;
        }
        auto batch = core::parseStatementBatch(*text, f.string());
        if (!batch) {
            std::cerr << "mntrainer lrs: " << batch.error().summary() << "; nothing was queued or sent\n";
            return 1;
        }
        batches.emplace_back(f, std::move(*batch));
    }
    const core::LrsOutbox outbox(core::LrsOutbox::defaultRoot());
    std::size_t skippedRefused = 0;
    for (const auto& [file, batch] : batches) {
        auto added = outbox.add(batch, file);
        if (!added) {
            std::cerr << "mntrainer lrs: " << added.error().summary() << "\n";
            return 1;
        }
        if (added->added == core::LrsOutbox::Added::AlreadyRefused) {
            skippedRefused += batch.size();
            std::cerr << "mntrainer lrs: " << file.string() << ": the LRS refused these statements before (see "
                      << (outbox.refusedDir() / added->name).string() << ".reason.txt); not sent again. Fix the file and delete "
                      << (outbox.refusedDir() / added->name).string() << " to send it\n";
        }
    }
    const core::BackoffPolicy policy{o.maxAttempts, std::chrono::milliseconds{o.backoffMs}, std::chrono::milliseconds{o.backoffMs} * 8};
    const auto summary = core::pushOutbox(outbox, net::makeLrsSender(*config), policy,
                                          [](std::chrono::milliseconds d) { std::this_thread::sleep_for(d); });
    for (const auto& p : summary.problems) std::cerr << "mntrainer lrs: " << p << "\n";
    std::cout << "lrs push to " << config->endpoint << ": " << core::describe(summary)
              << (skippedRefused > 0 ? ", " + std::to_string(skippedRefused) + " refused earlier and not resent" : std::string()) << "\n";
    return summary.allDelivered() && skippedRefused == 0 ? 0 : 1;
}

int status() {
    const core::LrsOutbox outbox(core::LrsOutbox::defaultRoot());
    auto pending = outbox.pending();
    auto refused = outbox.refused();
    if (!pending || !refused) {
        std::cerr << "mntrainer lrs: " << (!pending ? pending.error() : refused.error()).summary() << "\n";
        return 1;
    }
    core::Json j{{"outbox", outbox.outboxDir().string()}, {"refused_dir", outbox.refusedDir().string()},
                 {"pending", core::Json::array()}, {"refused", core::Json::array()}};
    for (const auto& e : *pending) j["pending"].push_back({{"file", e.name}, {"statements", e.statements.size()}});
    for (const auto& e : *refused) j["refused"].push_back({{"file", e.name}, {"statements", e.statementCount}, {"reason", e.reason}});
    std::cout << j.dump(2) << "\n";
    return 0;
}

} // namespace lrs_command_detail

void addLrsCommands(CLI::App& app, LrsOptions& o) {
    CLI::App* lrs = app.add_subcommand("lrs", "Send exam results to a learning record store (xAPI 1.0.3)");
    lrs->require_subcommand(1);
    CLI::App* pushCmd = lrs->add_subcommand("push", "Queue statement files (FILES, or the *.xapi.json in DIR) and send the outbox; "
                                                    "with no files, send what waits in the outbox");
    pushCmd->add_option("paths", o.paths, "xAPI statement files or folders of them");
    pushCmd->add_option("--endpoint", o.endpoint, "The LRS's xAPI base URL (overrides the config's endpoint)");
    pushCmd->add_option("--credentials-fd", o.credentialsFd, "Read {\"username\", \"password\"[, \"endpoint\"]} as JSON from this open file descriptor")
        ->check(CLI::NonNegativeNumber);
    pushCmd->add_option("--max-attempts", o.maxAttempts, "Tries per batch in this run while the LRS is unreachable or busy")
        ->check(CLI::Range(1, 20));
    pushCmd->add_option("--backoff-ms", o.backoffMs, "Wait after the first failed try; doubled each try, at most 8 times this")
        ->check(CLI::Range(0, 600000));
    pushCmd->callback([&o] { o.action = "push"; });
    CLI::App* statusCmd = lrs->add_subcommand("status", "List, as JSON, the statements waiting in the outbox and those the LRS refused");
    statusCmd->callback([&o] { o.action = "status"; });
}

int runLrsCommand(const LrsOptions& o) {
    if (o.action == "push") return lrs_command_detail::push(o);
    if (o.action == "status") return lrs_command_detail::status();
    return -1;
}

} // namespace cli
