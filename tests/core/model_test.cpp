// The scoring model: input cleaning, pillars, total, confidence, display, what-if deltas and
// calibration. Property tests sample the whole input space, unknown and hostile values included.
#include <catch2/catch.hpp>

#include "random.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <sstream>
#include <string>

#include "core/catalog.hpp"
#include "core/curves.hpp"
#include "core/model.hpp"

namespace {

using namespace ssi::core;

using ssi::test::Random;

constexpr double quiet_nan = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr int cases = 3000;

double hostile_value(Random& random, const Metric& metric) {
    switch (random.below(9)) {
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
        case 7:
            return metric.max + 1e9;
        default:
            return -std::numeric_limits<double>::denorm_min();
    }
}

// A value inside the metric's range: uniform, biased to the low end, on the step grid, or an edge.
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

std::optional<double> random_value(Random& random, const Metric& metric, double unknown, double hostile) {
    const double u = random.uniform();
    if (u < unknown) return std::nullopt;
    if (u < unknown + hostile) return hostile_value(random, metric);
    return value_in_range(random, metric);
}

Inputs random_inputs(Random& random, double unknown = 0.1, double hostile = 0.08) {
    // Now and then a whole pillar or most of the catalog is unknown.
    const double roll = random.uniform();
    const double share = roll < 0.05 ? 0.9 : roll < 0.1 ? 0.0 : unknown;
    Inputs inputs;
    for (std::size_t i = 0; i < metric_count; ++i) inputs.values[i] = random_value(random, catalog[i], share, hostile);
    return inputs;
}

// The test's own idea of a cleaned value: NaN is unknown, everything else is clamped.
std::optional<double> expected_clean(const Metric& metric, std::optional<double> raw) {
    if (!raw || std::isnan(*raw)) return std::nullopt;
    return std::clamp(*raw, metric.min, metric.max);
}

bool known(const Inputs& inputs, std::size_t i) { return expected_clean(catalog[i], inputs.values[i]).has_value(); }

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

std::size_t pillar_index(Pillar pillar) { return static_cast<std::size_t>(pillar); }

double pillar_weight(Pillar pillar) {
    double weight = 0;
    for (const Metric& metric : catalog)
        if (metric.pillar == pillar) weight += metric.weight;
    return weight;
}

}  // namespace

// ---------------------------------------------------------------- cleaning

TEST_CASE("clean_value keeps in-range values and unknowns as they are") {
    for (const Metric& metric : catalog) {
        INFO(metric.id);
        for (double v : {metric.min, metric.max, metric.typical, 0.5 * (metric.min + metric.max)}) {
            const CleanValue clean = clean_value(metric, v);
            CHECK(clean.problem == InputProblem::none);
            REQUIRE(clean.value.has_value());
            CHECK(*clean.value == v);
        }
        const CleanValue unknown = clean_value(metric, std::nullopt);
        CHECK_FALSE(unknown.value.has_value());
        CHECK(unknown.problem == InputProblem::none);
    }
}

TEST_CASE("clean_value clamps bad values at the edge of the range and reports why") {
    for (const Metric& metric : catalog) {
        INFO(metric.id);
        const CleanValue not_a_number = clean_value(metric, quiet_nan);
        CHECK_FALSE(not_a_number.value.has_value());
        CHECK(not_a_number.problem == InputProblem::not_a_number);

        const CleanValue plus_infinity = clean_value(metric, infinity);
        CHECK(plus_infinity.value == std::optional<double>(metric.max));
        CHECK(plus_infinity.problem == InputProblem::infinite);

        const CleanValue minus_infinity = clean_value(metric, -infinity);
        CHECK(minus_infinity.value == std::optional<double>(metric.min));
        CHECK(minus_infinity.problem == InputProblem::infinite);

        for (double below : {-1e300, metric.min - 1.0, metric.min - 1e-9, -std::numeric_limits<double>::max()}) {
            INFO("value " << below);
            const CleanValue clean = clean_value(metric, below);
            CHECK(clean.value == std::optional<double>(metric.min));
            CHECK(clean.problem == InputProblem::below_range);
        }
        for (double above : {1e300, metric.max + 1.0, metric.max * (1 + 1e-12), std::numeric_limits<double>::max()}) {
            INFO("value " << above);
            const CleanValue clean = clean_value(metric, above);
            CHECK(clean.value == std::optional<double>(metric.max));
            CHECK(clean.problem == InputProblem::above_range);
        }
    }
}

