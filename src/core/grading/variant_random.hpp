// The one random stream of a seeded case variant (splitmix64) and the FNV-1a
// hash that mixes the case id into the seed: the same numbers on every
// platform and standard library, unlike <random>'s distributions.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace core {

class VariantRandom {
public:
    explicit VariantRandom(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [lo, hi] (hi - lo is small, so the modulo bias is negligible).
    int between(int lo, int hi) { return hi <= lo ? lo : lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool coin() { return (next() & 1U) != 0; }
    template <typename T> const T& pick(const std::vector<T>& list) { return list[static_cast<std::size_t>(between(0, static_cast<int>(list.size()) - 1))]; }

private:
    std::uint64_t m_state;
};

inline std::uint64_t variantHash(std::string_view text) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace core
