#include "curves.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace ssi::core {

namespace {

double standard_normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// Exponent of the rate curve (rate/100)^a that earns 50% at p50.
double rate_exponent(double p50) { return std::log(0.5) / std::log(p50 / 100.0); }

// A curve's constants, derived from its control points.
struct Shape {
    CurveKind kind;
    double p50;
    double inv_sigma;  // log-normal: z per unit of ln(value / p50)
    double exponent;   // rate
};

Shape shape_of(const Curve& curve) {
    Shape shape{curve.kind, curve.p50, 0.0, 0.0};
    if (curve.kind == CurveKind::log_normal || curve.kind == CurveKind::log_normal_lower_better)
        shape.inv_sigma = z90 / std::abs(std::log(curve.p90 / curve.p50));
    if (curve.kind == CurveKind::rate) shape.exponent = rate_exponent(curve.p50);
    return shape;
}

double credit_of(const Shape& shape, double value) {
    if (std::isnan(value)) return 0.0;
    double c = 0.0;
    switch (shape.kind) {
        case CurveKind::checkbox:
            c = value >= 0.5 ? 1.0 : 0.0;
            break;
        case CurveKind::log_normal:
        case CurveKind::log_normal_lower_better: {
            const double cdf = value > 0.0 ? standard_normal_cdf(std::log(value / shape.p50) * shape.inv_sigma) : 0.0;
            c = shape.kind == CurveKind::log_normal ? cdf : 1.0 - cdf;
            break;
        }
        case CurveKind::rate:
            c = value <= 0.0 ? 0.0 : std::pow(std::min(value, 100.0) / 100.0, shape.exponent);
            break;
    }
    return std::clamp(c, 0.0, 1.0);
}

}  // namespace

double credit(const Curve& curve, double value) { return credit_of(shape_of(curve), value); }

double metric_credit(std::size_t metric, double value) {
    static const auto shapes = [] {
        std::array<Shape, metric_count> all{};
        for (std::size_t i = 0; i < metric_count; ++i) all[i] = shape_of(catalog[i].curve);
        return all;
    }();
    return credit_of(shapes[metric], value);
}

double value_for_credit(const Curve& curve, double target_credit) {
    const double t = std::clamp(target_credit, 1e-9, 1.0 - 1e-9);
    switch (curve.kind) {
        case CurveKind::checkbox:
            return 1.0;
        case CurveKind::rate:
            return 100.0 * std::pow(t, 1.0 / rate_exponent(curve.p50));
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
