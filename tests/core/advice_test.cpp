// Tips (the biggest levers) and the goal planner, checked against evaluate() itself and, for
// "fewest steps", against an exhaustive search.
#include <catch2/catch.hpp>

#include "random.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/advice.hpp"
#include "core/catalog.hpp"
#include "core/curves.hpp"
#include "core/model.hpp"

namespace {

using namespace ssi::core;

using ssi::test::Random;

constexpr double quiet_nan = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();

double hostile_value(Random& random, const Metric& metric) {
    switch (random.below(8)) {
        case 0:
            return quiet_nan;
        case 1:
            return infinity;
        case 2:
            return -infinity;
        case 3:
            return -1e300;
        case 4:
            return 1e300;
        case 5:
            return -random.uniform(1e-9, 1e6);
        case 6:
            return metric.max * (1.0 + random.uniform(1e-9, 10.0)) + 1e-9;
        default:
            return metric.max + 1e9;
    }
}

// A value inside the range: uniform, biased to the low end, on the step grid, an edge, or typical.
double value_in_range(Random& random, const Metric& metric) {
    const double span = metric.max - metric.min;
    switch (random.below(5)) {
        case 0:
            return metric.min + span * random.uniform();
        case 1: {
            const double u = random.uniform();
            return metric.min + span * u * u * u;
        }
        case 2: {
            const double u = random.uniform();
            return metric.min + metric.step * std::floor(u * u * span / metric.step);
        }
        case 3:
            return random.chance(0.5) ? metric.min : metric.max;
        default:
            return metric.typical;
    }
}

Inputs random_inputs(Random& random, double unknown = 0.1, double hostile = 0.08) {
    const double roll = random.uniform();
    const double share = roll < 0.05 ? 0.9 : roll < 0.1 ? 0.0 : unknown;
    Inputs inputs;
    for (std::size_t i = 0; i < metric_count; ++i) {
        const double u = random.uniform();
        if (u < share) continue;
        inputs.values[i] = u < share + hostile ? hostile_value(random, catalog[i]) : value_in_range(random, catalog[i]);
    }
    return inputs;
}

// The test's own idea of a cleaned value: NaN is unknown, everything else is clamped.
std::optional<double> cleaned(const Inputs& inputs, std::size_t i) {
    const std::optional<double> raw = inputs.values[i];
    if (!raw || std::isnan(*raw)) return std::nullopt;
    return std::clamp(*raw, catalog[i].min, catalog[i].max);
}

double stepped(std::size_t i, double from, int steps) {
    return std::clamp(from + steps * catalog[i].next_step, catalog[i].min, catalog[i].max);
}

bool at_best(std::size_t i, double value) { return value == best_value(catalog[i]); }

std::string describe(const Inputs& inputs) {
    std::ostringstream out;
    out.precision(17);
    for (std::size_t i = 0; i < metric_count; ++i) {
        out << catalog[i].id << '=';
        if (inputs.values[i])
            out << *inputs.values[i];
        else
            out << "unknown";
        out << (i + 1 < metric_count ? ", " : "");
    }
    return out.str();
}

std::string describe(const Plan& plan) {
    std::ostringstream out;
    out.precision(17);
    out << "plan: target " << plan.target << (plan.reachable ? " reachable" : " unreachable") << ", best " << plan.best_total
        << ", reached " << plan.reached_total << ", " << plan.step_count << " steps:";
    for (const PlanStep& step : plan.steps)
        out << ' ' << catalog[step.metric].id << " x" << step.steps << " (" << step.from << " -> " << step.to << ")";
    return out.str();
}

Inputs with_plan(Inputs inputs, const Plan& plan) {
    for (const PlanStep& step : plan.steps) inputs.values[step.metric] = step.to;
    return inputs;
}

Inputs all_known_at_best(Inputs inputs) {
    for (std::size_t i = 0; i < metric_count; ++i)
        if (cleaned(inputs, i)) inputs.values[i] = best_value(catalog[i]);
    return inputs;
}

// What is wrong with a plan, checked against evaluate(); empty when nothing is.
std::string plan_problem(const Inputs& inputs, int target, const Plan& plan) {
    const int clamped = std::clamp(target, 0, 100);
    const double now = evaluate(inputs).total;
    const double best = evaluate(all_known_at_best(inputs)).total;
    std::ostringstream out;
    out.precision(17);
    if (plan.target != clamped) out << "target " << plan.target << " instead of " << clamped << "; ";
    if (std::abs(plan.best_total - best) > 1e-9)
        out << "best_total " << plan.best_total << " but evaluate gives " << best << "; ";
    if (plan.reachable != (displayed_total(best) >= clamped)) out << "reachable flag disagrees with the best total; ";
    if (!plan.reachable) {
        if (!(clamped > displayed_total(plan.best_total))) out << "unreachable, yet the best total displays the target; ";
        if (!plan.steps.empty() || plan.step_count != 0) out << "unreachable plan has steps; ";
        if (std::abs(plan.reached_total - now) > 1e-9) out << "unreachable plan's reached_total is not the current total; ";
        return out.str();
    }
    int sum = 0;
    std::set<std::size_t> metrics;
    for (const PlanStep& step : plan.steps) {
        const std::size_t i = step.metric;
        sum += step.steps;
        if (i >= metric_count) {
            out << "step on metric " << i << " outside the catalog; ";
            return out.str();
        }
        if (!metrics.insert(i).second) out << catalog[i].id << " appears twice; ";
        if (step.steps < 1) out << catalog[i].id << " has " << step.steps << " steps; ";
        const std::optional<double> from = cleaned(inputs, i);
        if (!from) {
            out << "step on unknown metric " << catalog[i].id << "; ";
            continue;
        }
        if (step.from != *from) out << catalog[i].id << " starts from " << step.from << " not " << *from << "; ";
        const double expected_to = stepped(i, *from, step.steps);
        if (std::abs(step.to - expected_to) > 1e-9 * std::max(1.0, std::abs(expected_to)))
            out << catalog[i].id << " ends at " << step.to << " not " << expected_to << "; ";
        if (step.to < catalog[i].min || step.to > catalog[i].max) out << catalog[i].id << " leaves its range; ";
        Inputs alone = inputs;
        alone.values[i] = step.to;
        const double alone_gain = evaluate(alone).total - now;
        if (std::abs(step.gain - alone_gain) > 1e-9)
            out << catalog[i].id << " gains " << step.gain << " not " << alone_gain << "; ";
        if (&step != &plan.steps.front() && (&step)[-1].gain < step.gain) out << catalog[i].id << " is out of order; ";
    }
    if (sum != plan.step_count) out << "step_count " << plan.step_count << " but the steps add up to " << sum << "; ";
    const double reached = evaluate(with_plan(inputs, plan)).total;
    if (displayed_total(reached) < clamped) out << "applying the plan gives " << reached << ", below the target; ";
    if (std::abs(plan.reached_total - reached) > 1e-9)
        out << "reached_total " << plan.reached_total << " but evaluate gives " << reached << "; ";
    if (displayed_total(now) >= clamped && plan.step_count != 0) out << "target already reached, yet the plan has steps; ";
    return out.str();
}

}  // namespace