TEST_CASE("clean_value always lands inside the range, for any value") {
    Random random{11};
    for (int n = 0; n < cases; ++n) {
        const Metric& metric = catalog[random.below(metric_count)];
        const std::optional<double> raw = random_value(random, metric, 0.1, 0.5);
        const CleanValue clean = clean_value(metric, raw);
        const std::optional<double> expected = expected_clean(metric, raw);
        InputProblem problem = InputProblem::none;
        if (raw && std::isnan(*raw))
            problem = InputProblem::not_a_number;
        else if (raw && std::isinf(*raw))
            problem = InputProblem::infinite;
        else if (raw && *raw < metric.min)
            problem = InputProblem::below_range;
        else if (raw && *raw > metric.max)
            problem = InputProblem::above_range;
        if (clean.value != expected || clean.problem != problem) {
            INFO(metric.id << " raw " << (raw ? std::to_string(*raw) : std::string("unknown")));
            CHECK(clean.value == expected);
            CHECK(clean.problem == problem);
            break;
        }
    }
}

TEST_CASE("evaluate reports each input's problem and scores the cleaned value") {
    Random random{12};
    for (int n = 0; n < cases; ++n) {
        const Inputs inputs = random_inputs(random, 0.1, 0.3);
        const Result result = evaluate(inputs);
        Inputs cleaned;
        for (std::size_t i = 0; i < metric_count; ++i) cleaned.values[i] = expected_clean(catalog[i], inputs.values[i]);
        const Result clean_result = evaluate(cleaned);
        bool ok = clean_result.total == result.total && clean_result.credits == result.credits;
        for (std::size_t p = 0; p < pillar_count; ++p)
            ok = ok && clean_result.pillars[p].score == result.pillars[p].score &&
                 clean_result.pillars[p].confidence == result.pillars[p].confidence;
        for (std::size_t i = 0; i < metric_count; ++i) {
            ok = ok && result.problems[i] == clean_value(catalog[i], inputs.values[i]).problem;
            ok = ok && clean_result.problems[i] == InputProblem::none;
        }
        if (!ok) {
            INFO(describe(inputs));
            CHECK(result.total == clean_result.total);
            for (std::size_t i = 0; i < metric_count; ++i) {
                INFO(catalog[i].id);
                CHECK(result.problems[i] == clean_value(catalog[i], inputs.values[i]).problem);
                CHECK(result.credits[i] == clean_result.credits[i]);
            }
            break;
        }
    }
    // One of each problem, side by side.
    const std::size_t photo = *find_metric("photo");
    const std::size_t cover = *find_metric("cover");
    const std::size_t endorsements = *find_metric("endorsements");
    const std::size_t recommendations = *find_metric("recommendations");
    const std::size_t articles = *find_metric("articles");
    const std::size_t followers = *find_metric("followers");
    const std::size_t searches = *find_metric("searches");
    Inputs inputs = typical_inputs();
    inputs.values[photo] = quiet_nan;
    inputs.values[endorsements] = infinity;
    inputs.values[recommendations] = -infinity;
    inputs.values[articles] = -5.0;
    inputs.values[followers] = 1e300;
    inputs.values[searches] = std::nullopt;
    const Result result = evaluate(inputs);
    CHECK(result.problems[photo] == InputProblem::not_a_number);
    CHECK(result.problems[endorsements] == InputProblem::infinite);
    CHECK(result.problems[recommendations] == InputProblem::infinite);
    CHECK(result.problems[articles] == InputProblem::below_range);
    CHECK(result.problems[followers] == InputProblem::above_range);
    CHECK(result.problems[searches] == InputProblem::none);
    CHECK(result.problems[cover] == InputProblem::none);
    CHECK(result.credits[photo] == 0.0);  // NaN is unknown
    CHECK(result.credits[endorsements] == credit(catalog[endorsements].curve, catalog[endorsements].max));
    CHECK(result.credits[recommendations] == credit(catalog[recommendations].curve, catalog[recommendations].min));
    CHECK(result.credits[followers] == credit(catalog[followers].curve, catalog[followers].max));
    CHECK(result.pillars[pillar_index(Pillar::brand)].confidence < 1.0);
    CHECK(result.pillars[pillar_index(Pillar::people)].confidence < 1.0);
}

