// Prints the core's results for a fixed set of pseudo-random inputs. Built natively and to
// wasm; a test checks both print exactly the same text.
#include <cinttypes>
#include <cstdint>
#include <cstdio>

#include "core/advice.hpp"
#include "core/rank.hpp"

namespace {
// splitmix64: specified bit for bit, unlike the standard library's distributions.
std::uint64_t state = 0x5eed5eed5eedULL;
std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
}  // namespace

int main() {
    using namespace ssi::core;
    for (int round = 0; round < 200; ++round) {
        Inputs inputs;
        for (std::size_t i = 0; i < metric_count; ++i) {
            const Metric& m = catalog[i];
            if (uniform() < 0.1) continue;  // unknown
            // Squared so low values, where curves bend most, are well covered.
            const double u = uniform();
            inputs.values[i] = m.min + (m.max - m.min) * u * u;
        }
        const Result result = evaluate(inputs);
        std::printf("case %d total %.9f shown %d |", round, result.total, displayed_total(result.total));
        for (const auto& pillar : result.pillars)
            std::printf(" %s (%.9f, conf %.6f)", format_pillar(pillar.score).c_str(), pillar.score, pillar.confidence);
        std::printf("\n credits");
        for (double c : result.credits) std::printf(" %.9f", c);
        const Tips tips = rank_tips(inputs);
        std::printf("\n tips");
        for (std::size_t t = 0; t < tips.count && t < 5; ++t)
            std::printf(" %s+%.9f", std::string(catalog[tips.items[t].metric].id).c_str(), tips.items[t].gain);
        const int target = static_cast<int>(uniform() * 100);
        const Plan plan = plan_for_target(inputs, target);
        // The plan's time, not its steps: plans of equal time may differ in the last bits of
        // their points (and so in which of them is found first) between compilers.
        std::printf("\n plan %d reachable %d exact %d minutes %d best %.9f\n", target, plan.reachable, plan.exact,
                    plan.minutes_per_week * plan_horizon_weeks + plan.minutes_once, plan.best_total);
        std::printf(" rank %.9f %.9f\n", top_percent(result.total, 20 + 30 * uniform()), top_percent(result.total, 28.2));
    }
    return 0;
}
