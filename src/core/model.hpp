// The scoring model: inputs in, credits, pillars and total out. A pure function of its inputs.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>

#include "catalog.hpp"

namespace ssi::core {

inline constexpr double pillar_max = 25.0;

// One value per catalog metric; nullopt means "unknown": left out of its pillar's mean.
struct Inputs {
    std::array<std::optional<double>, metric_count> values{};
    friend bool operator==(const Inputs&, const Inputs&) = default;
};
// A typical new member: every metric at its catalog default.
Inputs typical_inputs();

enum class InputProblem { none, not_a_number, infinite, below_range, above_range };

struct CleanValue {
    std::optional<double> value;  // NaN becomes unknown; everything else lands inside the range
    InputProblem problem;
};
// The one place raw values are made valid: clamped at the edge of the metric's range.
CleanValue clean_value(const Metric& metric, std::optional<double> raw);

struct PillarScore {
    double score = 0;       // 0..25
    double confidence = 0;  // share of the pillar's weight whose metric is known, 0..1
};

struct Result {
    std::array<double, metric_count> credits{};  // 0..1, 0 for unknown metrics
    std::array<PillarScore, pillar_count> pillars{};
    double total = 0;  // sum of the pillars, 0..100
    // What clean_value() had to do to each input; the scores use the cleaned values.
    std::array<InputProblem, metric_count> problems{};
};

// Pillar = 25 x weighted mean of its known credits; total = sum of pillars.
Result evaluate(const Inputs& inputs);

// Share of the total that one unit of credit of this metric is worth right now, given which
// metrics of its pillar are known: 25 x weight / known weight of the pillar (0 when unknown).
double points_per_credit(const Inputs& inputs, std::size_t metric);

// Display like LinkedIn: pillars with up to 2 decimals, the total rounded half up.
double displayed_pillar(double score);
int displayed_total(double total);
std::string format_pillar(double score);  // "12.8", "25", "20.99"

// What-if: deltas of a scenario against a baseline, for every pillar and the total.
struct Comparison {
    std::array<double, pillar_count> pillar_deltas{};
    double total_delta = 0;
    int displayed_total_delta = 0;
};
Comparison compare(const Result& baseline, const Result& scenario);

// Calibration: the user's real pillar scores (from LinkedIn) moved by the model's deltas
// between baseline and scenario, kept within 0..25.
struct CalibratedScores {
    std::array<double, pillar_count> pillars{};
    double total = 0;
};
CalibratedScores calibrate(const std::array<double, pillar_count>& actual_pillars, const Result& baseline,
                           const Result& scenario);

}  // namespace ssi::core