TEST_CASE("typical inputs know every metric at its catalog default") {
    const Inputs inputs = typical_inputs();
    const Result result = evaluate(inputs);
    for (std::size_t i = 0; i < metric_count; ++i) {
        INFO(catalog[i].id);
        REQUIRE(inputs.values[i].has_value());
        CHECK(*inputs.values[i] == catalog[i].typical);
        CHECK(result.problems[i] == InputProblem::none);
    }
    for (const PillarScore& pillar : result.pillars) CHECK(pillar.confidence == Approx(1.0).margin(1e-12));
    CHECK(result.total > 0.0);
    CHECK(result.total < 100.0);
}

// ---------------------------------------------------------------- pillars and total

TEST_CASE("a pillar never exceeds 25 nor falls below 0, whatever the inputs") {
    Random random{21};
    for (int n = 0; n < cases; ++n) {
        const Inputs inputs = random_inputs(random, 0.1, 0.15);
        const Result result = evaluate(inputs);
        for (std::size_t p = 0; p < pillar_count; ++p) {
            const double score = result.pillars[p].score;
            if (!(score >= 0.0 && score <= pillar_max)) {
                INFO(describe(inputs) << "\npillar " << p);
                CHECK(score >= 0.0);
                CHECK(score <= pillar_max);
                return;
            }
        }
    }
    // The extremes.
    Inputs best;
    Inputs worst;
    Inputs absurd;
    for (std::size_t i = 0; i < metric_count; ++i) {
        best.values[i] = best_value(catalog[i]);
        worst.values[i] = higher_is_better(catalog[i]) ? catalog[i].min : catalog[i].max;
        absurd.values[i] = higher_is_better(catalog[i]) ? 1e300 : -1e300;
    }
    for (const Inputs& inputs : {best, worst, absurd})
        for (const PillarScore& pillar : evaluate(inputs).pillars) {
            CHECK(pillar.score >= 0.0);
            CHECK(pillar.score <= pillar_max);
        }
    CHECK(evaluate(absurd).total == evaluate(best).total);
}

TEST_CASE("the total is the sum of the pillars and stays within 0..100") {
    Random random{22};
    for (int n = 0; n < cases; ++n) {
        const Inputs inputs = random_inputs(random);
        const Result result = evaluate(inputs);
        double sum = 0;
        for (const PillarScore& pillar : result.pillars) sum += pillar.score;
        if (!(std::abs(result.total - sum) <= 1e-9 && result.total >= 0.0 && result.total <= 100.0)) {
            INFO(describe(inputs));
            CHECK(result.total == Approx(sum).margin(1e-9));
            CHECK(result.total >= 0.0);
            CHECK(result.total <= 100.0);
            break;
        }
    }
}

TEST_CASE("every credit follows its curve at the cleaned value, and unknown metrics earn 0") {
    Random random{23};
    for (int n = 0; n < cases; ++n) {
        const Inputs inputs = random_inputs(random, 0.15, 0.15);
        const Result result = evaluate(inputs);
        for (std::size_t i = 0; i < metric_count; ++i) {
            const std::optional<double> clean = expected_clean(catalog[i], inputs.values[i]);
            const double expected = clean ? credit(catalog[i].curve, *clean) : 0.0;
            if (!(result.credits[i] == expected && result.credits[i] >= 0.0 && result.credits[i] <= 1.0)) {
                INFO(describe(inputs) << "\nmetric " << catalog[i].id);
                CHECK(result.credits[i] == expected);
                CHECK(result.credits[i] >= 0.0);
                CHECK(result.credits[i] <= 1.0);
                return;
            }
        }
    }
}

