// Times one full evaluation as the UI does it every frame: evaluate, ranked tips and a plan
// for a target. Prints microseconds per evaluation as JSON; scripts/bench.sh runs it natively
// and in wasm under node and compares the two.
#include <chrono>
#include <cstdio>

#include "core/advice.hpp"

int main() {
    using namespace ssi::core;
    using clock = std::chrono::steady_clock;
    Inputs inputs = typical_inputs();
    const int target = 70;
    double sink = 0;
    auto run = [&](int iterations) {
        const auto start = clock::now();
        for (int i = 0; i < iterations; ++i) {
            // Vary one input so nothing is hoisted out of the loop.
            inputs.values[13] = static_cast<double>(i % 200);
            const Result result = evaluate(inputs);
            const Tips tips = rank_tips(inputs);
            const Plan plan = plan_for_target(inputs, target);
            sink += result.total + tips.items[0].gain + plan.reached_total;
        }
        return std::chrono::duration<double, std::micro>(clock::now() - start).count() / iterations;
    };
    run(200);  // warm up
    double best = 1e9;
    for (int r = 0; r < 7; ++r) {
        const double us = run(2000);
        if (us < best) best = us;
    }
    const Plan plan = plan_for_target(typical_inputs(), target);
    std::printf("{\"evaluate_tips_plan_us\": %.3f, \"plan_steps\": %d, \"checksum\": %.3f}\n", best,
                plan.step_count, sink > 0 ? 1.0 : 0.0);
    return 0;
}
