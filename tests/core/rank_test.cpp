// Rank estimate: the incomplete beta function against closed forms, and "top X%" against the
// 2015 figures and its monotonicity in the total and the average.
#include <catch2/catch.hpp>

#include "random.hpp"

#include <cmath>
#include <utility>
#include <cstdint>
#include <limits>

#include "core/rank.hpp"

namespace {

using namespace ssi::core;

using ssi::test::Random;

constexpr double quiet_nan = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double pi = 3.14159265358979323846;

// I_x(a, b) for whole a, b: the chance of at least a successes in a + b - 1 trials of chance x.
double binomial_tail(double x, int a, int b) {
    const int n = a + b - 1;
    double sum = 0;
    for (int j = a; j <= n; ++j) {
        double choose = 1;
        for (int k = 1; k <= j; ++k) choose = choose * (n - j + k) / k;
        sum += choose * std::pow(x, j) * std::pow(1.0 - x, n - j);
    }
    return sum;
}

}  // namespace

TEST_CASE("the incomplete beta function matches its closed forms") {
    Random random{71};
    for (int n = 0; n < 2000; ++n) {
        const double x = random.uniform(1e-6, 1.0 - 1e-6);
        const double a = random.uniform(0.05, 8.0);
        const double b = random.uniform(0.05, 8.0);
        const double uniform = regularized_incomplete_beta(x, 1, 1);
        const double power = regularized_incomplete_beta(x, a, 1);
        const double complement = regularized_incomplete_beta(x, 1, b);
        const double arcsine = regularized_incomplete_beta(x, 0.5, 0.5);
        const double forward = regularized_incomplete_beta(x, a, b);
        const double mirrored = regularized_incomplete_beta(1.0 - x, b, a);
        const bool ok = std::abs(uniform - x) <= 1e-10 && std::abs(power - std::pow(x, a)) <= 1e-10 &&
                        std::abs(complement - (1.0 - std::pow(1.0 - x, b))) <= 1e-10 &&
                        std::abs(arcsine - 2.0 / pi * std::asin(std::sqrt(x))) <= 1e-10 &&
                        std::abs(forward - (1.0 - mirrored)) <= 1e-10 && forward >= 0.0 && forward <= 1.0;
        if (!ok) {
            INFO("x " << x << " a " << a << " b " << b);
            CHECK(uniform == Approx(x).margin(1e-10));
            CHECK(power == Approx(std::pow(x, a)).margin(1e-10));
            CHECK(complement == Approx(1.0 - std::pow(1.0 - x, b)).margin(1e-10));
            CHECK(arcsine == Approx(2.0 / pi * std::asin(std::sqrt(x))).margin(1e-10));
            CHECK(forward == Approx(1.0 - mirrored).margin(1e-10));
            break;
        }
    }
}

TEST_CASE("the incomplete beta function matches the binomial tail for whole parameters") {
    Random random{72};
    for (int n = 0; n < 2000; ++n) {
        const double x = random.uniform(0.0, 1.0);
        const int a = random.between(1, 9);
        const int b = random.between(1, 9);
        const double got = regularized_incomplete_beta(x, a, b);
        const double expected = binomial_tail(x, a, b);
        if (!(std::abs(got - expected) <= 1e-10)) {
            INFO("x " << x << " a " << a << " b " << b);
            CHECK(got == Approx(expected).margin(1e-10));
            break;
        }
    }
    CHECK(regularized_incomplete_beta(0.5, 3.2, 3.2) == Approx(0.5).margin(1e-12));
    CHECK(regularized_incomplete_beta(0.3, 2, 2) == Approx(3 * 0.09 - 2 * 0.027).margin(1e-12));
}

TEST_CASE("the incomplete beta function rises from 0 to 1 over [0, 1]") {
    for (double a : {0.065, 0.5, 1.833, 3.0, 6.435})
        for (double b : {0.065, 0.5, 2.0, 4.667, 6.435}) {
            INFO("a " << a << " b " << b);
            CHECK(regularized_incomplete_beta(0.0, a, b) == 0.0);
            CHECK(regularized_incomplete_beta(1.0, a, b) == 1.0);
            CHECK(regularized_incomplete_beta(-0.5, a, b) == 0.0);
            CHECK(regularized_incomplete_beta(1.5, a, b) == 1.0);
            CHECK(regularized_incomplete_beta(quiet_nan, a, b) == 0.0);
            double previous = 0.0;
            for (int k = 1; k < 1000; ++k) {
                const double value = regularized_incomplete_beta(k / 1000.0, a, b);
                if (!(value >= previous - 1e-12 && value <= 1.0)) {
                    INFO("x " << k / 1000.0);
                    CHECK(value >= previous - 1e-12);
                    CHECK(value <= 1.0);
                    break;
                }
                previous = value;
            }
        }
}

TEST_CASE("the top share falls as the total rises") {
    Random random{73};
    for (int n = 0; n < 3000; ++n) {
        const double average = random.uniform(1.0, 99.0);
        double low = random.uniform(0.0, 100.0);
        double high = random.uniform() < 0.3 ? low + random.uniform(0.0, 1.0) : random.uniform(0.0, 100.0);
        if (low > high) std::swap(low, high);
        const double at_low = top_percent(low, average);
        const double at_high = top_percent(high, average);
        if (!(at_high <= at_low + 1e-9)) {
            INFO("average " << average << " totals " << low << " and " << high);
            CHECK(at_high <= at_low + 1e-9);
            break;
        }
    }
    // Strictly, across the scale.
    CHECK(top_percent(20, 28.2) > top_percent(40, 28.2));
    CHECK(top_percent(40, 28.2) > top_percent(60, 28.2));
    CHECK(top_percent(60, 28.2) > top_percent(80, 28.2));
}