// ---------------------------------------------------------------- tips

TEST_CASE("a tip's gain is what its step adds to the evaluated total") {
    Random random{51};
    int tips_checked = 0;
    for (int n = 0; n < 800; ++n) {
        const Inputs inputs = random_inputs(random);
        const double now = evaluate(inputs).total;
        const Tips tips = rank_tips(inputs);
        for (std::size_t t = 0; t < tips.count; ++t) {
            const Tip& tip = tips.items[t];
            Inputs after = inputs;
            after.values[tip.metric] = tip.to;
            const double gain = evaluate(after).total - now;
            ++tips_checked;
            if (!(std::abs(tip.gain - gain) <= 1e-9)) {
                INFO(describe(inputs) << "\ntip " << catalog[tip.metric].id << " " << tip.from << " -> " << tip.to);
                CHECK(tip.gain == Approx(gain).margin(1e-9));
                return;
            }
        }
    }
    CHECK(tips_checked > 5000);
}

TEST_CASE("tips are ranked by gain, biggest first, at most one per metric") {
    Random random{52};
    for (int n = 0; n < 1500; ++n) {
        const Inputs inputs = random_inputs(random);
        const Tips tips = rank_tips(inputs);
        bool ok = tips.count <= metric_count;
        std::set<std::size_t> metrics;
        for (std::size_t t = 0; ok && t < tips.count; ++t) {
            ok = ok && tips.items[t].metric < metric_count && metrics.insert(tips.items[t].metric).second;
            ok = ok && tips.items[t].gain > 0.0;
            if (t > 0) ok = ok && tips.items[t - 1].gain >= tips.items[t].gain;
        }
        if (!ok) {
            INFO(describe(inputs));
            for (std::size_t t = 0; t < tips.count && t < metric_count; ++t) {
                INFO("tip " << t << ": " << catalog[tips.items[t].metric].id << " gain " << tips.items[t].gain);
                CHECK(tips.items[t].gain > 0.0);
                if (t > 0) CHECK(tips.items[t - 1].gain >= tips.items[t].gain);
            }
            CHECK(tips.count <= metric_count);
            break;
        }
    }
}

