#include "knapsack.hpp"

#include <algorithm>

#include "model.hpp"

namespace ssi::core {

namespace {
struct Cell {
    double gain = 0;
    int steps = 0;
    // More points first; for equal points, fewer steps.
    bool operator<(const Cell& other) const { return gain < other.gain || (gain == other.gain && steps > other.steps); }
};
}  // namespace

std::optional<std::array<int, metric_count>> least_time_steps(const std::array<KnapsackMetric, metric_count>& metrics,
                                                              std::size_t width,
                                                              const std::array<double, pillar_count>* unclamped, double shown_now,
                                                              int target) {
    auto reaches = [&](double shown_gain) { return displayed_total(shown_now + shown_gain) >= target; };
    const std::size_t tables = unclamped ? pillar_count : 1;
    // Per table, a knapsack over the budget: best[w] is the most points w units buy ("at most w":
    // every budget starts at nothing bought); choice[i][w], metric i's steps in it.
    std::array<std::vector<int>, metric_count> choice;
    std::array<std::vector<Cell>, pillar_count> table_best;
    for (std::size_t p = 0; p < tables; ++p) {
        std::vector<Cell> best(width);
        for (std::size_t i = 0; i < metric_count; ++i) {
            const KnapsackMetric& m = metrics[i];
            if (m.per_step == 0 || m.table != p) continue;
            const int most_steps = static_cast<int>(m.gains.size()) - 1;
            std::vector<Cell> next = best;
            choice[i].assign(width, 0);
            for (std::size_t w = m.per_step; w < width; ++w)
                for (int k = 1; k <= most_steps && static_cast<std::size_t>(k) * m.per_step <= w; ++k) {
                    const Cell& before = best[w - static_cast<std::size_t>(k) * m.per_step];
                    const Cell candidate{before.gain + m.gains[static_cast<std::size_t>(k)], before.steps + k};
                    if (next[w] < candidate) {
                        next[w] = candidate;
                        choice[i][w] = k;
                    }
                }
            best = std::move(next);
        }
        // The pillar's clamp: what its points show.
        if (unclamped) {
            const double before = std::clamp((*unclamped)[p], 0.0, pillar_max);
            for (Cell& cell : best) cell.gain = std::clamp((*unclamped)[p] + cell.gain, 0.0, pillar_max) - before;
        }
        table_best[p] = std::move(best);
    }
    // Tables combined: all[w] is the best of every split of budget w among the tables so far.
    std::vector<Cell> all = table_best[0];
    std::array<std::vector<std::size_t>, pillar_count> split;  // budget given to table p
    for (std::size_t p = 1; p < tables; ++p) {
        std::vector<Cell> next(width);
        split[p].assign(width, 0);
        for (std::size_t w = 0; w < width; ++w)
            for (std::size_t a = 0; a <= w; ++a) {
                const Cell candidate{all[w - a].gain + table_best[p][a].gain, all[w - a].steps + table_best[p][a].steps};
                if (a == 0 || next[w] < candidate) {
                    next[w] = candidate;
                    split[p][w] = a;
                }
            }
        all = std::move(next);
    }
    std::size_t budget = 0;
    while (budget + 1 < width && !reaches(all[budget].gain)) ++budget;
    if (!reaches(all[budget].gain)) return std::nullopt;

    // Back through the tables: each table's budget, then each metric's steps.
    std::array<std::size_t, pillar_count> table_budget{};
    for (std::size_t p = tables; p-- > 1;) {
        table_budget[p] = split[p][budget];
        budget -= table_budget[p];
    }
    table_budget[0] = budget;
    std::array<int, metric_count> taken{};
    for (std::size_t i = metric_count; i-- > 0;) {
        if (choice[i].empty()) continue;
        std::size_t& left = table_budget[metrics[i].table];
        taken[i] = choice[i][left];
        left -= static_cast<std::size_t>(taken[i]) * metrics[i].per_step;
    }
    return taken;
}

}  // namespace ssi::core
