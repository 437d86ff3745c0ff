// LRS answer classification and the retry schedule.
#include "lrs/lrs_response.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace core {

LrsOutcome classifyLrsResponse(std::optional<long> httpStatus) {
    if (!httpStatus) return LrsOutcome::RetryLater;
    const long s = *httpStatus;
    if (s == 200 || s == 204) return LrsOutcome::Accepted;
    // xAPI 1.0.3 Communication 2.1.3: an id the LRS already holds with other
    // content gets 409. The id is taken, so sending again can never store it:
    // the statement counts as delivered (its twin is the record).
    if (s == 409) return LrsOutcome::AlreadyHeld;
    if (s == 401 || s == 403) return LrsOutcome::AuthFailed;
    // 408 Request Timeout and 429 Too Many Requests say "later", not "never".
    if (s == 408 || s == 429) return LrsOutcome::RetryLater;
    if (s >= 400 && s < 500) return LrsOutcome::Refused;
    return LrsOutcome::RetryLater; // 5xx, and 1xx/3xx that a statement POST should never get
}

std::string lrsErrorMessage(long httpStatus, std::string_view body) {
    constexpr std::size_t kMaxChars = 300;
    std::string message;
    const auto json = nlohmann::json::parse(body, nullptr, false);
    if (json.is_object()) {
        if (auto m = json.find("message"); m != json.end() && m->is_string()) message = m->get<std::string>();
        // Learning Locker adds the failing field paths under "warnings".
        if (auto w = json.find("warnings"); w != json.end() && w->is_array() && !w->empty()) {
            message += (message.empty() ? "" : ": ") + w->front().dump();
        }
    }
    if (message.empty()) message = std::string(body.substr(0, kMaxChars + 1)); // one past the limit, so the cut below shows
    std::replace(message.begin(), message.end(), '\n', ' ');
    std::replace(message.begin(), message.end(), '\r', ' ');
    if (message.size() > kMaxChars) message = message.substr(0, kMaxChars) + "...";
    const std::string status = "HTTP " + std::to_string(httpStatus);
    return message.empty() ? status : status + ": " + message;
}

std::chrono::milliseconds backoffDelay(const BackoffPolicy& policy, int attempt) {
    if (attempt <= 1) return std::chrono::milliseconds{0};
    std::chrono::milliseconds delay = policy.first;
    for (int i = 2; i < attempt && delay < policy.cap; ++i) delay *= 2;
    return std::min(delay, policy.cap);
}

} // namespace core