TEST_CASE("a tip moves a known metric from its cleaned value by one next step, toward better") {
    Random random{53};
    for (int n = 0; n < 1500; ++n) {
        const Inputs inputs = random_inputs(random, 0.1, 0.2);
        const Tips tips = rank_tips(inputs);
        for (std::size_t t = 0; t < tips.count; ++t) {
            const Tip& tip = tips.items[t];
            const std::optional<double> from = cleaned(inputs, tip.metric);
            const bool ok = from && tip.from == *from && tip.to == stepped(tip.metric, *from, 1) &&
                            (higher_is_better(catalog[tip.metric]) ? tip.to > tip.from : tip.to < tip.from);
            if (!ok) {
                INFO(describe(inputs) << "\ntip " << catalog[tip.metric].id << " " << tip.from << " -> " << tip.to);
                REQUIRE(from.has_value());
                CHECK(tip.from == *from);
                CHECK(tip.to == stepped(tip.metric, *from, 1));
                return;
            }
        }
    }
}

TEST_CASE("no tip for an unknown metric or one at the best end of its range") {
    Random random{54};
    for (int n = 0; n < 1500; ++n) {
        Inputs inputs = random_inputs(random, 0.2, 0.15);
        // Push a few metrics to their best end, sometimes beyond it.
        for (int k = 0; k < 4; ++k) {
            const std::size_t i = random.below(metric_count);
            inputs.values[i] =
                random.chance(0.5) ? best_value(catalog[i]) : (higher_is_better(catalog[i]) ? infinity : -infinity);
        }
        const Tips tips = rank_tips(inputs);
        std::array<bool, metric_count> has_tip{};
        for (std::size_t t = 0; t < tips.count; ++t) has_tip[tips.items[t].metric] = true;
        const double now = evaluate(inputs).total;
        for (std::size_t i = 0; i < metric_count; ++i) {
            const std::optional<double> value = cleaned(inputs, i);
            bool ok = true;
            if (!value || at_best(i, *value)) {
                ok = !has_tip[i];
            } else {
                // A step that adds points shows up as a tip.
                Inputs after = inputs;
                after.values[i] = stepped(i, *value, 1);
                if (evaluate(after).total - now > 1e-9) ok = has_tip[i];
            }
            if (!ok) {
                INFO(describe(inputs) << "\nmetric " << catalog[i].id);
                CHECK(has_tip[i] == (value && !at_best(i, *value)));
                return;
            }
        }
    }
    // Every metric at its best end: nothing left to suggest.
    const Tips none = rank_tips(all_known_at_best(typical_inputs()));
    CHECK(none.count == 0);
    CHECK(rank_tips(Inputs{}).count == 0);
    // A typical new member has plenty of levers.
    CHECK(rank_tips(typical_inputs()).count > 10);
}

