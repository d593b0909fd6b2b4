// Fits the rank estimate to real readings of LinkedIn's page and prints the residual of every
// reading: the program behind README's "rank fit" and a test (it exits non-zero when a reading
// misses by more than core::rank_uncertainty, when core::rank_spread_below/above are not the
// fit's optimum, or when a reading's total is not its pillars' sum as core::displayed_total
// rounds it).
//
// Method: for every reading with a score, an average and LinkedIn's "top X%" (industry and
// network alike), the squared difference between our continuous top share and LinkedIn's figure,
// times the reading's fit_weight; the two spreads minimise the sum over a 0.1 grid from 5 to 40.
//
// Usage: rank_fit tests/data/ssi_readings.csv
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/rank.hpp"

namespace {

using namespace ssi::core;

struct Observation {
    std::string date;
    const char* group;
    double total;
    double average;
    int top;
    double weight;
};

std::optional<double> number(const std::string& field) {
    if (field.empty()) return std::nullopt;
    return std::strtod(field.c_str(), nullptr);
}

std::vector<std::string> split(const std::string& line, std::size_t fields) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (out.size() + 1 < fields) {
        const std::size_t comma = line.find(',', start);
        if (comma == std::string::npos) break;
        out.push_back(line.substr(start, comma - start));
        start = comma + 1;
    }
    out.push_back(line.substr(start));  // the source, which may hold anything
    return out;
}

double weighted_error(const std::vector<Observation>& readings, double below, double above) {
    double sum = 0;
    for (const Observation& r : readings) {
        const double miss = top_percent(r.total, r.average, below, above) - r.top;
        sum += r.weight * miss * miss;
    }
    return sum;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fputs("usage: rank_fit ssi_readings.csv\n", stderr);
        return 2;
    }
    std::ifstream file(argv[1]);
    if (!file) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    // Columns: date,total,total_raw,brand,people,insights,relationships,industry_average,
    // industry_top,network_average,network_top,fit_weight,source
    std::vector<Observation> readings;
    int failures = 0;
    int rounding_checked = 0;
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#' || line.starts_with("date,")) continue;
        const auto f = split(line, 13);
        if (f.size() != 13) {
            std::fprintf(stderr, "not 13 columns: %s\n", line.c_str());
            return 2;
        }
        const auto shown = number(f[1]);
        const auto raw = number(f[2]);
        std::optional<double> pillar_sum = 0.0;
        for (int p = 3; p <= 6; ++p)
            pillar_sum = number(f[p]) && pillar_sum ? std::optional(*pillar_sum + *number(f[p])) : std::nullopt;
        // LinkedIn's rounding: the shown total is the pillars' sum rounded half up.
        if (shown && pillar_sum) {
            ++rounding_checked;
            if (displayed_total(*pillar_sum) != static_cast<int>(*shown)) {
                std::printf("ROUNDING %s: pillars sum to %.6f, LinkedIn shows %g\n", f[0].c_str(), *pillar_sum, *shown);
                ++failures;
            }
        }
        const std::optional<double> total = raw ? raw : pillar_sum ? pillar_sum : shown;
        const double weight = number(f[11]).value_or(1.0);
        if (!total) continue;
        if (const auto average = number(f[7]); average && number(f[8]))
            readings.push_back({f[0], "industry", *total, *average, static_cast<int>(*number(f[8])), weight});
        if (const auto average = number(f[9]); average && number(f[10]))
            readings.push_back({f[0], "network", *total, *average, static_cast<int>(*number(f[10])), weight});
    }
    if (readings.empty()) {
        std::fputs("no reading with a score, an average and a rank\n", stderr);
        return 2;
    }

    double best_below = 0;
    double best_above = 0;
    double best_error = 1e300;
    for (int b = 50; b <= 400; ++b)
        for (int a = 50; a <= 400; ++a) {
            const double error = weighted_error(readings, b / 10.0, a / 10.0);
            if (error < best_error) {
                best_error = error;
                best_below = b / 10.0;
                best_above = a / 10.0;
            }
        }
    std::printf("two-piece normal split at the average, truncated to 0..100\n");
    std::printf("fit: spread below %.1f, above %.1f (weighted squared error %.2f); rank.hpp has %.1f, %.1f\n", best_below,
                best_above, best_error, rank_spread_below, rank_spread_above);
    if (std::abs(best_below - rank_spread_below) > 0.05 || std::abs(best_above - rank_spread_above) > 0.05) {
        std::printf("FAIL: rank.hpp's spreads are not the fit's optimum\n");
        ++failures;
    }

    std::printf("\n%-11s %-9s %7s %8s %9s %9s %9s %7s\n", "reading", "group", "score", "average", "LinkedIn", "estimate",
                "residual", "weight");
    double absolute = 0;
    int worst = 0;
    for (const Observation& r : readings) {
        const int estimate = displayed_top_percent(top_percent(r.total, r.average));
        const int residual = estimate - r.top;
        absolute += std::abs(residual);
        worst = std::max(worst, std::abs(residual));
        std::printf("%-11s %-9s %7.2f %8.2f %8d%% %8d%% %+9d %7.1f%s\n", r.date.c_str(), r.group, r.total, r.average, r.top,
                    estimate, residual, r.weight, std::abs(residual) > rank_uncertainty ? "  FAIL" : "");
        if (std::abs(residual) > rank_uncertainty) ++failures;
    }
    std::printf(
        "\n%zu readings, mean absolute error %.2f points, largest %d (allowed %d); totals rounding checked on %d readings\n",
        readings.size(), absolute / static_cast<double>(readings.size()), worst, rank_uncertainty, rounding_checked);
    return failures == 0 ? 0 : 1;
}
