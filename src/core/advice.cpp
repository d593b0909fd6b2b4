#include "advice.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

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
    Plan plan;
    plan.target = std::clamp(target, 0, 100);
    const auto points = points_per_credit_all(inputs);
    const Result now = evaluate(inputs);

    std::array<double, metric_count> start{};
    std::array<double, metric_count> credit_start{};
    plan.best_total = now.total;
    for (std::size_t i = 0; i < metric_count; ++i) {
        if (points[i] == 0.0) continue;
        start[i] = *clean_value(catalog[i], inputs.values[i]).value;
        credit_start[i] = credit(catalog[i].curve, start[i]);
        plan.best_total += points[i] * (credit(catalog[i].curve, best_value(catalog[i])) - credit_start[i]);
    }
    plan.reached_total = now.total;
    plan.reachable = displayed_total(plan.best_total) >= plan.target;
    if (!plan.reachable || displayed_total(now.total) >= plan.target) return plan;
    auto reaches = [&](double gain) { return displayed_total(now.total + gain) >= plan.target; };

    // Points that k steps of metric i add, computed on demand and kept: gains[i][k].
    std::array<std::vector<double>, metric_count> gains;
    auto gain = [&](std::size_t i, int k) {
        std::vector<double>& g = gains[i];
        if (g.empty()) g.push_back(0.0);
        while (static_cast<int>(g.size()) <= k) {
            const double to = step_from(catalog[i], start[i], static_cast<int>(g.size()));
            g.push_back(points[i] * (credit(catalog[i].curve, to) - credit_start[i]));
        }
        return g[static_cast<std::size_t>(k)];
    };
    auto steps_to_best = [&](std::size_t i) {
        if (points[i] == 0.0) return 0;
        return static_cast<int>(std::ceil(std::abs(best_value(catalog[i]) - start[i]) / std::abs(catalog[i].next_step) - 1e-9));
    };

    // 1. An upper bound: greedily take the metric with the best points per step over a short
    //    look-ahead (one step alone can hide a lever on a convex stretch of a curve).
    constexpr int look_ahead = 4;
    std::array<int, metric_count> taken{};
    double greedy_gain = 0;
    int bound = 0;
    while (!reaches(greedy_gain)) {
        double best_rate = 0;
        std::size_t best_metric = 0;
        int best_k = 0;
        for (std::size_t i = 0; i < metric_count; ++i) {
            const int room = steps_to_best(i) - taken[i];
            for (int k = 1; k <= std::min(look_ahead, room); ++k) {
                const double rate = (gain(i, taken[i] + k) - gain(i, taken[i])) / k;
                if (rate > best_rate * (1 + 1e-12)) best_rate = rate, best_metric = i, best_k = k;
            }
        }
        if (best_k == 0) break;  // cannot happen when reachable; guards against rounding
        greedy_gain += gain(best_metric, taken[best_metric] + best_k) - gain(best_metric, taken[best_metric]);
        taken[best_metric] += best_k;
        bound += best_k;
    }

    // 2. The exact answer: a knapsack over step counts. most[i][s] is the most points s steps
    //    spread over the first i metrics can add; the plan is the smallest s that reaches.
    const auto width = static_cast<std::size_t>(bound) + 1;
    constexpr double impossible = -1.0;
    std::vector<std::vector<double>> most(metric_count + 1, std::vector<double>(width, impossible));
    most[0][0] = 0.0;
    for (std::size_t i = 0; i < metric_count; ++i) {
        most[i + 1] = most[i];
        const int room = std::min(steps_to_best(i), bound);
        for (std::size_t s = 1; s < width; ++s)
            for (int k = 1; k <= std::min(room, static_cast<int>(s)); ++k) {
                const double before = most[i][s - static_cast<std::size_t>(k)];
                if (before != impossible) most[i + 1][s] = std::max(most[i + 1][s], before + gain(i, k));
            }
    }
    std::size_t steps = 1;
    while (steps < width - 1 && !(most[metric_count][steps] != impossible && reaches(most[metric_count][steps]))) ++steps;

    // Walk back through the table to find how many steps each metric takes. The sums are
    // replayed in the same order, so they compare exactly.
    std::size_t s = steps;
    for (std::size_t i = metric_count; i-- > 0;) {
        const double wanted = most[i + 1][s];
        if (most[i][s] == wanted) continue;
        for (int k = 1; k <= std::min(steps_to_best(i), static_cast<int>(s)); ++k) {
            const double before = most[i][s - static_cast<std::size_t>(k)];
            if (before != impossible && before + gain(i, k) == wanted) {
                plan.steps.push_back({i, k, start[i], step_from(catalog[i], start[i], k)});
                plan.step_count += k;
                plan.reached_total += gain(i, k);
                s -= static_cast<std::size_t>(k);
                break;
            }
        }
    }
    // Biggest contribution first: the order a coach would suggest them.
    std::sort(plan.steps.begin(), plan.steps.end(), [&](const PlanStep& a, const PlanStep& b) {
        return gain(a.metric, a.steps) > gain(b.metric, b.steps);
    });
    return plan;
}

}  // namespace ssi::core
