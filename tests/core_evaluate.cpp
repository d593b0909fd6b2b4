// The core's evaluate() on the command line, for the browser tests: they compare what the page
// shows with what the core computes for the same inputs.
//   core_evaluate photo=1 followers=800 reply_hours=null ...
// Metrics not named keep their typical value. Prints {"total":..,"pillars":{..}} as displayed.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/model.hpp"

int main(int argc, char** argv) {
    using namespace ssi::core;
    Inputs inputs = typical_inputs();
    for (int a = 1; a < argc; ++a) {
        const std::string_view arg = argv[a];
        const auto eq = arg.find('=');
        const auto metric = find_metric(arg.substr(0, eq));
        if (eq == std::string_view::npos || !metric) {
            std::fprintf(stderr, "core_evaluate: not a metric assignment: %s\n", argv[a]);
            return 2;
        }
        const std::string value(arg.substr(eq + 1));
        if (value == "null")
            inputs.values[*metric].reset();
        else
            inputs.values[*metric] = clean_value(catalog[*metric], std::strtod(value.c_str(), nullptr)).value;
    }
    const Result result = evaluate(inputs);
    std::printf("{\"total\":%d,\"pillars\":{", displayed_total(result.total));
    for (std::size_t p = 0; p < pillar_count; ++p)
        std::printf("%s\"%s\":%.10g", p ? "," : "", std::string(pillar_id(all_pillars[p])).c_str(),
                    displayed_pillar(result.pillars[p].score));
    std::printf("}}\n");
    return 0;
}
