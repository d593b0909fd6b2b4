#include "rank.hpp"

#include <algorithm>
#include <cmath>

namespace ssi::core {

namespace {
double standard_normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// Cumulative share of the two-piece normal below x: the part under the split point holds
// below / (below + above) of the members, the rest lies over it.
double two_piece_cdf(double x, double split, double below, double above) {
    const double under = below / (below + above);
    if (x < split) return 2.0 * under * standard_normal_cdf((x - split) / below);
    return under + 2.0 * (1.0 - under) * (standard_normal_cdf((x - split) / above) - 0.5);
}
}  // namespace

double top_percent(double total, double average, double spread_below, double spread_above) {
    const double split = std::clamp(std::isnan(average) ? 30.0 : average, 1.0, 99.0);
    const double x = std::clamp(std::isnan(total) ? 0.0 : total, 0.0, 100.0);
    const double at_zero = two_piece_cdf(0.0, split, spread_below, spread_above);
    const double at_top = two_piece_cdf(100.0, split, spread_below, spread_above);
    const double below_x = (two_piece_cdf(x, split, spread_below, spread_above) - at_zero) / (at_top - at_zero);
    return std::clamp(100.0 * (1.0 - below_x), 0.0, 100.0);
}

double top_percent(double total, double average) { return top_percent(total, average, rank_spread_below, rank_spread_above); }

int displayed_top_percent(double top) {
    if (std::isnan(top)) return 100;
    return static_cast<int>(std::ceil(std::clamp(top, 1.0, 100.0) - 1e-9));
}

RankRange rank_range(double top) {
    const int shown = displayed_top_percent(top);
    return {std::max(1, shown - rank_uncertainty), std::min(100, shown + rank_uncertainty)};
}

}  // namespace ssi::core
