// Hand-in push: queue, then a quick push with a small retry budget.
#include "net/lrs_hand_in.hpp"

#include "net/lrs_transport.hpp"

#include "base/bounded_read.hpp"
#include "lrs/lrs_config.hpp"
#include "lrs/lrs_outbox.hpp"
#include "lrs/lrs_push.hpp"
#include "platform/atomic_file.hpp"

#include <chrono>

#include <thread>

namespace net {

HandInPush pushAfterHandIn(const std::vector<std::filesystem::path>& exportedFiles) {
    HandInPush out;
    const auto configPath = core::defaultLrsConfigPath();
    auto config = core::loadLrsConfigFile(configPath);
    if (config && !config->has_value()) return out; // no LRS configured
    out.configured = true;
    if (!config) {
        out.message = "LRS: the statements were not sent: " + config.error().summary() + ". After fixing it, run: mntrainer lrs push " +
                      (exportedFiles.empty() ? std::string("FILES") : exportedFiles.front().parent_path().string());
        return out;
    }
    core::LrsOutbox outbox(core::LrsOutbox::defaultRoot());
    std::vector<std::string> problems;
    for (const auto& f : exportedFiles) {
        if (!f.filename().string().ends_with(".xapi.json")) continue;
        auto text = core::readRegularFile(f, core::kMaxWholeFileBytes);
        auto batch = text ? core::parseStatementBatch(*text, f.string()) : core::Result<core::Json>(std::unexpected(text.error()));
        auto added = batch ? outbox.add(*batch, f) : core::Result<core::LrsOutbox::AddResult>(std::unexpected(batch.error()));
        if (!added) problems.push_back(added.error().summary());
    }
    if (!problems.empty()) {
        out.message = "LRS: the statements could not be queued: " + problems.front();
        return out;
    }
    if ((*config)->endpoint.empty()) {
        out.message = "LRS: " + configPath.string() + " has no \"endpoint\"; the statements wait in the outbox " +
                      outbox.outboxDir().string() + " (add the endpoint, then run: mntrainer lrs push).";
        return out;
    }
    // Two tries half a second apart, short timeouts: a hand-in never waits
    // long on a slow or absent LRS; the outbox keeps what is not delivered.
    const core::BackoffPolicy quick{2, std::chrono::milliseconds{500}, std::chrono::milliseconds{500}};
    const auto summary = core::pushOutbox(outbox, makeLrsSender(**config, {std::chrono::milliseconds{3000}, std::chrono::milliseconds{15000}}), quick,
                                          [](std::chrono::milliseconds d) { std::this_thread::sleep_for(d); });
    out.delivered = summary.allDelivered();
    out.message = "LRS " + (*config)->endpoint + ": " + core::describe(summary) + ".";
    for (const auto& p : summary.problems) out.message += "\n  " + p;
    if (!out.delivered) out.message += "\nRun `mntrainer lrs status` to see what waits, `mntrainer lrs push` to retry.";
    return out;
}

} // namespace net
