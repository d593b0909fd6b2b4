// Prints the catalog as the Markdown table README.md shows. A test checks README.md contains
// exactly this output, so the documented model never drifts from the code.
#include <cmath>
#include <cstdio>
#include <string>

#include "core/catalog.hpp"
#include "core/curves.hpp"

namespace {
std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}
}  // namespace

int main() {
    using namespace ssi::core;
    std::printf(
        "| id | pillar | unit | range | typical | curve | 50%% at | 90%% at | weight | next step | effort of a step | source | "
        "effort's source |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Metric& m : catalog) {
        std::string curve;
        std::string p50 = "-";
        std::string p90 = "-";
        switch (m.curve.kind) {
            case CurveKind::checkbox:
                curve = "checkbox";
                break;
            case CurveKind::log_normal:
                curve = "log-normal";
                break;
            case CurveKind::log_normal_lower_better:
                curve = "log-normal, lower is better";
                break;
            case CurveKind::rate:
                curve = "rate power";
                break;
        }
        if (m.curve.kind != CurveKind::checkbox) {
            p50 = number(m.curve.p50);
            // Rounded to one decimal: the rate curve's 90% point is derived, not a round figure.
            p90 = number(std::round(value_for_credit(m.curve, 0.9) * 10) / 10);
        }
        const std::string effort =
            std::to_string(m.effort.minutes) + (m.effort.cadence == Cadence::weekly ? " min a week" : " min once");
        std::printf("| `%s` | %s | %s | %s-%s | %s | %s | %s | %s | %s | %s%s | %s | %s | %s |\n", std::string(m.id).c_str(),
                    std::string(pillar_id(m.pillar)).c_str(), std::string(unit_id(m.unit)).c_str(), number(m.min).c_str(),
                    number(m.max).c_str(), number(m.typical).c_str(), curve.c_str(), p50.c_str(), p90.c_str(),
                    number(m.weight).c_str(), m.next_step > 0 ? "+" : "", number(m.next_step).c_str(), effort.c_str(),
                    std::string(m.source).c_str(), std::string(m.effort.source).c_str());
    }
    return 0;
}
