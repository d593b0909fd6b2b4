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

// Biggest gain first, ties kept in their order. The lists hold at most one entry per metric, so an
// insertion sort is quick, and it keeps std::sort's template code (4 KB) out of the download.
template <typename Item>
void sort_by_gain(Item* first, Item* last) {
    for (Item* i = first; i != last; ++i)
        for (Item* j = i; j != first && (j - 1)->gain < j->gain; --j) std::swap(*(j - 1), *j);
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
        const double gain = points[i] * (metric_credit(i, to) - metric_credit(i, from));
        if (gain > 0.0) tips.items[tips.count++] = {i, from, to, gain};
    }
    sort_by_gain(tips.items.data(), tips.items.data() + tips.count);
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

    // Credits where each metric stands (evaluate() has them) and at its best (constant).
    const std::array<double, metric_count>& credit_start = now.credits;
    static const auto credit_best = [] {
        std::array<double, metric_count> all{};
        for (std::size_t i = 0; i < metric_count; ++i) all[i] = metric_credit(i, best_value(catalog[i]));
        return all;
    }();
    std::array<double, metric_count> start{};
    plan.best_total = now.total;
    for (std::size_t i = 0; i < metric_count; ++i) {
        if (points[i] == 0.0) continue;
        start[i] = *clean_value(catalog[i], inputs.values[i]).value;
        plan.best_total += points[i] * (credit_best[i] - credit_start[i]);
    }
    plan.reached_total = now.total;
    plan.reachable = displayed_total(plan.best_total) >= plan.target;
    if (!plan.reachable || displayed_total(now.total) >= plan.target) return plan;
    auto reaches = [&](double gain) { return displayed_total(now.total + gain) >= plan.target; };

    auto steps_to_best = [&](std::size_t i) {
        if (points[i] == 0.0) return 0;
        return static_cast<int>(std::ceil(std::abs(best_value(catalog[i]) - start[i]) / std::abs(catalog[i].next_step) - 1e-9));
    };
    // The raw gain whose displayed total reaches the target (displayed_total's tolerance included).
    const double need = plan.target - 0.5 - 1e-9 - now.total;

    // 1. Greedy over levers. A metric's lever is its best points per step over the next j steps,
    //    j grown while the average still rises: each metric's gains are S-shaped in its steps
    //    (convex while the curve bends up, concave after), so this walks the upper concave
    //    envelope of every metric, steepest segment first. That is the optimum of the
    //    fractional problem, whose step count is a lower bound for any plan.
    struct Lever {
        double rate = 0;  // points per step
        int steps = 0;
    };
    std::array<int, metric_count> taken{};
    std::array<double, metric_count> credit_taken = credit_start;
    // Credits after k steps, remembered for the few k around each metric's position: a lever is
    // measured one step ahead of where it is then taken, so each credit is computed once.
    struct Remembered {
        int steps = -1;
        double credit = 0;
    };
    std::array<std::array<Remembered, 4>, metric_count> remembered{};
    auto credit_after = [&](std::size_t i, int k) {
        Remembered& slot = remembered[i][static_cast<std::size_t>(k) % 4];
        if (slot.steps != k) slot = {k, metric_credit(i, step_from(catalog[i], start[i], k))};
        return slot.credit;
    };
    std::array<int, metric_count> room{};
    for (std::size_t i = 0; i < metric_count; ++i) room[i] = steps_to_best(i);
    auto lever_of = [&](std::size_t i) {
        Lever lever;
        for (int j = 1; j <= room[i] - taken[i]; ++j) {
            const double rate = points[i] * (credit_after(i, taken[i] + j) - credit_taken[i]) / j;
            if (rate <= lever.rate * (1 + 1e-12)) break;  // past the envelope's corner
            lever = {rate, j};
        }
        return lever;
    };
    std::array<Lever, metric_count> levers{};
    for (std::size_t i = 0; i < metric_count; ++i) levers[i] = lever_of(i);

    double gained = 0;
    int greedy_steps = 0;
    double lower_bound = 0;
    double last_rate = 1e300;
    bool envelope_held = true;  // levers came steepest first, as the bound assumes
    while (gained < need) {
        const auto best = std::max_element(levers.begin(), levers.end(),
                                           [](const Lever& a, const Lever& b) { return a.rate < b.rate; });
        if (best->rate <= 0) break;  // cannot happen when reachable; guards against rounding
        const auto i = static_cast<std::size_t>(best - levers.begin());
        envelope_held = envelope_held && best->rate <= last_rate * (1 + 1e-9);
        last_rate = best->rate;
        lower_bound = greedy_steps + (need - gained) / best->rate;
        // Take the lever's steps one by one, stopping as soon as the target is met.
        for (int k = 0; k < best->steps && gained < need; ++k) {
            ++taken[i];
            ++greedy_steps;
            const double c = credit_after(i, taken[i]);
            gained += points[i] * (c - credit_taken[i]);
            credit_taken[i] = c;
        }
        levers[i] = lever_of(i);
    }

    // Biggest contribution first: the order a coach would suggest them.
    auto finish = [&](double reached_total) {
        plan.reached_total = reached_total;
        sort_by_gain(plan.steps.data(), plan.steps.data() + plan.steps.size());
        return plan;
    };
    auto add_step = [&](std::size_t i, int k, double points_added) {
        plan.steps.push_back({i, k, start[i], step_from(catalog[i], start[i], k), points_added});
        plan.step_count += k;
    };
    if (envelope_held && greedy_steps <= std::ceil(lower_bound - 1e-7)) {
        // The greedy plan meets the lower bound: no plan has fewer steps.
        for (std::size_t i = 0; i < metric_count; ++i)
            if (taken[i] > 0) add_step(i, taken[i], points[i] * (credit_taken[i] - credit_start[i]));
        return finish(now.total + gained);
    }
    const int bound = greedy_steps;

    // Points that k steps of metric i add, computed on demand and kept: gains[i][k].
    std::array<std::vector<double>, metric_count> gains;
    auto gain = [&](std::size_t i, int k) {
        std::vector<double>& g = gains[i];
        for (auto n = static_cast<int>(g.size()); n <= k; ++n)
            g.push_back(points[i] * (metric_credit(i, step_from(catalog[i], start[i], n)) - credit_start[i]));
        return g[static_cast<std::size_t>(k)];
    };

    // 2. Otherwise the exact answer, rarely needed: a knapsack over step counts. most[i][s] is the most points s steps
    //    spread over the first i metrics can add; the plan is the smallest s that reaches.
    const auto width = static_cast<std::size_t>(bound) + 1;
    constexpr double impossible = -1.0;
    std::vector<std::vector<double>> most(metric_count + 1, std::vector<double>(width, impossible));
    most[0][0] = 0.0;
    for (std::size_t i = 0; i < metric_count; ++i) {
        most[i + 1] = most[i];
        const int most_steps = std::min(room[i], bound);
        for (std::size_t s = 1; s < width; ++s)
            for (int k = 1; k <= std::min(most_steps, static_cast<int>(s)); ++k) {
                const double before = most[i][s - static_cast<std::size_t>(k)];
                if (before != impossible) most[i + 1][s] = std::max(most[i + 1][s], before + gain(i, k));
            }
    }
    std::size_t steps = 1;
    while (steps < width - 1 && !(most[metric_count][steps] != impossible && reaches(most[metric_count][steps]))) ++steps;

    // Walk back through the table to find how many steps each metric takes. The sums are
    // replayed in the same order, so they compare exactly.
    std::size_t s = steps;
    double reached = now.total;
    for (std::size_t i = metric_count; i-- > 0;) {
        const double wanted = most[i + 1][s];
        if (most[i][s] == wanted) continue;
        for (int k = 1; k <= std::min(room[i], static_cast<int>(s)); ++k) {
            const double before = most[i][s - static_cast<std::size_t>(k)];
            if (before != impossible && before + gain(i, k) == wanted) {
                add_step(i, k, gain(i, k));
                reached += gain(i, k);
                s -= static_cast<std::size_t>(k);
                break;
            }
        }
    }
    return finish(reached);
}

}  // namespace ssi::core
