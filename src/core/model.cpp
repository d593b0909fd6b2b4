#include "model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "curves.hpp"

namespace ssi::core {

namespace {
std::size_t pillar_index(Pillar pillar) { return static_cast<std::size_t>(pillar); }

double clamp_pillar(double score) { return std::isnan(score) ? 0.0 : std::clamp(score, 0.0, pillar_max); }
}  // namespace

Inputs typical_inputs() {
    Inputs inputs;
    for (std::size_t i = 0; i < metric_count; ++i) inputs.values[i] = catalog[i].typical;
    return inputs;
}

CleanValue clean_value(const Metric& metric, std::optional<double> raw) {
    if (!raw) return {std::nullopt, InputProblem::none};
    const double v = *raw;
    if (std::isnan(v)) return {std::nullopt, InputProblem::not_a_number};
    if (std::isinf(v)) return {v > 0 ? metric.max : metric.min, InputProblem::infinite};
    if (v < metric.min) return {metric.min, InputProblem::below_range};
    if (v > metric.max) return {metric.max, InputProblem::above_range};
    return {v, InputProblem::none};
}

double points_per_credit(const Inputs& inputs, std::size_t metric) {
    if (!inputs.values[metric] || std::isnan(*inputs.values[metric])) return 0.0;
    double known_weight = 0.0;
    for (std::size_t i = 0; i < metric_count; ++i)
        if (catalog[i].pillar == catalog[metric].pillar && inputs.values[i] && !std::isnan(*inputs.values[i]))
            known_weight += catalog[i].weight;
    return pillar_max * catalog[metric].weight / known_weight;
}

Result evaluate(const Inputs& inputs) {
    Result result;
    std::array<double, pillar_count> weighted_credit{};
    std::array<double, pillar_count> known_weight{};
    std::array<double, pillar_count> all_weight{};
    for (std::size_t i = 0; i < metric_count; ++i) {
        const Metric& metric = catalog[i];
        const std::size_t p = pillar_index(metric.pillar);
        all_weight[p] += metric.weight;
        const CleanValue clean = clean_value(metric, inputs.values[i]);
        result.problems[i] = clean.problem;
        if (!clean.value) continue;
        result.credits[i] = metric_credit(i, *clean.value);
        weighted_credit[p] += metric.weight * result.credits[i];
        known_weight[p] += metric.weight;
    }
    for (std::size_t p = 0; p < pillar_count; ++p) {
        PillarScore& pillar = result.pillars[p];
        pillar.confidence = known_weight[p] / all_weight[p];
        pillar.score = known_weight[p] > 0 ? clamp_pillar(pillar_max * weighted_credit[p] / known_weight[p]) : 0.0;
        result.total += pillar.score;
    }
    return result;
}

double displayed_pillar(double score) { return std::round(clamp_pillar(score) * 100.0) / 100.0; }

int displayed_total(double total) {
    // Half up, with a hair of tolerance so 80.5 computed as 80.49999999 still shows 81.
    if (std::isnan(total)) return 0;
    return static_cast<int>(std::floor(std::clamp(total, 0.0, 4 * pillar_max) + 0.5 + 1e-9));
}

std::string format_pillar(double score) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", displayed_pillar(score));
    std::string text = buffer;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

Comparison compare(const Result& baseline, const Result& scenario) {
    Comparison comparison;
    for (std::size_t p = 0; p < pillar_count; ++p)
        comparison.pillar_deltas[p] = scenario.pillars[p].score - baseline.pillars[p].score;
    comparison.total_delta = scenario.total - baseline.total;
    comparison.displayed_total_delta = displayed_total(scenario.total) - displayed_total(baseline.total);
    return comparison;
}

CalibratedScores calibrate(const std::array<double, pillar_count>& actual_pillars, const Result& baseline,
                           const Result& scenario) {
    CalibratedScores calibrated;
    for (std::size_t p = 0; p < pillar_count; ++p) {
        const double delta = scenario.pillars[p].score - baseline.pillars[p].score;
        calibrated.pillars[p] = clamp_pillar(clamp_pillar(actual_pillars[p]) + delta);
        calibrated.total += calibrated.pillars[p];
    }
    return calibrated;
}

}  // namespace ssi::core
