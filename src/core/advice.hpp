// Tips (the biggest levers right now) and the goal planner. Both move metrics by the catalog's
// next_step, the realistic step a coach would suggest, and count points as the user sees them:
// the shown pillars are the model's moved by `offsets` (calibration: the real pillars minus the
// model's baseline), each kept within 0..25, so a pillar already at 25 gains nothing.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "model.hpp"

namespace ssi::core {

// Shown pillar p = clamp(model pillar p + offsets[p], 0, 25). Zero offsets: the model's own.
using PillarOffsets = std::array<double, pillar_count>;

struct Tip {
    std::size_t metric = 0;
    double from = 0;
    double to = 0;    // from + next_step, kept inside the range
    double gain = 0;  // points the step adds to the shown total now
    // Points per 10 minutes of the step's effort (weekly or once: catalog[metric].effort).
    double per_ten_minutes() const;
};

struct Tips {
    std::array<Tip, metric_count> items{};  // ranked, biggest gain first
    std::size_t count = 0;                  // only steps that add points; unknown metrics excluded
};
Tips rank_tips(const Inputs& inputs, const PillarOffsets& offsets = {});
// The same from the inputs' evaluation, when the caller has it (every frame does).
Tips rank_tips(const Inputs& inputs, const Result& now, const PillarOffsets& offsets = {});

// The ranked tips of one pillar, in the same order.
std::vector<Tip> tips_of_pillar(const Tips& tips, Pillar pillar);

// One-off work counts as spread over this many weeks (a quarter) when plans are compared.
inline constexpr int plan_horizon_weeks = 13;
// A step's cost to the planner: the minutes it takes over the horizon.
int quarter_minutes(const Metric& metric);

struct PlanStep {
    std::size_t metric = 0;
    int steps = 0;  // how many next_steps to take
    double from = 0;
    double to = 0;
    double gain = 0;  // points this metric's steps add to the shown total
    int minutes = 0;  // steps x the effort: per week or once, as catalog[metric].effort says
};

struct Plan {
    int target = 0;            // a displayed total, 0..100
    bool reachable = false;    // false: even every known metric at its best stays below target
    double best_total = 0;     // the most the known metrics can give (shown total)
    double reached_total = 0;  // shown total after the plan (the current total when unreachable)
    int step_count = 0;
    int minutes_per_week = 0;     // the recurring steps' minutes
    int minutes_once = 0;         // the one-off steps' minutes
    bool exact = true;            // false: a quick plan that reaches, maybe not in the least time
    std::vector<PlanStep> steps;  // one per metric, biggest contribution first
};
// The plan that reaches target (a displayed total) in the least time: fewest minutes over
// plan_horizon_weeks, counting weekly minutes every week and one-off minutes once (a plan of
// least weekly minutes alone would pile up hundreds of hours of one-off work); for equal
// minutes, fewer steps. Exact: a greedy plan over the metrics' concave envelopes, proven
// optimal by its fractional lower bound when it can be (microseconds), else a knapsack over
// minutes per pillar with the pillars' caps applied (milliseconds). `quick` skips the
// knapsack: the greedy plan, which reaches the target, flagged not exact (the page shows it
// while a slider moves and the exact plan as soon as the input rests: app/state.hpp).
enum class PlanSearch { exact, quick };
Plan plan_for_target(const Inputs& inputs, int target, const PillarOffsets& offsets = {}, PlanSearch search = PlanSearch::exact);
// The same from the inputs' evaluation, when the caller has it.
Plan plan_for_target(const Inputs& inputs, const Result& now, int target, const PillarOffsets& offsets = {},
                     PlanSearch search = PlanSearch::exact);

}  // namespace ssi::core
