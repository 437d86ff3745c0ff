// Blocks of attempts, the CUSUM's failure flags from them, the plotted
// buckets, and the blocks' packed columns.
#include "progress/progress_curve.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace core {

void CurveBlock::add(const DigestAttempt& a) {
    const CurvePoint& p = a.point;
    const auto slot = static_cast<unsigned>(attempts);
    if (attempts == 0) {
        firstAtUnix = p.atUnix;
        firstAttemptId = p.attemptId;
        totalMin = p.total;
        totalMax = p.total;
    }
    ++attempts;
    lastAtUnix = p.atUnix;
    lastAttemptId = p.attemptId;
    totalSum += p.total;
    totalMin = std::min(totalMin, p.total);
    totalMax = std::max(totalMax, p.total);
    if (p.passed) ++passed;
    if (p.critical) ++critical;
    // The report's verdict already applies the case's profile, the screening floor and critical errors.
    if (p.critical || !p.passed) failedMask |= std::uint64_t{1} << slot;
    if (a.startedUnix > 0.0 && p.atUnix >= a.startedUnix) secondsPractised += std::min(p.atUnix - a.startedUnix, kMaxSecondsPerAttempt);
    for (std::size_t s = 0; s < kSectionCount; ++s) {
        const auto section = static_cast<Section>(s);
        if (!p.sectionPercent.graded(section)) continue;
        sections[s].sum += p.sectionPercent.at(section);
        ++sections[s].graded;
    }
    totals.push_back(p.total);
}

std::vector<CurveBlock> curveBlocksOf(const std::vector<DigestAttempt>& attempts) {
    std::vector<CurveBlock> blocks;
    for (const DigestAttempt& a : attempts) {
        if (blocks.empty() || blocks.back().full()) {
            CurveBlock next;
            next.index = static_cast<std::int64_t>(blocks.size());
            blocks.push_back(std::move(next));
        }
        blocks.back().add(a);
    }
    return blocks;
}

std::vector<bool> curveFailures(const std::vector<CurveBlock>& blocks, double passMark) {
    std::vector<bool> failures;
    for (const CurveBlock& b : blocks) {
        for (std::size_t i = 0; i < b.totals.size(); ++i) {
            const bool failed = (b.failedMask >> i) & 1u;
            failures.push_back(failed || b.totals[i] < passMark);
        }
    }
    return failures;
}

double CurveBucket::sectionMean(Section s) const {
    const SectionTally& t = sections[static_cast<std::size_t>(s)];
    return t.graded > 0 ? t.sum / t.graded : 0.0;
}

std::vector<CurveBucket> curveBuckets(const std::vector<CurveBlock>& blocks, const std::vector<double>& cusumValues) {
    std::vector<CurveBucket> buckets;
    if (blocks.empty()) return buckets;
    const std::size_t perBucket = (blocks.size() + kMaxCurveBuckets - 1) / kMaxCurveBuckets;
    std::size_t index = 0;
    for (std::size_t from = 0; from < blocks.size(); from += perBucket) {
        CurveBucket bucket;
        bucket.first = index;
        double totalSum = 0.0;
        for (std::size_t b = from; b < std::min(blocks.size(), from + perBucket); ++b) {
            const CurveBlock& block = blocks[b];
            if (bucket.attempts == 0) {
                bucket.firstAtUnix = block.firstAtUnix;
                bucket.minTotal = block.totalMin;
                bucket.maxTotal = block.totalMax;
            }
            bucket.attempts += block.attempts;
            bucket.lastAtUnix = block.lastAtUnix;
            totalSum += block.totalSum;
            bucket.minTotal = std::min(bucket.minTotal, block.totalMin);
            bucket.maxTotal = std::max(bucket.maxTotal, block.totalMax);
            bucket.passed += block.passed;
            bucket.critical += block.critical;
            for (std::size_t s = 0; s < kSectionCount; ++s) {
                bucket.sections[s].sum += block.sections[s].sum;
                bucket.sections[s].graded += block.sections[s].graded;
            }
        }
        if (bucket.attempts > 0) bucket.meanTotal = totalSum / bucket.attempts;
        const std::size_t end = std::min(cusumValues.size(), index + static_cast<std::size_t>(bucket.attempts));
        if (index < end) {
            const auto [lo, hi] = std::minmax_element(cusumValues.begin() + static_cast<std::ptrdiff_t>(index),
                                                      cusumValues.begin() + static_cast<std::ptrdiff_t>(end));
            bucket.cusumMin = *lo;
            bucket.cusumMax = *hi;
            bucket.cusumLast = cusumValues[end - 1];
        }
        index += static_cast<std::size_t>(bucket.attempts);
        buckets.push_back(bucket);
    }
    return buckets;
}

int bucketOfAttempt(const std::vector<CurveBucket>& buckets, std::size_t index) {
    const auto after = std::upper_bound(buckets.begin(), buckets.end(), index, [](std::size_t i, const CurveBucket& b) { return i < b.first; });
    if (after == buckets.begin()) return -1;
    const auto& b = *(after - 1);
    if (index >= b.first + static_cast<std::size_t>(b.attempts)) return -1;
    return static_cast<int>(after - 1 - buckets.begin());
}

namespace progress_curve_detail {

void putDouble(std::string& out, double value) {
    const auto bits = std::bit_cast<std::uint64_t>(value);
    for (int byte = 0; byte < 8; ++byte) out.push_back(static_cast<char>((bits >> (8 * byte)) & 0xffu));
}

double getDouble(std::string_view bytes, std::size_t at) {
    std::uint64_t bits = 0;
    for (int byte = 0; byte < 8; ++byte) bits |= std::uint64_t{static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(byte)])} << (8 * byte);
    return std::bit_cast<double>(bits);
}

} // namespace progress_curve_detail

std::string packDoubles(const std::vector<double>& values) {
    std::string out;
    out.reserve(values.size() * 8);
    for (const double v : values) progress_curve_detail::putDouble(out, v);
    return out;
}

std::vector<double> unpackDoubles(std::string_view bytes) {
    std::vector<double> out;
    out.reserve(bytes.size() / 8);
    for (std::size_t at = 0; at + 8 <= bytes.size(); at += 8) out.push_back(progress_curve_detail::getDouble(bytes, at));
    return out;
}

std::string packSectionTallies(const std::array<SectionTally, kSectionCount>& tallies) {
    std::string out;
    for (const SectionTally& t : tallies) {
        progress_curve_detail::putDouble(out, t.sum);
        progress_curve_detail::putDouble(out, static_cast<double>(t.graded));
    }
    return out;
}

std::array<SectionTally, kSectionCount> unpackSectionTallies(std::string_view bytes) {
    std::array<SectionTally, kSectionCount> out{};
    for (std::size_t s = 0; s < kSectionCount && (s + 1) * 16 <= bytes.size(); ++s) {
        out[s].sum = progress_curve_detail::getDouble(bytes, s * 16);
        out[s].graded = static_cast<int>(progress_curve_detail::getDouble(bytes, s * 16 + 8));
    }
    return out;
}

} // namespace core
