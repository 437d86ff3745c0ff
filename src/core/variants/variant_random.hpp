// The one random stream of a seeded case variant (splitmix64) and the FNV-1a
// hash that mixes the case id into the seed: the same numbers on every
// platform and standard library, unlike <random>'s distributions.
#pragma once

#include "base/stable_hash.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace core {

class VariantRandom {
public:
    explicit VariantRandom(std::uint64_t seed) : m_stream(seed) {}
    std::uint64_t next() {
        return m_stream.next();
    }
    // Uniform in [lo, hi] (hi - lo is small, so the modulo bias is negligible).
    int between(int lo, int hi) { return hi <= lo ? lo : lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool coin() { return (next() & 1U) != 0; }
    template <typename T> const T& pick(const std::vector<T>& list) { return list[static_cast<std::size_t>(between(0, static_cast<int>(list.size()) - 1))]; }

private:
    SplitMix64 m_stream;
};

inline std::uint64_t variantHash(std::string_view text) { return fnv1a64(text); }

} // namespace core
