// Times one full evaluation as the UI does it every frame while an input moves: evaluate, ranked
// tips and the quick plan for a target, then each alone, and the exact plan (once at rest). Prints microseconds per evaluation as one line
// of JSON; scripts/bench.sh runs it natively and in wasm under node and compares the two.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>

#include "core/advice.hpp"

namespace {

using namespace ssi::core;
using Clock = std::chrono::steady_clock;

constexpr int target = 70;
// Many short rounds (about 10 ms each), reported as the best and the median: on a shared
// machine the best round is the one least disturbed by other processes.
constexpr int rounds = 31;
constexpr double round_us = 10'000;

double sink = 0;  // every result feeds it, so nothing is optimised away

struct Timing {
    double best = 0;
    double median = 0;
    int iterations = 0;  // calls per round
};

// Runs `work(inputs)` in rounds, varying one input so nothing is hoisted out of the loop, and
// returns the best and the median round in microseconds per call.
template <typename Work>
Timing time_rounds(Work work) {
    Inputs inputs = typical_inputs();
    auto round = [&](int count) {
        const auto start = Clock::now();
        for (int i = 0; i < count; ++i) {
            inputs.values[13] = static_cast<double>(i % 200);  // views_made, 0..199 a week
            sink += work(inputs);
        }
        return std::chrono::duration<double, std::micro>(Clock::now() - start).count() / count;
    };
    // Warm up for 200 ms before sizing the rounds: V8 first runs wasm through its baseline
    // compiler and swaps in optimised code only once a function is hot.
    double estimate = 0;
    for (const auto start = Clock::now(); Clock::now() - start < std::chrono::milliseconds(200);) estimate = round(20);
    const int iterations = std::clamp(static_cast<int>(round_us / std::max(estimate, 0.01)), 20, 20'000);
    std::array<double, rounds> us{};
    for (double& u : us) u = round(iterations);
    std::sort(us.begin(), us.end());
    return {us.front(), us[rounds / 2], iterations};
}

}  // namespace

int main() {
    const Timing all = time_rounds([](const Inputs& in) {
        const Result result = evaluate(in);
        const Tips tips = rank_tips(in, result);
        // What a frame pays while an input moves (app::evaluate with its memo): the quick plan.
        const Plan plan = plan_for_target(in, result, target, {}, PlanSearch::quick);
        return result.total + tips.items[0].gain + plan.reached_total;
    });
    const Timing eval = time_rounds([](const Inputs& in) { return evaluate(in).total; });
    const Timing tips = time_rounds([](const Inputs& in) { return rank_tips(in).items[0].gain; });
    const Timing plan =
        time_rounds([](const Inputs& in) { return plan_for_target(in, target, {}, PlanSearch::quick).reached_total; });
    // The exact plan, computed once when the input rests (a knapsack when the greedy plan cannot
    // be proven optimal, as here).
    const Timing exact = time_rounds([](const Inputs& in) { return plan_for_target(in, target).reached_total; });

    const Plan typical_plan = plan_for_target(typical_inputs(), target);
    std::printf(
        "{\"evaluate_tips_plan_us\": %.3f, \"evaluate_tips_plan_median_us\": %.3f, "
        "\"evaluate_us\": %.3f, \"rank_tips_us\": %.3f, \"plan_for_target_us\": %.3f, \"plan_exact_us\": %.3f, "
        "\"iterations\": %d, \"rounds\": %d, \"target\": %d, \"plan_steps\": %d, \"checksum\": %.1f}\n",
        all.best, all.median, eval.best, tips.best, plan.best, exact.best, all.iterations, rounds, target,
        typical_plan.step_count, sink > 0 ? 1.0 : 0.0);
    return 0;
}