TEST_CASE("a pillar's tips keep their rank order") {
    Random random{55};
    for (int n = 0; n < 500; ++n) {
        const Inputs inputs = random_inputs(random);
        const Tips tips = rank_tips(inputs);
        std::size_t total = 0;
        for (Pillar pillar : all_pillars) {
            const std::vector<Tip> of_pillar = tips_of_pillar(tips, pillar);
            total += of_pillar.size();
            // The pillar's tips are the ranked tips filtered, in the same order.
            std::vector<std::size_t> expected;
            for (std::size_t t = 0; t < tips.count; ++t)
                if (catalog[tips.items[t].metric].pillar == pillar) expected.push_back(tips.items[t].metric);
            std::vector<std::size_t> got;
            for (const Tip& tip : of_pillar) got.push_back(tip.metric);
            if (got != expected) {
                INFO(describe(inputs) << "\npillar " << pillar_id(pillar));
                CHECK(got == expected);
                return;
            }
        }
        if (total != tips.count) {
            INFO(describe(inputs));
            CHECK(total == tips.count);
            return;
        }
    }
}

// ---------------------------------------------------------------- plans

TEST_CASE("every plan reaches its target, or says it cannot and why") {
    Random random{61};
    int reachable = 0;
    int unreachable = 0;
    for (int n = 0; n < 400; ++n) {
        Inputs inputs = random_inputs(random, random.chance(0.5) ? 0.1 : 0.4, 0.08);
        // Now and then a whole pillar unknown, so some targets are out of reach.
        if (random.chance(0.4)) {
            const Pillar pillar = all_pillars[random.below(pillar_count)];
            for (std::size_t i = 0; i < metric_count; ++i)
                if (catalog[i].pillar == pillar) inputs.values[i] = std::nullopt;
        }
        const int target = random.chance(0.1) ? random.between(-20, 130) : random.between(0, 100);
        const Plan plan = plan_for_target(inputs, target);
        (plan.reachable ? reachable : unreachable)++;
        const std::string problem = plan_problem(inputs, target, plan);
        if (!problem.empty()) {
            INFO(describe(inputs) << "\ntarget " << target << "\n" << describe(plan));
            FAIL_CHECK(problem);
            break;
        }
    }
    // Both branches were exercised.
    CHECK(reachable > 50);
    CHECK(unreachable > 50);
}

TEST_CASE("a plan for a target already reached has no step") {
    Random random{62};
    for (int n = 0; n < 500; ++n) {
        const Inputs inputs = random_inputs(random);
        const int shown = displayed_total(evaluate(inputs).total);
        const int target = random.between(-5, shown);
        const Plan plan = plan_for_target(inputs, target);
        if (!(plan.reachable && plan.step_count == 0 && plan.steps.empty() && plan.target == std::max(target, 0))) {
            INFO(describe(inputs) << "\ntarget " << target << "\n" << describe(plan));
            CHECK(plan.reachable);
            CHECK(plan.step_count == 0);
            CHECK(plan.steps.empty());
            break;
        }
    }
    CHECK(plan_for_target(typical_inputs(), -7).target == 0);
    CHECK(plan_for_target(typical_inputs(), 250).target == 100);
}

TEST_CASE("a displayed 100 is within reach of a member who knows every metric") {
    const Plan plan = plan_for_target(typical_inputs(), 100);
    INFO(describe(plan));
    CHECK(plan.reachable);
    CHECK(plan_problem(typical_inputs(), 100, plan).empty());
    CHECK(displayed_total(plan.best_total) == 100);
}

