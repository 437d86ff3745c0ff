// The curve's compact form: a block's sums and packed columns, the CUSUM's
// failure flags from them, and the bounded buckets the screen draws, each
// against values worked out by hand.
#include "progress/progress_curve.hpp"

#include <catch2/catch.hpp>

namespace progress_curve_fixture {

core::DigestAttempt attemptAt(std::int64_t id, double at, double started, double total, bool passed, bool critical) {
    core::DigestAttempt a;
    a.point.attemptId = id;
    a.point.atUnix = at;
    a.point.total = total;
    a.point.passed = passed;
    a.point.critical = critical;
    a.startedUnix = started;
    return a;
}

// Three attempts: 80 passed (10 minutes, screening 100, technique 50); 40 with a
// critical error (start unknown; screening 50, visits 75); 60 not passed, left
// open 20,000 s (5.6 h, counted as the 3 h cap), nothing graded by section.
std::vector<core::DigestAttempt> threeAttempts() {
    std::vector<core::DigestAttempt> out;
    out.push_back(attemptAt(1, 1000.0, 400.0, 80.0, true, false));
    out.back().point.sectionPercent.set(core::Section::Screening, 100.0);
    out.back().point.sectionPercent.set(core::Section::Technique, 50.0);
    out.push_back(attemptAt(2, 2000.0, 0.0, 40.0, false, true));
    out.back().point.sectionPercent.set(core::Section::Screening, 50.0);
    out.back().point.sectionPercent.set(core::Section::Visits, 75.0);
    out.push_back(attemptAt(3, 23000.0, 3000.0, 60.0, false, false));
    return out;
}

// `count` attempts one minute apart, totals 0, 1, 2, ... 99, 0, 1 ...
std::vector<core::DigestAttempt> manyAttempts(std::size_t count) {
    std::vector<core::DigestAttempt> out;
    for (std::size_t i = 0; i < count; ++i) {
        out.push_back(attemptAt(static_cast<std::int64_t>(i + 1), 60.0 * static_cast<double>(i + 1), 0.0, static_cast<double>(i % 100), false, false));
    }
    return out;
}

} // namespace progress_curve_fixture

using namespace progress_curve_fixture;

TEST_CASE("a block sums its attempts in order: totals, passes, critical flags, time and section scores") {
    const auto blocks = core::curveBlocksOf(threeAttempts());
    REQUIRE(blocks.size() == 1);
    const core::CurveBlock& b = blocks[0];
    CHECK(b.attempts == 3);
    CHECK(b.firstAttemptId == 1);
    CHECK(b.lastAttemptId == 3);
    CHECK(b.totalSum == 180.0); // 80 + 40 + 60
    CHECK(b.totalMin == 40.0);
    CHECK(b.totalMax == 80.0);
    CHECK(b.passed == 1);
    CHECK(b.critical == 1);
    CHECK(b.failedMask == 6u); // failed by their reports: the second (critical, bit 1) and the third (not passed, bit 2): 2 + 4
    // 1000 - 400 = 600 s; no start: 0; 23000 - 3000 = 20000 s, capped at 3 h = 10800 s. 600 + 10800 = 11400.
    CHECK(b.secondsPractised == 11400.0);
    CHECK(b.totals == std::vector<double>{80.0, 40.0, 60.0});
    const auto at = [&](core::Section s) { return b.sections[static_cast<std::size_t>(s)]; };
    CHECK(at(core::Section::Screening) == core::SectionTally{150.0, 2}); // 100 + 50 over two attempts
    CHECK(at(core::Section::Technique) == core::SectionTally{50.0, 1});
    CHECK(at(core::Section::Visits) == core::SectionTally{75.0, 1});
    CHECK(at(core::Section::Plan) == core::SectionTally{0.0, 0});
}

TEST_CASE("the CUSUM fails what each report failed and what falls below the pass mark asked for") {
    const auto blocks = core::curveBlocksOf(threeAttempts());
    // Pass mark 70: 80 succeeds; 40 is critical (and below); 60 is below.
    CHECK(core::curveFailures(blocks, 70.0) == std::vector<bool>{false, true, true});
    // Pass mark 50: 60 is above it, but its report failed it (passed = false), and the
    // report's verdict counts; the critical error (40) still fails.
    CHECK(core::curveFailures(blocks, 50.0) == std::vector<bool>{false, true, true});
    // Pass mark 30: every total is at or above it, yet both failed reports still fail.
    CHECK(core::curveFailures(blocks, 30.0) == std::vector<bool>{false, true, true});
    // Pass mark 90, stricter than the report's: the passed 80 is now a failure too.
    CHECK(core::curveFailures(blocks, 90.0) == std::vector<bool>{true, true, true});
}

