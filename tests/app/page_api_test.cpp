// What window.SSI returns (app/page_api.hpp), read back as the page reads it: as JSON.
#include <catch2/catch.hpp>

#include "app/json.hpp"
#include "app/page_api.hpp"
#include "core/catalog.hpp"

using namespace ssi;
using namespace ssi::app;

TEST_CASE("page API: getState's JSON holds the values as displayed, and parses") {
    State state;
    set_unknown(state, *core::find_metric("reply_hours"), true);
    set_actual_pillars(state, std::array<double, 4>{20.5, 10, 12.25, 15});
    REQUIRE(save_scenario(state, "Plan \"é\""));
    state.notices.push_back("a \"quoted\" notice");
    const Evaluation e = evaluate(state);
    const json::ParseResult parsed =
        json::parse_json(state_json(state, e, {.frames = 42, .frame_us = 830.5, .gl_us = 210.25, .heap_bytes = 16777216}));
    REQUIRE(parsed.value);
    const json::Value& root = *parsed.value;
    CHECK(root.get("total")->number == core::displayed_total(e.shown_total()));
    CHECK(root.get("inputs")->object.size() == core::metric_count);
    CHECK(root.get("inputs")->get("reply_hours")->is_null());
    CHECK(root.get("calibrated")->boolean);
    CHECK(root.get("actual")->get("insights")->number == 12.25);
    CHECK(root.get("scenarios")->array.at(0).string == "Plan \"é\"");
    CHECK(root.get("notices")->array.at(0).string == "a \"quoted\" notice");
    CHECK(root.get("storage")->string == "unknown");
    CHECK(root.get("plan")->get("target")->number == state.target);
    CHECK(root.get("frames")->number == 42);
    CHECK(root.get("heap_bytes")->number == 16777216);
    CHECK(root.get("frame_parts_us")->get("gl")->number == 210.25);
    CHECK(root.get("frame_parts_us")->get("widgets")->number == 0);
}

TEST_CASE("page API: the metrics for the accessible mirror, and the summary, in the state's language") {
    State state;
    state.language = app::Language::fr;
    const json::ParseResult parsed = json::parse_json(metrics_json(state));
    REQUIRE(parsed.value);
    REQUIRE(parsed.value->array.size() == core::metric_count);
    const json::Value& photo = parsed.value->array[0];
    CHECK(photo.get("id")->string == "photo");
    CHECK(photo.get("label")->string == "Photo de profil");
    CHECK(photo.get("checkbox")->boolean);
    CHECK(summary_text(state, evaluate(state)).rfind("SSI ", 0) == 0);
}
