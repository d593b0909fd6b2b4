#include "advice.hpp"

#include <algorithm>
#include <cmath>

#include "curves.hpp"

namespace ssi::core {

namespace {

// Points per unit of credit for every metric (0 when unknown): the pillars' known weights
// computed once, so tips and plans stay linear in the catalog size.
std::array<double, metric_count> points_per_credit_all(const Inputs& inputs) {
    std::array<double, pillar_count> known_weight{};
    for (std::size_t i = 0; i < metric_count; ++i)
        if (inputs.values[i] && !std::isnan(*inputs.values[i]))
            known_weight[static_cast<std::size_t>(catalog[i].pillar)] += catalog[i].weight;
    std::array<double, metric_count> points{};
    for (std::size_t i = 0; i < metric_count; ++i)
        if (inputs.values[i] && !std::isnan(*inputs.values[i]))
            points[i] = pillar_max * catalog[i].weight / known_weight[static_cast<std::size_t>(catalog[i].pillar)];
    return points;
}

double step_from(const Metric& metric, double value, int steps) {
    return std::clamp(value + steps * metric.next_step, metric.min, metric.max);
}

}  // namespace

Tips rank_tips(const Inputs& inputs) {
    const auto points = points_per_credit_all(inputs);
    Tips tips;
    for (std::size_t i = 0; i < metric_count; ++i) {
        if (points[i] == 0.0) continue;
        const Metric& metric = catalog[i];
        const double from = *clean_value(metric, inputs.values[i]).value;
        const double to = step_from(metric, from, 1);
        const double gain = points[i] * (credit(metric.curve, to) - credit(metric.curve, from));
        if (gain > 0.0) tips.items[tips.count++] = {i, from, to, gain};
    }
    std::stable_sort(tips.items.begin(), tips.items.begin() + static_cast<std::ptrdiff_t>(tips.count),
                     [](const Tip& a, const Tip& b) { return a.gain > b.gain; });
    return tips;
}

std::vector<Tip> tips_of_pillar(const Tips& tips, Pillar pillar) {
    std::vector<Tip> result;
    for (std::size_t i = 0; i < tips.count; ++i)
        if (catalog[tips.items[i].metric].pillar == pillar) result.push_back(tips.items[i]);
    return result;
}

Plan plan_for_target(const Inputs& inputs, int target) {
    constexpr int look_ahead = 4;
    constexpr int max_steps = 5000;  // more than enough to walk every metric to its best

    Plan plan;
    plan.target = std::clamp(target, 0, 100);
    const auto points = points_per_credit_all(inputs);
    const Result now = evaluate(inputs);

    std::array<double, metric_count> value{};
    std::array<double, metric_count> credit_now{};
    plan.best_total = now.total;
    for (std::size_t i = 0; i < metric_count; ++i) {
        if (points[i] == 0.0) continue;
        value[i] = *clean_value(catalog[i], inputs.values[i]).value;
        credit_now[i] = credit(catalog[i].curve, value[i]);
        plan.best_total += points[i] * (credit(catalog[i].curve, best_value(catalog[i])) - credit_now[i]);
    }
    plan.reached_total = now.total;
    plan.reachable = displayed_total(plan.best_total) >= plan.target;
    if (!plan.reachable) return plan;

    // Best points per step over the look-ahead, and how many steps earn it.
    struct Lever {
        double rate = 0;
        int steps = 0;
    };
    auto lever_of = [&](std::size_t i) {
        Lever lever;
        if (points[i] == 0.0) return lever;
        for (int k = 1; k <= look_ahead; ++k) {
            const double to = step_from(catalog[i], value[i], k);
            const double rate = points[i] * (credit(catalog[i].curve, to) - credit_now[i]) / k;
            if (rate > lever.rate * (1 + 1e-12)) lever = {rate, k};
            if (to == best_value(catalog[i])) break;
        }
        return lever;
    };
    std::array<Lever, metric_count> levers{};
    for (std::size_t i = 0; i < metric_count; ++i) levers[i] = lever_of(i);

    // One plan entry per metric, in the order first chosen.
    constexpr std::size_t no_position = metric_count;
    std::array<std::size_t, metric_count> position;
    position.fill(no_position);

    double total = now.total;
    while (displayed_total(total) < plan.target && plan.step_count < max_steps) {
        const auto best = std::max_element(levers.begin(), levers.end(),
                                           [](const Lever& a, const Lever& b) { return a.rate < b.rate; });
        if (best->rate <= 0.0) break;
        const auto i = static_cast<std::size_t>(best - levers.begin());
        // Take the lever's steps one at a time so the plan stops as soon as the target is met.
        for (int k = 0; k < best->steps && displayed_total(total) < plan.target; ++k) {
            const double from = value[i];
            value[i] = step_from(catalog[i], from, 1);
            const double c = credit(catalog[i].curve, value[i]);
            total += points[i] * (c - credit_now[i]);
            credit_now[i] = c;
            ++plan.step_count;
            if (position[i] == no_position) {
                position[i] = plan.steps.size();
                plan.steps.push_back({i, 0, from, from});
            }
            ++plan.steps[position[i]].steps;
            plan.steps[position[i]].to = value[i];
        }
        levers[i] = lever_of(i);
    }
    plan.reached_total = total;
    return plan;
}

}  // namespace ssi::core