TEST_CASE("a pillar is 25 times the weighted mean of its known credits") {
    Random random{24};
    for (int n = 0; n < cases; ++n) {
        const Inputs inputs = random_inputs(random, 0.25, 0.1);
        const Result result = evaluate(inputs);
        for (Pillar pillar : all_pillars) {
            double weighted = 0;
            double weight = 0;
            for (std::size_t i = 0; i < metric_count; ++i) {
                if (catalog[i].pillar != pillar || !known(inputs, i)) continue;
                weighted += catalog[i].weight * result.credits[i];
                weight += catalog[i].weight;
            }
            const double expected = weight > 0 ? pillar_max * weighted / weight : 0.0;
            const double score = result.pillars[pillar_index(pillar)].score;
            if (!(std::abs(score - expected) <= 1e-9)) {
                INFO(describe(inputs) << "\npillar " << pillar_id(pillar));
                CHECK(score == Approx(expected).margin(1e-9));
                return;
            }
        }
    }
}

TEST_CASE("a pillar reports as confidence the share of its weight that is known") {
    Random random{25};
    for (int n = 0; n < cases; ++n) {
        const Inputs inputs = random_inputs(random, 0.3, 0.1);
        const Result result = evaluate(inputs);
        for (Pillar pillar : all_pillars) {
            double known_weight = 0;
            for (std::size_t i = 0; i < metric_count; ++i)
                if (catalog[i].pillar == pillar && known(inputs, i)) known_weight += catalog[i].weight;
            const double expected = known_weight / pillar_weight(pillar);
            const double confidence = result.pillars[pillar_index(pillar)].confidence;
            if (!(std::abs(confidence - expected) <= 1e-12 && confidence >= 0.0 && confidence <= 1.0)) {
                INFO(describe(inputs) << "\npillar " << pillar_id(pillar));
                CHECK(confidence == Approx(expected).margin(1e-12));
                return;
            }
        }
    }
}

TEST_CASE("a pillar with nothing known scores 0 with confidence 0") {
    const Result nothing = evaluate(Inputs{});
    CHECK(nothing.total == 0.0);
    for (const PillarScore& pillar : nothing.pillars) {
        CHECK(pillar.score == 0.0);
        CHECK(pillar.confidence == 0.0);
    }
    // Only NaN in one pillar: the same as unknown; the other pillars keep their scores.
    Inputs inputs = typical_inputs();
    for (std::size_t i = 0; i < metric_count; ++i)
        if (catalog[i].pillar == Pillar::people) inputs.values[i] = quiet_nan;
    const Result result = evaluate(inputs);
    const Result typical = evaluate(typical_inputs());
    CHECK(result.pillars[pillar_index(Pillar::people)].score == 0.0);
    CHECK(result.pillars[pillar_index(Pillar::people)].confidence == 0.0);
    for (Pillar pillar : {Pillar::brand, Pillar::insights, Pillar::relationships})
        CHECK(result.pillars[pillar_index(pillar)].score == typical.pillars[pillar_index(pillar)].score);
}

TEST_CASE("a pillar with one known metric scores 25 times that metric's credit") {
    Random random{26};
    for (int n = 0; n < cases / 3; ++n) {
        const std::size_t i = random.below(metric_count);
        const Metric& metric = catalog[i];
        Inputs inputs;
        inputs.values[i] = value_in_range(random, metric);
        const Result result = evaluate(inputs);
        const PillarScore& pillar = result.pillars[pillar_index(metric.pillar)];
        const double expected = pillar_max * credit(metric.curve, *inputs.values[i]);
        if (!(std::abs(pillar.score - expected) <= 1e-9 && std::abs(result.total - expected) <= 1e-9 &&
              std::abs(pillar.confidence - metric.weight / pillar_weight(metric.pillar)) <= 1e-12)) {
            INFO(describe(inputs));
            CHECK(pillar.score == Approx(expected).margin(1e-9));
            CHECK(result.total == Approx(expected).margin(1e-9));
            CHECK(pillar.confidence == Approx(metric.weight / pillar_weight(metric.pillar)).margin(1e-12));
            break;
        }
    }
}

