// The learning curve in compact form: attempts summed in blocks of 64 (the
// store keeps them with every record, schema v5), the CUSUM's inputs packed in
// each block, and the bounded buckets the progress screen draws 100,000 attempts in.
#pragma once

#include "learning/cusum.hpp"
#include "grading/report.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace core {

inline constexpr std::size_t kSectionCount = kSections.size();

// One attempt's score per section, 0..100, in fixed slots indexed by Section
// (a curve of 100,000 attempts is one flat array, nothing to look up by name).
// A section is graded when the attempt had points available in it.
struct SectionPercents {
    std::array<double, kSectionCount> value{}; // 0 where not graded
    unsigned gradedMask = 0;                   // bit (1 << Section) set where graded

    [[nodiscard]] bool graded(Section s) const { return (gradedMask >> static_cast<unsigned>(s)) & 1u; }
    [[nodiscard]] double at(Section s) const { return value[static_cast<std::size_t>(s)]; }
    void set(Section s, double percent) {
        value[static_cast<std::size_t>(s)] = percent;
        gradedMask |= 1u << static_cast<unsigned>(s);
    }
    [[nodiscard]] bool operator==(const SectionPercents&) const = default;
};

// The sections in the order the curve, its legend and the CSV columns list them: by name.
[[nodiscard]] const std::array<Section, kSectionCount>& sectionsByName();

// "plan" -> Section::Plan; a name that is no section (none is recorded today) -> nullopt.
[[nodiscard]] std::optional<Section> sectionNamed(std::string_view name);

// One attempt on the learning curve.
struct CurvePoint {
    std::int64_t attemptId = 0;
    std::string caseId;
    double atUnix = 0.0;
    double total = 0.0;             // 0..100
    SectionPercents sectionPercent; // per section 0..100, graded sections only
    bool passed = false;
    bool critical = false;
};

// One attempt as the learning curve and the CUSUM see it: its point, and when
// it started (for the time practised).
struct DigestAttempt {
    CurvePoint point;
    double startedUnix = 0.0;
};

// Attempts per stored block: a block's critical flags fit one 64-bit column.
inline constexpr std::size_t kCurveBlockSize = 64;
// The most buckets the screen draws the whole curve in (a plot is a few hundred pixels wide).
inline constexpr std::size_t kMaxCurveBuckets = 200;
// Up to this many attempts the summary holds every point exactly; past it, the latest this many.
inline constexpr std::size_t kExactCurvePoints = 1000;

// A section's scores over some attempts: their sum and how many attempts graded it.
struct SectionTally {
    double sum = 0.0;
    int graded = 0;
    [[nodiscard]] bool operator==(const SectionTally&) const = default;
};

// Consecutive attempts in curve order (finish time, id), summed; block k holds
// attempts k * 64 .. k * 64 + 63. Every block but the last is full.
struct CurveBlock {
    std::int64_t index = 0;
    int attempts = 0;
    double firstAtUnix = 0.0;
    std::int64_t firstAttemptId = 0;
    double lastAtUnix = 0.0;
    std::int64_t lastAttemptId = 0;
    double totalSum = 0.0;
    double totalMin = 0.0;
    double totalMax = 0.0;
    int passed = 0;
    int critical = 0;
    std::uint64_t failedMask = 0;   // bit i: attempt i of the block failed by its report (not passed, or critical)
    double secondsPractised = 0.0;  // each attempt's time, capped (see kMaxSecondsPerAttempt)
    std::array<SectionTally, kSectionCount> sections{};
    std::vector<double> totals;     // each attempt's total, in order: with failedMask, the CUSUM's input

    [[nodiscard]] bool full() const { return static_cast<std::size_t>(attempts) >= kCurveBlockSize; }
    // Appends the next attempt in curve order (the block must not be full).
    void add(const DigestAttempt& a);
};

// An attempt left open (a break, a night) would count as practice: each one counts for at most this.
inline constexpr double kMaxSecondsPerAttempt = 3.0 * 3600.0;

// The blocks of attempts already in curve order.
[[nodiscard]] std::vector<CurveBlock> curveBlocksOf(const std::vector<DigestAttempt>& attempts);

// One CUSUM failure flag per attempt: failed by its report (not passed, or a
// critical error), or a total below `passMark`.
[[nodiscard]] std::vector<bool> curveFailures(const std::vector<CurveBlock>& blocks, double passMark);

// What a plotted bucket shows of its attempts, exactly (the tooltip's values).
struct CurveBucket {
    std::size_t first = 0; // index of its first attempt (0-based)
    int attempts = 0;
    double firstAtUnix = 0.0;
    double lastAtUnix = 0.0;
    double meanTotal = 0.0;
    double minTotal = 0.0;
    double maxTotal = 0.0;
    int passed = 0;
    int critical = 0;
    std::array<SectionTally, kSectionCount> sections{};
    double cusumMin = 0.0; // the CUSUM over the bucket's attempts
    double cusumMax = 0.0;
    double cusumLast = 0.0;

    [[nodiscard]] bool graded(Section s) const { return sections[static_cast<std::size_t>(s)].graded > 0; }
    // The mean score of the attempts that graded the section.
    [[nodiscard]] double sectionMean(Section s) const;
};

// At most kMaxCurveBuckets buckets of whole blocks (each the same number of
// blocks, the last maybe fewer), with the CUSUM `values` (one per attempt) over each.
[[nodiscard]] std::vector<CurveBucket> curveBuckets(const std::vector<CurveBlock>& blocks, const std::vector<double>& cusumValues);

// The bucket holding attempt `index` (buckets as curveBuckets made them), or -1.
[[nodiscard]] int bucketOfAttempt(const std::vector<CurveBucket>& buckets, std::size_t index);

// A block's packed columns: little-endian IEEE doubles, whatever the machine.
[[nodiscard]] std::string packDoubles(const std::vector<double>& values);
[[nodiscard]] std::vector<double> unpackDoubles(std::string_view bytes);
// Section tallies as (sum, graded) pairs in Section order; a shorter blob (an older build's) leaves the rest empty.
[[nodiscard]] std::string packSectionTallies(const std::array<SectionTally, kSectionCount>& tallies);
[[nodiscard]] std::array<SectionTally, kSectionCount> unpackSectionTallies(std::string_view bytes);

} // namespace core
