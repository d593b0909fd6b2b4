// Rank estimate: "top X%" for a total, given the average SSI LinkedIn shows (industry or
// network). An estimate from a documented distribution, not LinkedIn's data.
#pragma once

namespace ssi::core {

// Totals are modelled as 100 x Beta(a, b) with mean = average / 100 and a fixed concentration
// a + b. With LinkedIn's 2015 average of 28.2, a concentration of 6.5 puts 1.4% of members at
// 70 or more, as LinkedIn published (it then puts 37% below 20.5 where LinkedIn said 46.7%: no
// two-parameter shape matches both, and the top tail is what "top X%" is about).
inline constexpr double rank_concentration = 6.5;

// Share of members (percent, 0..100) whose total is above `total`, for an average in 1..99
// (clamped). Decreases as the total rises, rises with the average.
double top_percent(double total, double average);

// As LinkedIn words it: "top 1%" at best, whole percent otherwise.
int displayed_top_percent(double top);

// The regularized incomplete beta function I_x(a, b), exposed for tests.
double regularized_incomplete_beta(double x, double a, double b);

}  // namespace ssi::core