TEST_CASE("an unknown metric is left out of its pillar's mean") {
    // Knowing a metric whose credit equals the mean of the others leaves the pillar where it was;
    // counting an unknown metric as 0 credit would not.
    Random random{27};
    int checked = 0;
    for (int n = 0; n < cases && checked < 500; ++n) {
        Inputs inputs = random_inputs(random, 0.2, 0.0);
        const std::size_t i = random.below(metric_count);
        const Metric& metric = catalog[i];
        if (metric.curve.kind == CurveKind::checkbox) continue;
        inputs.values[i] = std::nullopt;
        const Result without = evaluate(inputs);
        const PillarScore before = without.pillars[pillar_index(metric.pillar)];
        const double mean = before.score / pillar_max;
        if (before.confidence == 0.0 || mean < 0.02 || mean > 0.98) continue;
        const double value = value_for_credit(metric.curve, mean);
        if (value < metric.min || value > metric.max) continue;
        inputs.values[i] = value;
        const Result with = evaluate(inputs);
        const PillarScore after = with.pillars[pillar_index(metric.pillar)];
        ++checked;
        if (!(std::abs(after.score - before.score) <= 1e-6 && after.confidence > before.confidence)) {
            INFO(describe(inputs));
            CHECK(after.score == Approx(before.score).margin(1e-6));
            CHECK(after.confidence > before.confidence);
            break;
        }
    }
    CHECK(checked >= 100);
}

TEST_CASE("improving a known metric never lowers a pillar or the total and moves only its own pillar") {
    Random random{28};
    for (int n = 0; n < cases; ++n) {
        Inputs inputs = random_inputs(random);
        const std::size_t i = random.below(metric_count);
        const Metric& metric = catalog[i];
        inputs.values[i] = value_in_range(random, metric);
        const Result before = evaluate(inputs);
        Inputs better = inputs;
        const double room = best_value(metric) - *inputs.values[i];
        const double move = random.chance(0.3) ? metric.next_step : room * random.uniform();
        better.values[i] =
            std::clamp(*inputs.values[i] + (std::abs(move) <= std::abs(room) ? move : room), metric.min, metric.max);
        const Result after = evaluate(better);
        bool ok = after.total >= before.total - 1e-12 && after.credits[i] >= before.credits[i] - 1e-12;
        for (std::size_t p = 0; p < pillar_count; ++p) {
            if (p == pillar_index(metric.pillar))
                ok = ok && after.pillars[p].score >= before.pillars[p].score - 1e-12;
            else
                ok = ok && after.pillars[p].score == before.pillars[p].score;
            ok = ok && after.pillars[p].confidence == before.pillars[p].confidence;
        }
        if (!ok) {
            INFO(describe(inputs) << "\nmetric " << metric.id << " to " << *better.values[i]);
            CHECK(after.total >= before.total - 1e-12);
            for (std::size_t p = 0; p < pillar_count; ++p) {
                INFO("pillar " << p);
                if (p == pillar_index(metric.pillar))
                    CHECK(after.pillars[p].score >= before.pillars[p].score - 1e-12);
                else
                    CHECK(after.pillars[p].score == before.pillars[p].score);
            }
            break;
        }
    }
}

TEST_CASE("the points a unit of credit is worth add up to 25 over a pillar's known metrics") {
    Random random{29};
    for (int n = 0; n < cases; ++n) {
        const Inputs inputs = random_inputs(random, 0.3, 0.1);
        std::array<double, pillar_count> sum{};
        std::array<double, pillar_count> known_weight{};
        bool ok = true;
        for (std::size_t i = 0; i < metric_count; ++i) {
            const double points = points_per_credit(inputs, i);
            const std::size_t p = pillar_index(catalog[i].pillar);
            if (known(inputs, i)) {
                sum[p] += points;
                known_weight[p] += catalog[i].weight;
            } else {
                ok = ok && points == 0.0;
            }
        }
        for (std::size_t i = 0; i < metric_count; ++i) {
            const std::size_t p = pillar_index(catalog[i].pillar);
            if (known(inputs, i))
                ok = ok && std::abs(points_per_credit(inputs, i) - pillar_max * catalog[i].weight / known_weight[p]) <= 1e-12;
        }
        for (std::size_t p = 0; p < pillar_count; ++p)
            ok = ok && (known_weight[p] == 0.0 ? sum[p] == 0.0 : std::abs(sum[p] - pillar_max) <= 1e-9);
        if (!ok) {
            INFO(describe(inputs));
            for (std::size_t p = 0; p < pillar_count; ++p) {
                INFO("pillar " << p);
                CHECK((known_weight[p] == 0.0 ? sum[p] == 0.0 : std::abs(sum[p] - pillar_max) <= 1e-9));
            }
            for (std::size_t i = 0; i < metric_count; ++i)
                if (!known(inputs, i)) CHECK(points_per_credit(inputs, i) == 0.0);
            break;
        }
    }
}