TEST_CASE("a target beyond what the known metrics can give is not reachable") {
    // Only the brand pillar known: at most 25 points.
    Inputs inputs;
    for (std::size_t i = 0; i < metric_count; ++i)
        if (catalog[i].pillar == Pillar::brand) inputs.values[i] = catalog[i].typical;
    const Plan plan = plan_for_target(inputs, 40);
    CHECK_FALSE(plan.reachable);
    CHECK(plan.best_total <= 25.0 + 1e-9);
    CHECK(plan.best_total == Approx(evaluate(all_known_at_best(inputs)).total).margin(1e-9));
    CHECK(plan.reached_total == Approx(evaluate(inputs).total).margin(1e-12));
    CHECK(plan.step_count == 0);
    CHECK(plan.steps.empty());
    CHECK(plan_problem(inputs, 40, plan).empty());
    // Nothing known at all: nothing reachable above 0.
    const Plan nothing = plan_for_target(Inputs{}, 1);
    CHECK_FALSE(nothing.reachable);
    CHECK(nothing.best_total == 0.0);
}

namespace {

// The shown total of `inputs` with calibration offsets: each pillar moved and kept in 0..25.
double shown_total(const Inputs& inputs, const PillarOffsets& offsets) {
    const Result r = evaluate(inputs);
    double total = 0;
    for (std::size_t p = 0; p < pillar_count; ++p) total += std::clamp(r.pillars[p].score + offsets[p], 0.0, 25.0);
    return total;
}

int plan_cost(const Plan& plan) { return plan.minutes_per_week * plan_horizon_weeks + plan.minutes_once; }

// The least time (minutes over the planning horizon) that reaches the target, by trying every
// combination of step counts of the known metrics, each applied through evaluate(): no shared
// code with the planner but the catalog. Only for a few metrics with short ranges.
struct Cheapest {
    int cost = 0;
    std::array<int, metric_count> per_metric{};
};
std::optional<Cheapest> cheapest_plan(const Inputs& inputs, int target, const PillarOffsets& offsets) {
    std::vector<std::size_t> known;
    std::vector<int> room;
    for (std::size_t i = 0; i < metric_count; ++i) {
        const std::optional<double> from = cleaned(inputs, i);
        if (!from) continue;
        int k = 0;
        while (!at_best(i, stepped(i, *from, k))) ++k;
        known.push_back(i);
        room.push_back(k);
    }
    std::optional<Cheapest> best;
    std::vector<int> counts(known.size(), 0);
    for (;;) {
        Inputs after = inputs;
        Cheapest here;
        for (std::size_t m = 0; m < known.size(); ++m) {
            after.values[known[m]] = stepped(known[m], *cleaned(inputs, known[m]), counts[m]);
            here.per_metric[known[m]] = counts[m];
            here.cost += counts[m] * quarter_minutes(catalog[known[m]]);
        }
        // Reaching as the planner and the page count it: the displayed total (half up, its tolerance included).
        if ((!best || here.cost < best->cost) && displayed_total(shown_total(after, offsets)) >= target) best = here;
        std::size_t m = 0;
        while (m < known.size() && ++counts[m] > room[m]) counts[m++] = 0;
        if (m == known.size()) break;
    }
    return best;
}

// What a plan must be with calibration offsets: it reaches the shown target, its points are the
// shown points, no step adds points to a pillar already at 25, and its minutes add up.
std::string calibrated_plan_problem(const Inputs& inputs, int target, const PillarOffsets& offsets, const Plan& plan) {
    std::ostringstream out;
    out.precision(17);
    const double now = shown_total(inputs, offsets);
    const Result start = evaluate(inputs);
    if (!plan.reachable) {
        if (displayed_total(shown_total(all_known_at_best(inputs), offsets)) >= std::clamp(target, 0, 100))
            out << "reachable but said not; ";
        return out.str();
    }
    const double reached = shown_total(with_plan(inputs, plan), offsets);
    if (displayed_total(reached) < std::clamp(target, 0, 100)) out << "applied, the plan shows " << reached << "; ";
    if (std::abs(plan.reached_total - reached) > 1e-9)
        out << "reached_total " << plan.reached_total << " not " << reached << "; ";
    double gains = 0;
    int weekly = 0;
    int once = 0;
    for (const PlanStep& step : plan.steps) {
        gains += step.gain;
        const std::size_t p = static_cast<std::size_t>(catalog[step.metric].pillar);
        if (start.pillars[p].score + offsets[p] >= 25.0) out << catalog[step.metric].id << " adds to a pillar already at 25; ";
        if (!(step.gain > 0)) out << catalog[step.metric].id << " adds " << step.gain << " points; ";
        if (step.minutes != step.steps * catalog[step.metric].effort.minutes)
            out << catalog[step.metric].id << " minutes wrong; ";
        (catalog[step.metric].effort.cadence == Cadence::weekly ? weekly : once) += step.minutes;
    }
    if (std::abs(now + gains - reached) > 1e-9)
        out << "the steps' points add up to " << gains << " not " << reached - now << "; ";
    if (weekly != plan.minutes_per_week || once != plan.minutes_once) out << "minutes do not add up; ";
    return out.str();
}

PillarOffsets random_offsets(Random& random) {
    PillarOffsets offsets{};
    for (double& o : offsets) o = random.chance(0.3) ? 0.0 : random.uniform(-15.0, 25.0);
    return offsets;
}

const char* short_metrics[] = {"photo",           "cover",       "headline",    "about",           "featured", "active_days",
                               "posts",           "inmail_rate", "reply_hours", "acceptance_rate", "searches", "views_made",
                               "recommendations", "shares",      "groups",      "endorsements",    "skills",   "education"};

}  // namespace

