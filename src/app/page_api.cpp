#include "app/page_api.hpp"

#include <cmath>

#include "app/json.hpp"
#include "app/paste.hpp"
#include "app/texts.hpp"
#include "core/catalog.hpp"
#include "core/rank.hpp"

namespace ssi::app {

namespace {

// Numbers read back exactly (what setInputs was given, getState returns); JSON has no NaN.
std::string number(double value) { return std::isfinite(value) ? json::format_number(value) : "null"; }

std::string quoted(std::string_view text) { return json::write_json(json::make_string(std::string(text))); }

std::string boolean(bool value) { return value ? "true" : "false"; }

std::string pillars_json(const Evaluation& e, bool baseline) {
    std::string out = "{";
    for (std::size_t p = 0; p < core::pillar_count; ++p) {
        if (p) out += ',';
        out += '"';
        out += core::pillar_id(core::all_pillars[p]);
        out += "\":" + number(core::displayed_pillar(baseline ? e.shown_baseline_pillar(p) : e.shown_pillar(p)));
    }
    return out + "}";
}

template <typename List, typename Item>
std::string list_json(const List& list, Item item) {
    std::string out = "[";
    for (std::size_t n = 0; n < list.size(); ++n) out += (n ? "," : "") + item(list[n]);
    return out + "]";
}

std::string plan_json(const core::Plan& plan) {
    return "{\"target\":" + std::to_string(plan.target) + ",\"reachable\":" + boolean(plan.reachable) +
           ",\"exact\":" + boolean(plan.exact) +
           ",\"reached_total\":" + std::to_string(core::displayed_total(plan.reached_total)) +
           ",\"minutes_per_week\":" + std::to_string(plan.minutes_per_week) +
           ",\"minutes_once\":" + std::to_string(plan.minutes_once) + ",\"steps\":" +
           list_json(plan.steps,
                     [](const core::PlanStep& step) {
                         return "{\"id\":\"" + std::string(core::catalog[step.metric].id) + "\",\"from\":" + number(step.from) +
                                ",\"to\":" + number(step.to) + ",\"gain\":" + number(step.gain) +
                                ",\"minutes\":" + std::to_string(step.minutes) + ",\"cadence\":\"" +
                                (core::catalog[step.metric].effort.cadence == core::Cadence::weekly ? "weekly" : "once") + "\"}";
                     }) +
           "}";
}

}  // namespace

std::string state_json(const State& state, const Evaluation& e, const FrameFigures& figures) {
    std::string out = "{\"total\":" + std::to_string(core::displayed_total(e.shown_total()));
    out += ",\"pillars\":" + pillars_json(e, false);
    out += ",\"inputs\":{";
    for (std::size_t i = 0; i < core::metric_count; ++i) {
        const auto& value = state.scenario.values[i];
        out += std::string(i ? "," : "") + "\"" + std::string(core::catalog[i].id) + "\":" + (value ? number(*value) : "null");
    }
    out += "},\"baseline\":{\"total\":" + std::to_string(core::displayed_total(e.shown_baseline_total()));
    out += ",\"pillars\":" + pillars_json(e, true) + "}";
    out += ",\"rank\":{\"industry\":" + std::to_string(core::displayed_top_percent(e.industry_top_percent));
    out += ",\"network\":" + std::to_string(core::displayed_top_percent(e.network_top_percent)) + "}";
    out += ",\"language\":\"" + std::string(app::language_id(state.language)) + "\"";
    out += ",\"theme\":\"" + std::string(theme_id(state.theme)) + "\"";
    out += ",\"calibrated\":" + boolean(e.calibrated.has_value());
    out += ",\"actual\":";
    if (state.actual_pillars) {
        out += '{';
        for (std::size_t p = 0; p < core::pillar_count; ++p)
            out += (p ? ",\"" : "\"") + std::string(core::pillar_id(core::all_pillars[p])) +
                   "\":" + number((*state.actual_pillars)[p]);
        out += '}';
    } else {
        out += "null";
    }
    out +=
        ",\"averages\":{\"industry\":" + number(state.industry_average) + ",\"network\":" + number(state.network_average) + "}";
    out += ",\"plan\":" + plan_json(e.plan);
    out +=
        ",\"paste\":" + (state.last_paste ? quoted(paste_summary(state.last_paste->page, state.language)) : std::string("null"));
    out += ",\"notices\":" + list_json(state.notices, quoted);
    const std::vector<std::string> import_report =
        state.import_report ? describe(*state.import_report, state.language) : std::vector<std::string>{};
    out += ",\"import_report\":" + list_json(import_report, quoted);
    out += ",\"scenarios\":" + list_json(state.saved.scenarios, [](const Scenario& s) { return quoted(s.name); });
    out += ",\"readings\":" + std::to_string(state.saved.history.readings.size());
    constexpr const char* storage_names[] = {"unknown", "saving", "full", "newer", "unavailable"};
    out += ",\"storage\":\"" + std::string(storage_names[static_cast<int>(state.storage)]) + "\"";
    out += ",\"frames\":" + std::to_string(figures.frames);
    out += ",\"frame_us\":" + number(figures.frame_us);
    out += ",\"frame_parts_us\":{\"widgets\":" + number(figures.widgets_us) + ",\"evaluation\":" + number(figures.evaluation_us) +
           ",\"draw_lists\":" + number(figures.draw_lists_us) + ",\"gl\":" + number(figures.gl_us) + "}";
    out += ",\"heap_bytes\":" + std::to_string(figures.heap_bytes) + "}";
    return out;
}

std::string metrics_json(const State& state) {
    std::string out = "[";
    for (std::size_t i = 0; i < core::metric_count; ++i) {
        const core::Metric& m = core::catalog[i];
        const auto& value = state.scenario.values[i];
        out += std::string(i ? "," : "") + "{\"id\":\"" + std::string(m.id) +
               "\",\"label\":" + quoted(metric_text(state, i, MetricText::label)) +
               ",\"help\":" + quoted(metric_text(state, i, MetricText::help)) +
               ",\"pillar\":" + quoted(tr_lookup(state, "pillar." + std::string(core::pillar_id(m.pillar)) + ".name")) +
               ",\"checkbox\":" + boolean(m.curve.kind == core::CurveKind::checkbox) + ",\"min\":" + number(m.min) +
               ",\"max\":" + number(m.max) + ",\"step\":" + number(m.step) +
               ",\"value\":" + number(value ? *value : state.remembered[i]) + ",\"known\":" + boolean(value.has_value()) +
               ",\"text\":" + quoted(value ? format_value(state, i, *value) : tr(state, "ui.unknown")) + "}";
    }
    return out + "]";
}

std::string summary_text(const State& state, const Evaluation& e) {
    std::string text = std::string(tr(state, "ui.ssi")) + " " + std::to_string(core::displayed_total(e.shown_total()));
    for (std::size_t p = 0; p < core::pillar_count; ++p)
        text += std::string(p ? ", " : ": ") +
                tr_lookup(state, "ui.short." + std::string(core::pillar_id(core::all_pillars[p]))) + " " +
                core::format_pillar(e.shown_pillar(p));
    return text;
}

}  // namespace ssi::app
