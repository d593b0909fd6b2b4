// Credit curves: map a metric's value to a credit in [0, 1]. Monotone in the metric's better
// direction, with diminishing returns past the 50% point (per halving, for lower-is-better).
#pragma once

#include "catalog.hpp"

namespace ssi::core {

// z-score of the 90th percentile of the standard normal: a log-normal curve through
// (p50, 0.5) and (p90, 0.9) has sigma = |ln p90 - ln p50| / z90.
inline constexpr double z90 = 1.2815515655446004;

double credit(const Curve& curve, double value);

// The same for a catalog metric, with the curve's constants computed once: the planner and the
// tips call it hundreds of times per evaluation.
double metric_credit(std::size_t metric, double value);

// The value that earns the given credit in (0, 1): the inverse of credit(), used to draw
// and document curves (the rate curve's 90% point is derived this way).
double value_for_credit(const Curve& curve, double target_credit);

}  // namespace ssi::core
