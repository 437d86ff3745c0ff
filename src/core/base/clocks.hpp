// The clocks: wall time for exams and records, monotonic and thread CPU time
// for measurements. One definition each, so every caller reads the same clock.
#pragma once

namespace core {

// Seconds since the Unix epoch (wall clock: exam limits are on wall time).
[[nodiscard]] double nowUnix();
// Nanoseconds on the monotonic clock (start-up and frame timings).
[[nodiscard]] long long monotonicNs();
// Milliseconds of CPU time used by the calling thread.
[[nodiscard]] double threadCpuMs();

} // namespace core
