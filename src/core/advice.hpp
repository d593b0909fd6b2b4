// Tips (the biggest levers right now) and the goal planner. Both move metrics by the
// catalog's next_step, the realistic step a coach would suggest.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "model.hpp"

namespace ssi::core {

struct Tip {
    std::size_t metric = 0;
    double from = 0;
    double to = 0;    // from + next_step, kept inside the range
    double gain = 0;  // SSI points the step adds to the total now
};

struct Tips {
    std::array<Tip, metric_count> items{};  // ranked, biggest gain first
    std::size_t count = 0;                  // only steps that add points; unknown metrics excluded
};
Tips rank_tips(const Inputs& inputs);

// The ranked tips of one pillar, in the same order.
std::vector<Tip> tips_of_pillar(const Tips& tips, Pillar pillar);

struct PlanStep {
    std::size_t metric = 0;
    int steps = 0;  // how many next_steps to take
    double from = 0;
    double to = 0;
    double gain = 0;  // SSI points this metric's steps add to the total
};

struct Plan {
    int target = 0;           // a displayed total, 0..100
    bool reachable = false;   // false: even every known metric at its best stays below target
    double best_total = 0;    // the most the known metrics can give
    double reached_total = 0; // total after the plan (the current total when unreachable)
    int step_count = 0;
    std::vector<PlanStep> steps;  // one per metric, biggest contribution first
};
// The fewest next_steps that make the displayed total reach target: an exact search (a knapsack
// over step counts) bounded by a greedy plan.
Plan plan_for_target(const Inputs& inputs, int target);

}  // namespace ssi::core
