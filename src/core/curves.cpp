#include "curves.hpp"

#include <algorithm>
#include <cmath>

namespace ssi::core {

namespace {

double standard_normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// Credit of a higher-is-better log-normal curve.
double log_normal_credit(double p50, double p90, double value) {
    if (!(value > 0.0)) return 0.0;
    const double sigma = std::abs(std::log(p90) - std::log(p50)) / z90;
    return standard_normal_cdf((std::log(value) - std::log(p50)) / sigma);
}

// Exponent of the rate curve (rate/100)^a that earns 50% at p50.
double rate_exponent(double p50) { return std::log(0.5) / std::log(p50 / 100.0); }

}  // namespace

double credit(const Curve& curve, double value) {
    if (std::isnan(value)) return 0.0;
    double c = 0.0;
    switch (curve.kind) {
        case CurveKind::checkbox: c = value >= 0.5 ? 1.0 : 0.0; break;
        case CurveKind::log_normal: c = log_normal_credit(curve.p50, curve.p90, value); break;
        case CurveKind::log_normal_lower_better:
            c = 1.0 - log_normal_credit(curve.p50, curve.p90, value);
            break;
        case CurveKind::rate:
            c = value <= 0.0 ? 0.0 : std::pow(std::min(value, 100.0) / 100.0, rate_exponent(curve.p50));
            break;
    }
    return std::clamp(c, 0.0, 1.0);
}

double value_for_credit(const Curve& curve, double target_credit) {
    const double t = std::clamp(target_credit, 1e-9, 1.0 - 1e-9);
    switch (curve.kind) {
        case CurveKind::checkbox: return 1.0;
        case CurveKind::rate: return 100.0 * std::pow(t, 1.0 / rate_exponent(curve.p50));
        case CurveKind::log_normal:
        case CurveKind::log_normal_lower_better: {
            // Invert the normal CDF by bisection: rarely called (drawing, docs), so clarity wins.
            const bool lower = curve.kind == CurveKind::log_normal_lower_better;
            const double wanted = lower ? 1.0 - t : t;
            double lo = -12.0;
            double hi = 12.0;
            for (int i = 0; i < 80; ++i) {
                const double mid = 0.5 * (lo + hi);
                (standard_normal_cdf(mid) < wanted ? lo : hi) = mid;
            }
            const double sigma = std::abs(std::log(curve.p90) - std::log(curve.p50)) / z90;
            return curve.p50 * std::exp(0.5 * (lo + hi) * sigma);
        }
    }
    return 0.0;
}

}  // namespace ssi::core
