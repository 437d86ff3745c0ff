// Draining the LRS outbox: each batch is POSTed, retried with backoff while
// the LRS is unreachable or busy, forgotten once the LRS holds it, and set
// aside when the LRS refuses it. A refused or conflicting batch is split into
// single statements so one bad statement neither blocks nor drags down the
// others (an LRS stores a batch whole or not at all). The transport and the
// clock are passed in, so this runs in unit tests without a network.
#pragma once

#include "lrs/lrs_outbox.hpp"
#include "lrs/lrs_response.hpp"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct LrsReply {
    std::optional<long> httpStatus; // nullopt: no answer (transportError says why)
    std::string body;
    std::string transportError;
};

// POSTs a JSON array of statements (as text) to <endpoint>/statements.
using LrsSend = std::function<LrsReply(const std::string& body)>;
using LrsSleep = std::function<void(std::chrono::milliseconds)>;

struct LrsPushSummary {
    std::size_t sent = 0;        // statements the LRS stored now
    std::size_t alreadyHeld = 0; // statements whose id the LRS held already (409)
    std::size_t refused = 0;     // statements moved to refused/
    std::size_t left = 0;        // statements still in the outbox
    bool authFailed = false;     // the LRS refused the credentials: nothing more was tried
    std::vector<std::string> problems; // one line each, for the user

    [[nodiscard]] bool allDelivered() const { return refused == 0 && left == 0 && problems.empty(); }
};

[[nodiscard]] LrsPushSummary pushOutbox(const LrsOutbox& outbox, const LrsSend& send, const BackoffPolicy& policy, const LrsSleep& sleep);

// "3 sent, 2 already held, 1 refused, 4 left in the outbox".
[[nodiscard]] std::string describe(const LrsPushSummary& summary);

} // namespace core