// ---------------------------------------------------------------- display

TEST_CASE("pillars display with up to 2 decimals, like LinkedIn") {
    CHECK(format_pillar(12.8) == "12.8");
    CHECK(format_pillar(25) == "25");
    CHECK(format_pillar(25.0) == "25");
    CHECK(format_pillar(20.998) == "21");
    CHECK(format_pillar(10.25) == "10.25");
    CHECK(format_pillar(6.4) == "6.4");
    CHECK(format_pillar(15) == "15");
    CHECK(format_pillar(18) == "18");
    CHECK(format_pillar(20.99) == "20.99");
    CHECK(format_pillar(0) == "0");
    CHECK(format_pillar(10) == "10");
    CHECK(format_pillar(20) == "20");
    CHECK(format_pillar(0.004) == "0");
    CHECK(format_pillar(0.006) == "0.01");
    CHECK(format_pillar(24.996) == "25");
    CHECK(displayed_pillar(20.998) == 21.0);
    CHECK(displayed_pillar(10.25) == 10.25);
    CHECK(displayed_pillar(12.8) == 12.8);
}

TEST_CASE("a pillar displays within 0..25, whatever the score") {
    CHECK(format_pillar(-3) == "0");
    CHECK(format_pillar(quiet_nan) == "0");
    CHECK(format_pillar(infinity) == "25");
    CHECK(format_pillar(-infinity) == "0");
    CHECK(format_pillar(1e300) == "25");
    CHECK(format_pillar(25.004) == "25");
    CHECK(displayed_pillar(quiet_nan) == 0.0);
    CHECK(displayed_pillar(1e9) == 25.0);
    CHECK(displayed_pillar(-1e9) == 0.0);
}

TEST_CASE("a displayed pillar is the score rounded to 2 decimals, without trailing zeros") {
    Random random{31};
    for (int n = 0; n < cases; ++n) {
        double score = random.uniform(0.0, 25.0);
        if (random.chance(0.3)) score = std::round(score * 100.0) / 100.0;  // exactly 2 decimals
        if (random.chance(0.1)) score = std::round(score);
        const std::string text = format_pillar(score);
        const double parsed = std::strtod(text.c_str(), nullptr);
        const std::size_t dot = text.find('.');
        const bool shape = !text.empty() && text.size() <= 5 && text.back() != '.' &&
                           (dot == std::string::npos || (text.back() != '0' && text.size() - dot - 1 <= 2));
        const double shown = displayed_pillar(score);
        if (!(shape && std::abs(parsed - score) <= 0.005 + 1e-9 && parsed == shown &&
              std::abs(shown * 100.0 - std::round(shown * 100.0)) <= 1e-9)) {
            INFO("score " << score << " text " << text);
            CHECK(shape);
            CHECK(parsed == Approx(score).margin(0.005 + 1e-9));
            CHECK(parsed == shown);
            break;
        }
    }
}

TEST_CASE("the total displays rounded half up, like LinkedIn") {
    // The seed's dashboard: 25 + 12.8 + 18 + 25 shows 81.
    CHECK(displayed_total(25 + 12.8 + 18 + 25) == 81);
    // DOMAIN.md: 20.998 + 6.4 + 10.25 + 15 = 52.648 shows 53.
    CHECK(displayed_total(20.998 + 6.4 + 10.25 + 15) == 53);
    CHECK(displayed_total(80.5) == 81);
    CHECK(displayed_total(80.49) == 80);
    CHECK(displayed_total(0.5) == 1);
    CHECK(displayed_total(0.49) == 0);
    CHECK(displayed_total(99.5) == 100);
    CHECK(displayed_total(100) == 100);
    CHECK(displayed_total(0) == 0);
    // 80.5 computed with a rounding error below it still shows 81.
    CHECK(displayed_total(0.1 + 0.2 + 80.2) == 81);
    CHECK(displayed_total(std::nextafter(80.5, 0.0)) == 81);
}

