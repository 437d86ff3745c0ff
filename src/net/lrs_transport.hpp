// The HTTP side of an LRS push: POST <endpoint>/statements with xAPI 1.0.3
// headers and basic auth, through libcurl. Knows nothing of outboxes.
#pragma once

#include "lrs/lrs_config.hpp"
#include "lrs/lrs_push.hpp"

#include <chrono>

namespace net {

struct LrsTimeouts {
    std::chrono::milliseconds connect{5000};
    std::chrono::milliseconds total{30000};
};

// A sender for core::pushOutbox. libcurl is set up once per process (the
// first call); each send is one request on its own handle.
[[nodiscard]] core::LrsSend makeLrsSender(const core::LrsConfig& config, LrsTimeouts timeouts = {});

} // namespace net
