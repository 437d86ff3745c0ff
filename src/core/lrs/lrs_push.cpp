// The outbox drain: retries, splitting, bookkeeping.
#include "lrs/lrs_push.hpp"

namespace core {
namespace lrs_push_detail {

struct Delivery {
    LrsOutcome outcome = LrsOutcome::RetryLater;
    std::string message; // the LRS's words (or the transport's) for the last try
};

// One batch, tried up to policy.maxAttempts times while the answer is "later".
Delivery deliver(const Json& statements, const LrsSend& send, const BackoffPolicy& policy, const LrsSleep& sleep) {
    Delivery d;
    const std::string body = statements.dump();
    for (int attempt = 1; attempt <= std::max(1, policy.maxAttempts); ++attempt) {
        if (attempt > 1) sleep(backoffDelay(policy, attempt));
        const LrsReply reply = send(body);
        d.outcome = classifyLrsResponse(reply.httpStatus);
        d.message = reply.httpStatus ? lrsErrorMessage(*reply.httpStatus, reply.body) : "no answer: " + reply.transportError;
        if (d.outcome != LrsOutcome::RetryLater) break;
    }
    return d;
}

} // namespace lrs_push_detail

LrsPushSummary pushOutbox(const LrsOutbox& outbox, const LrsSend& send, const BackoffPolicy& policy, const LrsSleep& sleep) {
    using lrs_push_detail::deliver;
    LrsPushSummary summary;
    auto entries = outbox.pending();
    if (!entries) {
        summary.problems.push_back(entries.error().summary());
        return summary;
    }
    bool stop = false; // the LRS is down or refuses the credentials: leave the rest for next time
    for (const auto& entry : *entries) {
        const std::size_t count = entry.statements.size();
        if (stop) {
            summary.left += count;
            continue;
        }
        auto whole = deliver(entry.statements, send, policy, sleep);
        if (whole.outcome == LrsOutcome::Accepted) {
            summary.sent += count;
            if (auto removed = outbox.markSent(entry); !removed) summary.problems.push_back(removed.error().summary());
            continue;
        }
        if (whole.outcome == LrsOutcome::AuthFailed || whole.outcome == LrsOutcome::RetryLater) {
            summary.left += count;
            summary.authFailed = whole.outcome == LrsOutcome::AuthFailed;
            summary.problems.push_back(entry.name + ": " + whole.message +
                                       (summary.authFailed ? " (the LRS refused the credentials: check username and password)"
                                                           : " (kept in the outbox for the next push)"));
            stop = true;
            continue;
        }
        // Refused or conflicting: nothing of the batch was stored. One at a
        // time, each statement is stored, found held already, or refused.
        Json refusedStatements = Json::array();
        std::string reasons;
        std::size_t stored = 0, held = 0;
        bool unfinished = false;
        for (const auto& statement : entry.statements) {
            auto one = count == 1 ? whole : deliver(Json::array({statement}), send, policy, sleep);
            if (one.outcome == LrsOutcome::Accepted) ++stored;
            else if (one.outcome == LrsOutcome::AlreadyHeld) ++held;
            else if (one.outcome == LrsOutcome::Refused) {
                refusedStatements.push_back(statement);
                reasons += "statement " + statement.value("id", std::string("?")) + ": " + one.message + "\n";
            } else {
                unfinished = true; // the LRS went away mid-batch: resend the whole batch later (the stored ones are ignored then)
                summary.problems.push_back(entry.name + ": " + one.message + " (kept in the outbox for the next push)");
                stop = true;
                break;
            }
        }
        if (unfinished) {
            summary.left += count;
            continue;
        }
        summary.sent += stored;
        summary.alreadyHeld += held;
        if (refusedStatements.empty()) {
            if (auto removed = outbox.markSent(entry); !removed) summary.problems.push_back(removed.error().summary());
            continue;
        }
        summary.refused += refusedStatements.size();
        if (!reasons.empty()) reasons.pop_back();
        summary.problems.push_back(entry.name + ": the LRS refused " + std::to_string(refusedStatements.size()) + " of " + std::to_string(count) +
                                   " statement(s), moved to " + (outbox.refusedDir() / entry.name).string() + "; " + reasons);
        if (auto moved = outbox.markRefused(entry, refusedStatements, reasons); !moved) summary.problems.push_back(moved.error().summary());
    }
    return summary;
}

std::string describe(const LrsPushSummary& s) {
    return std::to_string(s.sent) + " sent, " + std::to_string(s.alreadyHeld) + " already held, " + std::to_string(s.refused) + " refused, " +
           std::to_string(s.left) + " left in the outbox";
}

} // namespace core