TEST_CASE("a displayed total is the nearest whole number, ties up") {
    Random random{32};
    for (int n = 0; n < cases; ++n) {
        double total = random.uniform(0.0, 100.0);
        if (random.chance(0.2)) total = std::floor(total) + 0.5;
        const int shown = displayed_total(total);
        const double floor_total = std::floor(total);
        const int expected = static_cast<int>(floor_total) + (total - floor_total >= 0.5 ? 1 : 0);
        if (shown != expected) {
            INFO("total " << total);
            CHECK(shown == expected);
            break;
        }
    }
}

// Bad input never yields a score outside its bounds. std::clamp passes NaN through, and the
// cast of NaN to int is undefined behaviour (x86-64 gives INT_MIN).
TEST_CASE("a displayed total stays within 0..100, whatever the total") {
    CHECK(displayed_total(-5) == 0);
    CHECK(displayed_total(-1e300) == 0);
    CHECK(displayed_total(1e9) == 100);
    CHECK(displayed_total(infinity) == 100);
    CHECK(displayed_total(-infinity) == 0);
    const int shown = displayed_total(quiet_nan);
    CHECK(shown >= 0);
    CHECK(shown <= 100);
}

// ---------------------------------------------------------------- what-if and calibration

TEST_CASE("a what-if shows each pillar's and the total's change against the baseline") {
    Random random{41};
    for (int n = 0; n < cases / 2; ++n) {
        const Result baseline = evaluate(random_inputs(random));
        const Result scenario = evaluate(random_inputs(random));
        const Comparison comparison = compare(baseline, scenario);
        bool ok = std::abs(comparison.total_delta - (scenario.total - baseline.total)) <= 1e-9 &&
                  comparison.displayed_total_delta == displayed_total(scenario.total) - displayed_total(baseline.total);
        double sum = 0;
        for (std::size_t p = 0; p < pillar_count; ++p) {
            ok = ok && std::abs(comparison.pillar_deltas[p] - (scenario.pillars[p].score - baseline.pillars[p].score)) <= 1e-12;
            sum += comparison.pillar_deltas[p];
        }
        ok = ok && std::abs(sum - comparison.total_delta) <= 1e-9;
        if (!ok) {
            INFO("baseline " << baseline.total << " scenario " << scenario.total);
            CHECK(comparison.total_delta == Approx(scenario.total - baseline.total).margin(1e-9));
            CHECK(comparison.displayed_total_delta == displayed_total(scenario.total) - displayed_total(baseline.total));
            CHECK(sum == Approx(comparison.total_delta).margin(1e-9));
            break;
        }
    }
    const Result same = evaluate(typical_inputs());
    const Comparison none = compare(same, same);
    CHECK(none.total_delta == 0.0);
    CHECK(none.displayed_total_delta == 0);
    for (double delta : none.pillar_deltas) CHECK(delta == 0.0);
}

TEST_CASE("calibration moves the real pillars by the model's deltas and keeps them within 0..25") {
    Random random{42};
    const double hostile_actual[] = {quiet_nan, infinity, -infinity, -1.0, -1e300, 1e9, 1e300, 25.0000001, -0.0};
    for (int n = 0; n < cases; ++n) {
        const Inputs base_inputs = random_inputs(random);
        Inputs scenario_inputs = base_inputs;
        // A scenario near the baseline most of the time, anywhere now and then.
        if (random.chance(0.2)) {
            scenario_inputs = random_inputs(random);
        } else {
            for (int k = 0; k < 3; ++k) {
                const std::size_t i = random.below(metric_count);
                scenario_inputs.values[i] = random_value(random, catalog[i], 0.1, 0.1);
            }
        }
        const Result baseline = evaluate(base_inputs);
        const Result scenario = evaluate(scenario_inputs);
        std::array<double, pillar_count> actual{};
        for (double& a : actual)
            a = random.chance(0.2) ? hostile_actual[random.below(std::size(hostile_actual))] : random.uniform(0.0, 25.0);
        const CalibratedScores calibrated = calibrate(actual, baseline, scenario);
        double sum = 0;
        bool ok = true;
        for (std::size_t p = 0; p < pillar_count; ++p) {
            const double value = calibrated.pillars[p];
            sum += value;
            ok = ok && value >= 0.0 && value <= pillar_max;
            const double delta = scenario.pillars[p].score - baseline.pillars[p].score;
            // Inside the bounds, the real score moves by exactly the model's delta.
            if (actual[p] >= 0.0 && actual[p] <= pillar_max && actual[p] + delta >= 0.0 && actual[p] + delta <= pillar_max)
                ok = ok && std::abs(value - (actual[p] + delta)) <= 1e-9;
            // Past a bound, it stops at the bound.
            if (actual[p] >= 0.0 && actual[p] <= pillar_max && actual[p] + delta > pillar_max) ok = ok && value == pillar_max;
            if (actual[p] >= 0.0 && actual[p] <= pillar_max && actual[p] + delta < 0.0) ok = ok && value == 0.0;
        }
        ok = ok && std::abs(calibrated.total - sum) <= 1e-9 && calibrated.total >= 0.0 && calibrated.total <= 100.0;
        if (!ok) {
            INFO(describe(base_inputs) << "\nscenario " << describe(scenario_inputs));
            for (std::size_t p = 0; p < pillar_count; ++p) {
                INFO("pillar " << p << " actual " << actual[p] << " delta "
                               << scenario.pillars[p].score - baseline.pillars[p].score);
                CHECK(calibrated.pillars[p] >= 0.0);
                CHECK(calibrated.pillars[p] <= pillar_max);
            }
            CHECK(calibrated.total == Approx(sum).margin(1e-9));
            break;
        }
    }
}

