// The one catalog of metrics. Every other part of the product (sliders, URL codec, the
// "why this score" panel, tips, the planner, tests, README table) reads this table;
// nothing repeats it.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace ssi::core {

enum class Pillar { brand, people, insights, relationships };
inline constexpr std::size_t pillar_count = 4;
inline constexpr std::array<Pillar, pillar_count> all_pillars{Pillar::brand, Pillar::people, Pillar::insights,
                                                              Pillar::relationships};
// Lowercase ids, used in URLs, storage and text keys.
std::string_view pillar_id(Pillar pillar);

enum class CurveKind {
    // Counts: a log-normal CDF in the value, fixed by the value earning 50% credit and the value
    // earning 90% (Lighthouse's scoring curves, so a coach can read and argue every curve).
    log_normal,
    // "Lower is better" counts (hours to reply): the mirror image, 1 - log-normal CDF; the 90%
    // point lies below the 50% point. Returns diminish per halving of the time past the 50%
    // point (time is felt in ratios); per hour saved, the last hours count most.
    log_normal_lower_better,
    // Rates in percent: credit = (rate / 100)^a with a fixed by the rate earning 50%; concave
    // when that rate is below 50%, credit(0) = 0 and credit(100) = 1.
    rate,
    // A profile checklist item: done (1) or not (0).
    checkbox,
};

struct Curve {
    CurveKind kind;
    double p50;  // value earning 50% credit (unused for checkbox)
    double p90;  // value earning 90% credit (log-normal kinds only; derived for rate)
};

enum class Unit { item, count, per_week, per_month, per_post, percent, hours, days_per_week };
std::string_view unit_id(Unit unit);

// The time one next step takes: minutes every week for a recurring activity (comments, posts,
// searches...), or minutes once for one-off work (an About section, asking for recommendations).
enum class Cadence { weekly, once };
struct Effort {
    int minutes = 0;  // whole minutes, multiples of 5
    Cadence cadence = Cadence::weekly;
    std::string_view source;  // where the figure comes from, or "our assumption"
};

struct Metric {
    std::string_view id;  // stable, lowercase, used in URLs and text keys: metric.<id>.label
    Pillar pillar;
    Unit unit;
    double min;
    double max;
    double step;     // slider granularity
    double typical;  // default: a typical new member
    Curve curve;
    double weight;            // relative weight inside its pillar
    double next_step;         // realistic next step, signed toward "better"; tips and the planner use it
    std::string_view advice;  // text key of the advice the tip draws from (seed sections)
    std::string_view source;  // where the curve figures come from, or "our assumption"
    Effort effort;            // of one next_step
};

inline constexpr std::size_t metric_count = 30;
extern const std::array<Metric, metric_count> catalog;

std::optional<std::size_t> find_metric(std::string_view id);

// True when larger values earn more credit.
constexpr bool higher_is_better(const Metric& metric) { return metric.curve.kind != CurveKind::log_normal_lower_better; }
// The end of the range with the most credit.
constexpr double best_value(const Metric& metric) { return higher_is_better(metric) ? metric.max : metric.min; }

}  // namespace ssi::core
