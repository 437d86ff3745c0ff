// The clocks: wall time for exams and records, monotonic and thread CPU time
// for measurements. One definition each, so every caller reads the same clock.
#pragma once

#include <optional>
#include <string>

namespace core {

// Seconds since the Unix epoch (wall clock: exam limits are on wall time).
[[nodiscard]] double nowUnix();
// Nanoseconds on the monotonic clock (start-up and frame timings).
[[nodiscard]] long long monotonicNs();
// Milliseconds of CPU time used by the calling thread.
[[nodiscard]] double threadCpuMs();
// Milliseconds of CPU time used by the whole process, all threads (software
// GL rasterises on threads of its own).
[[nodiscard]] double processCpuMs();

// Unix seconds as an ISO 8601 UTC time, whole seconds (rounded down): "2026-11-20T10:00:07Z".
[[nodiscard]] std::string isoUtc(double unixSeconds);
// The reverse, for exactly that shape ("YYYY-MM-DDTHH:MM:SSZ"); nullopt for anything else.
[[nodiscard]] std::optional<double> unixFromIsoUtc(const std::string& iso);
// A compact UTC stamp for file names, whole seconds (rounded down): "20261120T100007Z".
[[nodiscard]] std::string utcStamp(double unixSeconds);

} // namespace core
