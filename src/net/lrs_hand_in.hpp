// The push an exam hand-in starts when an LRS is configured (lrs.json in the
// config folder): the hand-in's xAPI file is queued in the outbox, then the
// outbox is pushed with a short retry budget. It never fails the hand-in:
// whatever is not delivered stays in the outbox for `mntrainer lrs push`.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace net {

struct HandInPush {
    bool configured = false; // false: no lrs.json, nothing queued or sent
    bool delivered = false;  // every statement of the outbox is now in the LRS
    std::string message;     // one paragraph for the CLI's stderr or the exam view
};

// Queues each "*.xapi.json" of `exportedFiles`, then pushes. Blocks for at
// most a few network timeouts; the window calls it on a worker thread.
[[nodiscard]] HandInPush pushAfterHandIn(const std::vector<std::filesystem::path>& exportedFiles);

} // namespace net