TEST_CASE("a plan takes the least time: exhaustive search on a few known metrics, calibrated or not") {
    // Two or three known metrics with short ranges, the rest unknown: every combination of step
    // counts is tried. Offsets move the pillars as calibration does, caps included.
    Random random{63};
    int checked = 0;
    for (int n = 0; n < 600; ++n) {
        Inputs inputs;
        const int known = random.between(2, 3);
        for (int k = 0; k < known; ++k) {
            const std::size_t i = *find_metric(short_metrics[random.below(std::size(short_metrics))]);
            inputs.values[i] = value_in_range(random, catalog[i]);
        }
        const PillarOffsets offsets = random.chance(0.5) ? PillarOffsets{} : random_offsets(random);
        const int now = displayed_total(shown_total(inputs, offsets));
        const int best = displayed_total(shown_total(all_known_at_best(inputs), offsets));
        if (best <= now) continue;
        const int target = random.between(now + 1, best);
        const Plan plan = plan_for_target(inputs, target, offsets);
        const std::optional<Cheapest> cheapest = cheapest_plan(inputs, target, offsets);
        const std::string problem = calibrated_plan_problem(inputs, target, offsets, plan);
        ++checked;
        if (!cheapest || !plan.reachable || plan_cost(plan) != cheapest->cost || !problem.empty()) {
            INFO(describe(inputs) << "\noffsets " << offsets[0] << ' ' << offsets[1] << ' ' << offsets[2] << ' ' << offsets[3]
                                  << "\ntarget " << target << "\n"
                                  << describe(plan) << "\n"
                                  << problem);
            REQUIRE(cheapest);
            CHECK(plan.reachable);
            CHECK(plan_cost(plan) == cheapest->cost);
            CHECK(problem.empty());
            return;
        }
    }
    CHECK(checked > 200);
}

TEST_CASE("every calibrated plan reaches the shown target and adds nothing to a pillar at 25") {
    Random random{64};
    int reachable = 0;
    for (int n = 0; n < 100; ++n) {
        const Inputs inputs = random_inputs(random, 0.1, 0.05);
        PillarOffsets offsets = random_offsets(random);
        // Now and then a pillar shown at 25 already.
        if (random.chance(0.3)) offsets[random.below(pillar_count)] = 25.0;
        // Mostly a few points more (as users ask; the knapsack stays small under the sanitizers).
        const int now = displayed_total(shown_total(inputs, offsets));
        const int target = random.chance(0.8) ? now + random.between(1, 12) : random.between(0, 100);
        const Plan plan = plan_for_target(inputs, target, offsets);
        reachable += plan.reachable ? 1 : 0;
        const std::string problem = calibrated_plan_problem(inputs, target, offsets, plan);
        if (!problem.empty()) {
            INFO(describe(inputs) << "\ntarget " << target << "\n" << describe(plan));
            FAIL_CHECK(problem);
            return;
        }
    }
    CHECK(reachable > 25);
}

