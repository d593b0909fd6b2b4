#include "rank.hpp"

#include <algorithm>
#include <cmath>

namespace ssi::core {

namespace {
// Continued fraction for the incomplete beta function, evaluated with the modified Lentz
// method; converges quickly for x < (a + 1) / (a + b + 2).
double beta_continued_fraction(double x, double a, double b) {
    constexpr double tiny = 1e-300;
    constexpr double epsilon = 1e-14;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    if (std::abs(d) < tiny) d = tiny;
    d = 1.0 / d;
    double fraction = d;
    for (int m = 1; m <= 300; ++m) {
        const double dm = m;
        // Even step.
        double numerator = dm * (b - dm) * x / ((a + 2 * dm - 1) * (a + 2 * dm));
        d = 1.0 + numerator * d;
        c = 1.0 + numerator / c;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        if (std::abs(c) < tiny) c = tiny;
        fraction *= d * c;
        // Odd step.
        numerator = -(a + dm) * (a + b + dm) * x / ((a + 2 * dm) * (a + 2 * dm + 1));
        d = 1.0 + numerator * d;
        c = 1.0 + numerator / c;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        if (std::abs(c) < tiny) c = tiny;
        const double change = d * c;
        fraction *= change;
        if (std::abs(change - 1.0) < epsilon) break;
    }
    return fraction;
}
}  // namespace

double regularized_incomplete_beta(double x, double a, double b) {
    if (!(x > 0.0)) return 0.0;
    if (x >= 1.0) return 1.0;
    const double log_front = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) +
                             b * std::log1p(-x);
    const double front = std::exp(log_front);
    if (x < (a + 1.0) / (a + b + 2.0)) return front * beta_continued_fraction(x, a, b) / a;
    return 1.0 - front * beta_continued_fraction(1.0 - x, b, a) / b;
}

double top_percent(double total, double average) {
    const double mean = std::clamp(std::isnan(average) ? 30.0 : average, 1.0, 99.0) / 100.0;
    const double x = std::clamp(std::isnan(total) ? 0.0 : total, 0.0, 100.0) / 100.0;
    const double a = mean * rank_concentration;
    const double b = (1.0 - mean) * rank_concentration;
    return std::clamp(100.0 * (1.0 - regularized_incomplete_beta(x, a, b)), 0.0, 100.0);
}

int displayed_top_percent(double top) {
    if (std::isnan(top)) return 100;
    return static_cast<int>(std::ceil(std::clamp(top, 1.0, 100.0) - 1e-9));
}

}  // namespace ssi::core
