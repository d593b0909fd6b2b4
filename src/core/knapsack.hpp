// The goal planner's exact search (core/advice.cpp), in a file of its own: it runs once when an
// input rests, not every frame, so it is built for size (-Oz) while the rest of the planner is
// built for speed.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "catalog.hpp"

namespace ssi::core {

struct KnapsackMetric {
    std::size_t table = 0;      // the pillar whose cap applies (0 for all when points add up)
    std::size_t per_step = 0;   // one step's cost in the search's units; 0: not searched
    std::vector<double> gains;  // model points of k steps, k = 0..the most the budget allows
};

// The step counts of least cost (ties: fewer steps) whose shown points make the displayed total,
// from shown_now, reach target, within `width` units of budget. `unclamped`: the shown pillars
// before clamping, when a pillar's cap or floor can bite (each metric's points then go through
// its pillar's clamp); nullptr when points add up across pillars. Nothing when none reaches.
std::optional<std::array<int, metric_count>> least_time_steps(const std::array<KnapsackMetric, metric_count>& metrics,
                                                              std::size_t width,
                                                              const std::array<double, pillar_count>* unclamped, double shown_now,
                                                              int target);

}  // namespace ssi::core
