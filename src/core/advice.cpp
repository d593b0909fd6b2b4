#include "advice.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "curves.hpp"
#include "knapsack.hpp"

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

// The pillars as the user sees them: the model's moved by the calibration offsets, each kept in
// 0..25. What raw model points added to a pillar show is what survives that clamp.
struct ShownPillars {
    std::array<double, pillar_count> unclamped{};
    double now(std::size_t p) const { return std::clamp(unclamped[p], 0.0, pillar_max); }
    double gain(std::size_t p, double raw) const { return std::clamp(unclamped[p] + raw, 0.0, pillar_max) - now(p); }
    double total() const {
        double sum = 0;
        for (std::size_t p = 0; p < pillar_count; ++p) sum += now(p);
        return sum;
    }
};
ShownPillars shown_pillars(const Result& result, const PillarOffsets& offsets) {
    ShownPillars shown;
    for (std::size_t p = 0; p < pillar_count; ++p) shown.unclamped[p] = result.pillars[p].score + offsets[p];
    return shown;
}

std::size_t pillar_of(std::size_t metric) { return static_cast<std::size_t>(catalog[metric].pillar); }

// Every plan's cost is a multiple of this many minutes: the knapsack's unit.
int minutes_unit() {
    static const int unit = [] {
        int g = 0;
        for (const Metric& m : catalog) g = std::gcd(g, quarter_minutes(m));
        return std::max(g, 1);
    }();
    return unit;
}

}  // namespace

double Tip::per_ten_minutes() const {
    const int minutes = catalog[metric].effort.minutes;
    return minutes > 0 ? gain * 10.0 / minutes : 0.0;
}

int quarter_minutes(const Metric& metric) {
    return metric.effort.cadence == Cadence::weekly ? metric.effort.minutes * plan_horizon_weeks : metric.effort.minutes;
}

Tips rank_tips(const Inputs& inputs, const PillarOffsets& offsets) { return rank_tips(inputs, evaluate(inputs), offsets); }