TEST_CASE("the top share rises with the average") {
    Random random{74};
    for (int n = 0; n < 3000; ++n) {
        const double total = random.uniform(0.0, 100.0);
        double low = random.uniform(1.0, 99.0);
        double high = random.uniform() < 0.3 ? low + random.uniform(0.0, 1.0) : random.uniform(1.0, 99.0);
        if (low > high) std::swap(low, high);
        const double at_low = top_percent(total, low);
        const double at_high = top_percent(total, high);
        if (!(at_high >= at_low - 1e-9)) {
            INFO("total " << total << " averages " << low << " and " << high);
            CHECK(at_high >= at_low - 1e-9);
            break;
        }
    }
    CHECK(top_percent(50, 35) > top_percent(50, 25));
}

TEST_CASE("the top share is a percentage, whatever the inputs") {
    const double values[] = {quiet_nan, infinity, -infinity, -1e300, 1e300, -1.0, 0.0, 0.5, 28.2, 50.0, 99.5, 100.0, 101.0, 1e9};
    for (double total : values)
        for (double average : values) {
            INFO("total " << total << " average " << average);
            const double top = top_percent(total, average);
            CHECK(top >= 0.0);
            CHECK(top <= 100.0);
            const int shown = displayed_top_percent(top);
            CHECK(shown >= 1);
            CHECK(shown <= 100);
        }
    // Nobody is above 100, everybody is above 0.
    CHECK(top_percent(100, 28.2) == Approx(0.0).margin(1e-9));
    CHECK(top_percent(0, 28.2) == Approx(100.0).margin(1e-9));
    // Averages outside 1..99 are clamped.
    CHECK(top_percent(50, 0.0) == top_percent(50, 1.0));
    CHECK(top_percent(50, -20.0) == top_percent(50, 1.0));
    CHECK(top_percent(50, 150.0) == top_percent(50, 99.0));
    CHECK(top_percent(120, 28.2) == top_percent(100, 28.2));
    CHECK(top_percent(-3, 28.2) == top_percent(0, 28.2));
}

TEST_CASE("with LinkedIn's 2015 average, the distribution matches the published top tail") {
    // 2015: average 28.2, 1.4% at 70 or more (rank.hpp: and 37% below 20.5, a known mismatch
    // with LinkedIn's 46.7% that the header documents).
    const double at_70 = top_percent(69.5, 28.2);
    CHECK(at_70 >= 1.0);
    CHECK(at_70 <= 2.0);
    CHECK(top_percent(70, 28.2) == Approx(1.4).margin(0.15));
    CHECK(100.0 - top_percent(20.5, 28.2) == Approx(37.0).margin(1.5));
    CHECK(displayed_top_percent(at_70) == static_cast<int>(std::ceil(at_70)));
}

TEST_CASE("the rank distribution's mean is the average LinkedIn shows") {
    // The mean of a total in 0..100 is the integral of its top share: E[T] = sum of P(T > t) dt.
    for (double average : {12.0, 21.2, 28.2, 35.0, 50.0, 70.0}) {
        constexpr int slices = 2000;
        double mean = 0;
        for (int k = 0; k < slices; ++k) {
            const double t = (k + 0.5) * 100.0 / slices;
            mean += top_percent(t, average) / 100.0 * (100.0 / slices);
        }
        INFO("average " << average);
        CHECK(mean == Approx(average).margin(0.05));
    }
}

TEST_CASE("a displayed rank is a whole percent, top 1% at best") {
    CHECK(displayed_top_percent(0.0) == 1);
    CHECK(displayed_top_percent(0.2) == 1);
    CHECK(displayed_top_percent(1.0) == 1);
    CHECK(displayed_top_percent(1.4) == 2);
    CHECK(displayed_top_percent(10.0) == 10);
    CHECK(displayed_top_percent(10.0000000001) == 10);
    CHECK(displayed_top_percent(10.3) == 11);
    CHECK(displayed_top_percent(100.0) == 100);
    Random random{75};
    for (int n = 0; n < 3000; ++n) {
        const double top = random.uniform(1.0, 100.0);
        const int shown = displayed_top_percent(top);
        // The smallest whole percent that includes the member: never flatters by a whole point.
        if (!(shown >= top - 1e-9 && shown < top + 1.0 && shown >= 1 && shown <= 100)) {
            INFO("top " << top);
            CHECK(shown >= top - 1e-9);
            CHECK(shown < top + 1.0);
            break;
        }
    }
}

// Bad input is clamped at the edge: a share beyond 100% is the bottom of the ranking, shown as
// "top 100%". static_cast<int> of a double beyond INT_MAX (or NaN) is undefined behaviour;
// x86-64 gives INT_MIN, which the clamp then turns into "top 1%", the best rank.
TEST_CASE("a displayed rank stays within 1..100 and at the right edge, whatever the share") {
    CHECK(displayed_top_percent(-5.0) == 1);
    CHECK(displayed_top_percent(-infinity) == 1);
    CHECK(displayed_top_percent(-1e300) == 1);
    CHECK(displayed_top_percent(250.0) == 100);
    CHECK(displayed_top_percent(1e300) == 100);
    CHECK(displayed_top_percent(infinity) == 100);
    const int shown = displayed_top_percent(quiet_nan);
    CHECK(shown >= 1);
    CHECK(shown <= 100);
}
