// Hashes and a random stream that give the same numbers on every platform, build
// and standard library (std::hash and <random>'s distributions do not): seeds,
// variant draws and outcome draws are built on these.
#pragma once

#include <cstdint>
#include <string_view>

namespace core {

inline constexpr std::uint64_t kFnv1a64Offset = 0xcbf29ce484222325ULL;
inline constexpr std::uint64_t kFnv1a64Prime = 0x100000001b3ULL;
inline constexpr std::uint32_t kFnv1a32Offset = 2166136261U;
inline constexpr std::uint32_t kFnv1a32Prime = 16777619U;

// FNV-1a, 64 bit, of one more byte.
[[nodiscard]] constexpr std::uint64_t fnv1a64Byte(std::uint64_t state, unsigned char byte) {
    return (state ^ byte) * kFnv1a64Prime;
}

// FNV-1a, 64 bit, of `text`, continuing from `state` (so parts can be hashed one after another).
[[nodiscard]] constexpr std::uint64_t fnv1a64(std::string_view text, std::uint64_t state = kFnv1a64Offset) {
    for (const char ch : text) state = fnv1a64Byte(state, static_cast<unsigned char>(ch));
    return state;
}

// FNV-1a, 32 bit, of `text`.
[[nodiscard]] constexpr std::uint32_t fnv1a32(std::string_view text, std::uint32_t state = kFnv1a32Offset) {
    for (const char ch : text) state = (state ^ static_cast<unsigned char>(ch)) * kFnv1a32Prime;
    return state;
}

// splitmix64's finaliser: spreads every input bit over the whole word.
[[nodiscard]] constexpr std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// splitmix64 (Steele, Lea and Flood 2014): a 64-bit stream from one seed.
class SplitMix64 {
public:
    explicit constexpr SplitMix64(std::uint64_t seed) : m_state(seed) {}
    constexpr std::uint64_t next() { return mix64(m_state += 0x9e3779b97f4a7c15ULL); }

private:
    std::uint64_t m_state;
};

} // namespace core
