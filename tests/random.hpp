// The tests' pseudo-random inputs: splitmix64, specified bit for bit, so a property test sees the
// same inputs natively and in wasm (the standard library's distributions differ between them).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace ssi::test {

struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    // Log-uniform in [lo, hi], lo > 0: covers the low values where log-normal curves bend most.
    double log_uniform(double lo, double hi) { return lo * std::exp(uniform() * std::log(hi / lo)); }
};

}  // namespace ssi::test
