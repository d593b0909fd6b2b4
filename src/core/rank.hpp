// Rank estimate: "top X%" for a total, given the average SSI LinkedIn shows (industry or
// network). An estimate from a documented distribution fitted to real readings of LinkedIn's
// page (tests/data/ssi_readings.csv; tests/rank_fit.cpp fits it and prints every residual).
#pragma once

namespace ssi::core {

// Totals are modelled as a two-piece normal split at the group's average: a normal of spread
// `rank_spread_below` under the average and one of `rank_spread_above` over it (scaled so the
// density is continuous), truncated to 0..100. LinkedIn's "top X%" is much tighter around the
// average than its 2015 breakdown suggested (54.6 against an average of 33.75 is top 5%), and
// scores under the average spread wider than those over it: one spread cannot fit both sides.
// The two spreads are the weighted least-squares fit of the readings' "top X%" (tests/rank_fit.cpp
// checks that these constants are its optimum); industry and network readings fit alike, so
// they share them.
inline constexpr double rank_spread_below = 15.8;
inline constexpr double rank_spread_above = 13.3;
// How far an estimate may miss LinkedIn's figure, in displayed percent: no reading misses by more
// (tests/rank_fit.cpp fails otherwise; the largest miss today is 3). The rank panel shows the
// estimate as a range this wide on each side.
inline constexpr int rank_uncertainty = 4;

// Share of members (percent, 0..100) whose total is above `total`, for an average in 1..99
// (clamped). Decreases as the total rises, rises with the average.
double top_percent(double total, double average);
// The same with other spreads, for the fit.
double top_percent(double total, double average, double spread_below, double spread_above);

// As LinkedIn words it: "top 1%" at best, whole percent otherwise.
int displayed_top_percent(double top);

// The plausible range around a displayed estimate: within the fit's largest miss, in 1..100.
struct RankRange {
    int best = 1;  // the smaller "top X%"
    int worst = 100;
};
RankRange rank_range(double top);

}  // namespace ssi::core