TEST_CASE("a plan never costs more time than any plan found by repeating a single tip") {
    Random random{65};
    for (int n = 0; n < 300; ++n) {
        const Inputs inputs = random_inputs(random, 0.1, 0.05);
        const PillarOffsets offsets = random.chance(0.5) ? PillarOffsets{} : random_offsets(random);
        const double now = shown_total(inputs, offsets);
        const int target = displayed_total(now) + random.between(1, 4);
        if (target > 100) continue;
        const Plan plan = plan_for_target(inputs, target, offsets);
        if (!plan.reachable) continue;
        const Tips tips = rank_tips(inputs, offsets);
        for (std::size_t t = 0; t < tips.count; ++t) {
            const std::size_t i = tips.items[t].metric;
            Inputs after = inputs;
            for (int k = 1; k * quarter_minutes(catalog[i]) < plan_cost(plan); ++k) {
                after.values[i] = stepped(i, *cleaned(inputs, i), k);
                if (displayed_total(shown_total(after, offsets) - 1e-7) >= target) {
                    INFO(describe(inputs) << "\ntarget " << target << "\n"
                                          << describe(plan) << "\n"
                                          << catalog[i].id << " x" << k << " reaches it in " << k * quarter_minutes(catalog[i])
                                          << " minutes");
                    CHECK(plan_cost(plan) <= k * quarter_minutes(catalog[i]));
                    return;
                }
                if (at_best(i, *after.values[i])) break;
            }
        }
    }
}

TEST_CASE("tips count shown points: none for a pillar already at 25, and points per 10 minutes") {
    const Inputs inputs = typical_inputs();
    PillarOffsets offsets{};
    offsets[0] = 25.0;  // brand shown at 25
    const Tips tips = rank_tips(inputs, offsets);
    REQUIRE(tips.count > 0);
    for (std::size_t t = 0; t < tips.count; ++t) {
        CHECK(catalog[tips.items[t].metric].pillar != Pillar::brand);
        const Tip& tip = tips.items[t];
        CHECK(tip.per_ten_minutes() == Approx(tip.gain * 10.0 / catalog[tip.metric].effort.minutes));
    }
    // Without calibration, the brand pillar has tips again.
    const Tips plain = rank_tips(inputs);
    CHECK(std::any_of(plain.items.begin(), plain.items.begin() + static_cast<std::ptrdiff_t>(plain.count),
                      [](const Tip& tip) { return catalog[tip.metric].pillar == Pillar::brand; }));
}

TEST_CASE("the issue's case: real pillars 20/10/12/15 and a target of 70 plan from the real 57") {
    const Inputs inputs = typical_inputs();
    const Result model = evaluate(inputs);
    const std::array<double, 4> real{20, 10, 12, 15};
    PillarOffsets offsets{};
    for (std::size_t p = 0; p < pillar_count; ++p) offsets[p] = real[p] - model.pillars[p].score;
    const Plan plan = plan_for_target(inputs, 70, offsets);
    INFO(describe(plan));
    CHECK(plan.reachable);
    CHECK(displayed_total(plan.reached_total) >= 70);
    CHECK(calibrated_plan_problem(inputs, 70, offsets, plan).empty());
    // 13 points from the real 57, where the model alone starts from 21.
    CHECK(plan.reached_total - 57 < 14);
    const Plan from_model = plan_for_target(inputs, 70);
    CHECK(plan_cost(plan) < plan_cost(from_model));
}

TEST_CASE("every catalog step carries an effort with its source") {
    for (const Metric& metric : catalog) {
        INFO(metric.id);
        CHECK(metric.effort.minutes > 0);
        CHECK(metric.effort.minutes % 5 == 0);
        CHECK(!metric.effort.source.empty());
    }
}