TEST_CASE("a bucket shows its attempts' mean range section means and CUSUM exactly") {
    const auto buckets = core::curveBuckets(core::curveBlocksOf(threeAttempts()), {0.5, 0.0, 0.25});
    REQUIRE(buckets.size() == 1);
    const core::CurveBucket& b = buckets[0];
    CHECK(b.first == 0);
    CHECK(b.attempts == 3);
    CHECK(b.meanTotal == 60.0); // 180 / 3
    CHECK(b.minTotal == 40.0);
    CHECK(b.maxTotal == 80.0);
    CHECK(b.sectionMean(core::Section::Screening) == 75.0); // (100 + 50) / 2
    CHECK(b.sectionMean(core::Section::Visits) == 75.0);
    CHECK(b.graded(core::Section::Technique));
    CHECK_FALSE(b.graded(core::Section::Aftercare));
    CHECK(b.cusumMin == 0.0);
    CHECK(b.cusumMax == 0.5);
    CHECK(b.cusumLast == 0.25);
    CHECK(b.firstAtUnix == 1000.0);
    CHECK(b.lastAtUnix == 23000.0);
}

TEST_CASE("past 200 blocks the buckets take whole blocks two or more at a time and stay at most 200") {
    // 200 full blocks of 64 and one of 5: 12,805 attempts in 201 blocks. ceil(201 / 200) = 2 blocks a bucket,
    // so ceil(201 / 2) = 101 buckets: bucket 99 holds attempts 12,672 (99 x 128) .. 12,799, bucket 100 the last 5.
    const auto blocks = core::curveBlocksOf(manyAttempts(200 * 64 + 5));
    REQUIRE(blocks.size() == 201);
    CHECK(blocks.back().attempts == 5);
    const auto buckets = core::curveBuckets(blocks, std::vector<double>(200 * 64 + 5, 1.0));
    REQUIRE(buckets.size() == 101);
    CHECK(buckets[99].first == 12672);
    CHECK(buckets[99].attempts == 128);
    CHECK(buckets[100].first == 12800);
    CHECK(buckets[100].attempts == 5);
    // Totals run 0..99 then again: bucket 0 is attempts 0..127, totals 0..99 then 0..27.
    // Sum (0 + .. + 99) + (0 + .. + 27) = 4950 + 378 = 5328; / 128 = 41.625.
    CHECK(buckets[0].meanTotal == 41.625);
    CHECK(core::bucketOfAttempt(buckets, 0) == 0);
    CHECK(core::bucketOfAttempt(buckets, 127) == 0);
    CHECK(core::bucketOfAttempt(buckets, 128) == 1);
    CHECK(core::bucketOfAttempt(buckets, 12804) == 100);
    CHECK(core::bucketOfAttempt(buckets, 12805) == -1);
    // Up to 200 blocks, one block a bucket: 64 attempts each.
    CHECK(core::curveBuckets(core::curveBlocksOf(manyAttempts(200)), {}).size() == 4); // ceil(200 / 64)
}

TEST_CASE("the packed columns are little-endian doubles and a shorter section blob leaves the later sections empty") {
    // 1.0 is 0x3FF0000000000000: lowest byte first.
    CHECK(core::packDoubles({1.0}) == std::string("\x00\x00\x00\x00\x00\x00\xf0\x3f", 8));
    CHECK(core::unpackDoubles(core::packDoubles({80.0, -0.5, 1e-300})) == std::vector<double>{80.0, -0.5, 1e-300});
    // One section's pair only (an older build with fewer sections): 2.5 = 0x4004000000000000, 3.0 = 0x4008000000000000.
    const std::string one("\x00\x00\x00\x00\x00\x00\x04\x40"
                          "\x00\x00\x00\x00\x00\x00\x08\x40",
                          16);
    const auto tallies = core::unpackSectionTallies(one);
    CHECK(tallies[0] == core::SectionTally{2.5, 3});
    CHECK(tallies[1] == core::SectionTally{0.0, 0});
    std::array<core::SectionTally, core::kSectionCount> all{};
    all[static_cast<std::size_t>(core::Section::Visits)] = {75.0, 1};
    CHECK(core::unpackSectionTallies(core::packSectionTallies(all)) == all);
    CHECK(core::packSectionTallies(all).size() == 16 * core::kSections.size());
}