Tips rank_tips(const Inputs& inputs, const Result& now, const PillarOffsets& offsets) {
    const auto points = points_per_credit_all(inputs);
    const ShownPillars shown = shown_pillars(now, offsets);
    Tips tips;
    for (std::size_t i = 0; i < metric_count; ++i) {
        if (points[i] == 0.0) continue;
        const Metric& metric = catalog[i];
        const double from = *clean_value(metric, inputs.values[i]).value;
        const double to = step_from(metric, from, 1);
        const double gain = shown.gain(pillar_of(i), points[i] * (metric_credit(i, to) - now.credits[i]));
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

Plan plan_for_target(const Inputs& inputs, int target, const PillarOffsets& offsets, PlanSearch search) {
    return plan_for_target(inputs, evaluate(inputs), target, offsets, search);
}

Plan plan_for_target(const Inputs& inputs, const Result& now, int target, const PillarOffsets& offsets, PlanSearch search) {
    Plan plan;
    plan.target = std::clamp(target, 0, 100);
    const auto points = points_per_credit_all(inputs);
    const ShownPillars shown = shown_pillars(now, offsets);

    // Credits where each metric stands (evaluate() has them) and at its best (constant).
    const std::array<double, metric_count>& credit_start = now.credits;
    static const auto credit_best = [] {
        std::array<double, metric_count> all{};
        for (std::size_t i = 0; i < metric_count; ++i) all[i] = metric_credit(i, best_value(catalog[i]));
        return all;
    }();
    std::array<double, metric_count> start{};
    std::array<double, pillar_count> most_raw{};
    std::array<int, metric_count> cost{};  // minutes over the horizon per step
    for (std::size_t i = 0; i < metric_count; ++i) {
        cost[i] = quarter_minutes(catalog[i]);
        if (points[i] == 0.0) continue;
        start[i] = *clean_value(catalog[i], inputs.values[i]).value;
        most_raw[pillar_of(i)] += points[i] * (credit_best[i] - credit_start[i]);
    }
    const double shown_now = shown.total();
    plan.best_total = shown_now;
    for (std::size_t p = 0; p < pillar_count; ++p) plan.best_total += shown.gain(p, most_raw[p]);
    plan.reached_total = shown_now;
    plan.reachable = displayed_total(plan.best_total) >= plan.target;
    if (!plan.reachable || displayed_total(shown_now) >= plan.target) return plan;
    auto reaches = [&](double shown_gain) { return displayed_total(shown_now + shown_gain) >= plan.target; };
    // The shown gain whose displayed total reaches the target (displayed_total's tolerance included).
    const double need = plan.target - 0.5 - 1e-9 - shown_now;

    auto steps_to_best = [&](std::size_t i) {
        if (points[i] == 0.0) return 0;
        return static_cast<int>(std::ceil(std::abs(best_value(catalog[i]) - start[i]) / std::abs(catalog[i].next_step) - 1e-9));
    };
    std::array<int, metric_count> room{};
    for (std::size_t i = 0; i < metric_count; ++i) room[i] = steps_to_best(i);
    // Points that k steps of metric i add to its pillar in the model. The greedy asks for a few k
    // around each metric's position, so the last four are remembered (no allocation: this runs
    // every frame); the knapsack keeps every k in tables of its own.
    struct Remembered {
        int steps = -1;
        double gain = 0;
    };
    std::array<std::array<Remembered, 4>, metric_count> remembered{};
    auto raw_gain = [&](std::size_t i, int k) {
        if (k == 0) return 0.0;
        Remembered& slot = remembered[i][static_cast<std::size_t>(k) % 4];
        if (slot.steps != k) slot = {k, points[i] * (metric_credit(i, step_from(catalog[i], start[i], k)) - credit_start[i])};
        return slot.gain;
    };

    // 1. Greedy over levers. A metric's lever is its best points per minute over the next j
    //    steps, j grown while the average still rises: each metric's gains are S-shaped in its
    //    steps, so this walks the upper concave envelope of every metric, steepest segment first.
    //    Without the pillars' caps that is the optimum of the fractional problem, whose cost is
    //    a lower bound for any plan (the caps only take points away). With `capped`, levers
    //    count what the shown pillars gain: a plan that reaches, for the knapsack's bound.
    struct Greedy {
        std::array<int, metric_count> taken{};
        std::array<double, pillar_count> raw{};  // model points added per pillar
        int cost = 0;
        double lower_bound = 0;  // minutes; meaningful when not capped
        bool envelope_held = true;
        double shown_gain = 0;
    };
    auto greedy = [&](bool capped) {
        Greedy g;
        auto added = [&](std::size_t p, double raw) {
            return capped ? shown.gain(p, g.raw[p] + raw) - shown.gain(p, g.raw[p]) : raw;
        };
        struct Lever {
            double rate = 0;  // points per minute
            int steps = 0;
        };
        auto lever_of = [&](std::size_t i) {
            Lever lever;
            const double here = raw_gain(i, g.taken[i]);
            for (int j = 1; j <= room[i] - g.taken[i]; ++j) {
                const double rate = added(pillar_of(i), raw_gain(i, g.taken[i] + j) - here) / (j * cost[i]);
                if (rate <= lever.rate * (1 + 1e-12)) {
                    if (lever.rate > 0) break;  // past the envelope's corner
                    continue;                   // nothing shows yet (a pillar under 0): look further
                }
                lever = {rate, j};
            }
            return lever;
        };
        std::array<Lever, metric_count> levers{};
        for (std::size_t i = 0; i < metric_count; ++i) levers[i] = lever_of(i);
        double gained = 0;
        double last_rate = 1e300;
        while (gained < need) {
            const auto best =
                std::max_element(levers.begin(), levers.end(), [](const Lever& a, const Lever& b) { return a.rate < b.rate; });
            if (best->rate <= 0) break;  // nothing left that shows
            const auto i = static_cast<std::size_t>(best - levers.begin());
            g.envelope_held = g.envelope_held && best->rate <= last_rate * (1 + 1e-9);
            last_rate = best->rate;
            g.lower_bound = g.cost + (need - gained) / best->rate;
            // Take the lever's steps one by one, stopping as soon as the target is met.
            for (int k = 0; k < best->steps && gained < need; ++k) {
                const double step = raw_gain(i, g.taken[i] + 1) - raw_gain(i, g.taken[i]);
                gained += added(pillar_of(i), step);
                g.raw[pillar_of(i)] += step;
                ++g.taken[i];
                g.cost += cost[i];
            }
            levers[i] = lever_of(i);
        }
        for (std::size_t p = 0; p < pillar_count; ++p) g.shown_gain += shown.gain(p, g.raw[p]);
        return g;
    };

    // The plan from how many steps each metric takes: steps biggest contribution first, each
    // with the points the user will see (a pillar's shown gain shared out in proportion to its
    // steps' model points: where a cap or the floor bites, the steps share what shows).
    auto finish = [&](const std::array<int, metric_count>& taken) {
        std::array<double, pillar_count> raw{};
        for (std::size_t i = 0; i < metric_count; ++i) raw[pillar_of(i)] += taken[i] > 0 ? raw_gain(i, taken[i]) : 0.0;
        double shown_gain = 0;
        for (std::size_t i = 0; i < metric_count; ++i) {
            if (taken[i] == 0) continue;
            const std::size_t p = pillar_of(i);
            const double share = raw[p] > 0 ? shown.gain(p, raw[p]) * raw_gain(i, taken[i]) / raw[p] : 0.0;
            plan.steps.push_back(
                {i, taken[i], start[i], step_from(catalog[i], start[i], taken[i]), share, taken[i] * catalog[i].effort.minutes});
            plan.step_count += taken[i];
            (catalog[i].effort.cadence == Cadence::weekly ? plan.minutes_per_week : plan.minutes_once) +=
                plan.steps.back().minutes;
        }
        for (std::size_t p = 0; p < pillar_count; ++p) shown_gain += shown.gain(p, raw[p]);
        sort_by_gain(plan.steps.data(), plan.steps.data() + plan.steps.size());
        plan.reached_total = shown_now + shown_gain;
        return plan;
    };

    const int unit = minutes_unit();
    const Greedy fractional = greedy(false);
    // Any plan costs a multiple of `unit`: the greedy plan is optimal when it costs no more than
    // the bound rounded up to one (and it reaches once the caps are applied).
    const double bound = std::ceil(fractional.lower_bound / unit - 1e-9) * unit;
    if (fractional.envelope_held && reaches(fractional.shown_gain) && fractional.cost <= bound + 1e-9)
        return finish(fractional.taken);
    const Greedy feasible = reaches(fractional.shown_gain) ? fractional : greedy(true);
    if (search == PlanSearch::quick && reaches(feasible.shown_gain)) {
        plan.exact = false;
        return finish(feasible.taken);
    }

    // 2. Otherwise the exact answer: per pillar, a knapsack over minutes (in units) gives the
    //    most model points each budget buys; the pillar's cap turns them into shown points; the
    //    pillars are then combined budget by budget. The smallest budget that reaches wins; for
    //    equal points, fewer steps.
    int upper = feasible.cost;
    if (!reaches(feasible.shown_gain)) {  // cannot happen when reachable; guards against rounding
        upper = 0;
        for (std::size_t i = 0; i < metric_count; ++i) upper += room[i] * cost[i];
    }
    const auto width = static_cast<std::size_t>(upper / unit) + 1;
    // Where no pillar can reach its cap or start under 0, points add up across pillars and one
    // table does; otherwise each pillar's table is capped, then the pillars are combined.
    bool additive = true;
    for (std::size_t p = 0; p < pillar_count; ++p)
        additive = additive && shown.unclamped[p] >= 0 && shown.unclamped[p] + most_raw[p] <= pillar_max;
    // The knapsack's work grows with the budget (a target of 100 from nothing costs thousands of
    // minutes): past a few million cell updates, the greedy plan stands, flagged not exact.
    double work =
        additive ? 0.0 : 1.5 * static_cast<double>(pillar_count - 1) * static_cast<double>(width) * static_cast<double>(width);
    for (std::size_t i = 0; i < metric_count; ++i)
        if (room[i] > 0)
            work += static_cast<double>(width) * std::min<double>(room[i], static_cast<double>(width) * unit / cost[i]);
    constexpr double most_work = 2e6;
    if (work > most_work && reaches(feasible.shown_gain)) {
        plan.exact = false;
        return finish(feasible.taken);
    }
    // The table a metric's steps go into: its pillar's, or the one shared table.
    std::array<KnapsackMetric, metric_count> metrics;
    for (std::size_t i = 0; i < metric_count; ++i) {
        if (room[i] == 0) continue;
        KnapsackMetric& m = metrics[i];
        m.table = additive ? 0 : pillar_of(i);
        m.per_step = static_cast<std::size_t>(cost[i] / unit);
        const int most_steps = std::min(room[i], static_cast<int>((width - 1) / m.per_step));
        m.gains.assign(static_cast<std::size_t>(most_steps) + 1, 0.0);
        for (int k = 1; k <= most_steps; ++k) m.gains[static_cast<std::size_t>(k)] = raw_gain(i, k);
    }
    const auto taken = least_time_steps(metrics, width, additive ? nullptr : &shown.unclamped, shown_now, plan.target);
    return finish(taken ? *taken : feasible.taken);
}

}  // namespace ssi::core
