// What an LRS's answer to POST /statements means for the outbox (sent, held
// already, refused for good, or try again later), and how long to wait
// between tries. Pure: no network, no clock.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace core {

enum class LrsOutcome {
    Accepted,    // 200/204: stored now
    AlreadyHeld, // 409 Conflict: the LRS holds these statement ids already
    Refused,     // any other 4xx: the statements themselves are wrong; resending cannot help
    AuthFailed,  // 401/403: the credentials are wrong, not the statements; keep them
    RetryLater,  // no answer, 408, 429, 5xx, or an answer no LRS should give
};

// httpStatus is nullopt when no HTTP answer arrived (refused connection,
// timeout, DNS): the statements stay in the outbox.
[[nodiscard]] LrsOutcome classifyLrsResponse(std::optional<long> httpStatus);

// A short, one-line reason from an LRS error body: the "message" of a JSON
// error (Learning Locker, ADL's LRS), else the body's start, else the status.
[[nodiscard]] std::string lrsErrorMessage(long httpStatus, std::string_view body);

struct BackoffPolicy {
    int maxAttempts = 4;                          // tries per batch in one run
    std::chrono::milliseconds first{1000};        // wait after the first failure
    std::chrono::milliseconds cap{8000};          // longest single wait
};

// The wait before try number `attempt` (2, 3, ...): first, 2*first, 4*first,
// ..., never above cap. Try 1 has no wait.
[[nodiscard]] std::chrono::milliseconds backoffDelay(const BackoffPolicy& policy, int attempt);

} // namespace core