TEST_CASE("calibration without a change shows the real pillars, kept within 0..25") {
    const Result result = evaluate(typical_inputs());
    const CalibratedScores same = calibrate({25.0, 12.8, 18.0, 25.0}, result, result);
    CHECK(same.pillars[0] == 25.0);
    CHECK(same.pillars[1] == Approx(12.8).margin(1e-12));
    CHECK(same.pillars[2] == 18.0);
    CHECK(same.pillars[3] == 25.0);
    CHECK(displayed_total(same.total) == 81);

    const CalibratedScores bad = calibrate({quiet_nan, -4.0, 1e9, infinity}, result, result);
    for (double pillar : bad.pillars) {
        CHECK(pillar >= 0.0);
        CHECK(pillar <= pillar_max);
    }
    CHECK(bad.pillars[1] == 0.0);
    CHECK(bad.pillars[2] == pillar_max);
    CHECK(bad.pillars[3] == pillar_max);
    CHECK(bad.total == Approx(bad.pillars[0] + bad.pillars[1] + bad.pillars[2] + bad.pillars[3]).margin(1e-12));

    // Results that did not come from evaluate(): still within bounds.
    Result broken = result;
    broken.pillars[0].score = quiet_nan;
    broken.pillars[1].score = infinity;
    broken.pillars[2].score = -infinity;
    broken.pillars[3].score = 1e300;
    const CalibratedScores odd = calibrate({10.0, 10.0, 10.0, 10.0}, result, broken);
    for (double pillar : odd.pillars) {
        CHECK(pillar >= 0.0);
        CHECK(pillar <= pillar_max);
    }
    CHECK(odd.total >= 0.0);
    CHECK(odd.total <= 100.0);
}

TEST_CASE("calibration moves a real score by the what-if's gain") {
    // A real brand score of 20 and a scenario that adds a photo: the calibrated brand pillar is
    // 20 plus the model's brand delta, and the other pillars keep their real values.
    Inputs base = typical_inputs();
    const std::size_t photo = *find_metric("photo");
    base.values[photo] = 0.0;
    Inputs scenario = base;
    scenario.values[photo] = 1.0;
    const Result before = evaluate(base);
    const Result after = evaluate(scenario);
    const double delta = after.pillars[0].score - before.pillars[0].score;
    REQUIRE(delta > 0.0);
    const CalibratedScores calibrated = calibrate({20.0, 7.0, 9.0, 11.0}, before, after);
    CHECK(calibrated.pillars[0] == Approx(std::min(25.0, 20.0 + delta)).margin(1e-12));
    CHECK(calibrated.pillars[1] == 7.0);
    CHECK(calibrated.pillars[2] == 9.0);
    CHECK(calibrated.pillars[3] == 11.0);
    CHECK(calibrated.total == Approx(std::min(25.0, 20.0 + delta) + 27.0).margin(1e-12));
}
