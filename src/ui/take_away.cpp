// What the user takes away: the score card (SSI.scoreCard(), the "Save image" button) and the
// printed report (Ctrl/Cmd+P, "Print report"), in the state's language (and for the card the
// theme's colours), for web/card.js and web/report.js to draw. Described here so that they and
// the page agree on every number, word and colour.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "app/json.hpp"
#include "core/model.hpp"
#include "core/rank.hpp"
#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"

namespace ssi::ui {

namespace {

std::string hex(ImU32 colour) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", static_cast<int>(std::lround(c.x * 255)),
                  static_cast<int>(std::lround(c.y * 255)), static_cast<int>(std::lround(c.z * 255)));
    return text;
}

std::string style_hex(ImGuiCol role) { return hex(ImGui::GetColorU32(ImGui::GetStyle().Colors[role])); }

std::string signed_points(int delta) {
    return (delta > 0 ? "+" : delta < 0 ? "\xE2\x88\x92" : "\xC2\xB1") + std::to_string(std::abs(delta));
}

app::json::Value text_value(std::string text) { return app::json::make_string(std::move(text)); }

}  // namespace

std::string score_card_json(const app::State& state, const app::Evaluation& e, app::Date today) {
    namespace json = app::json;
    const int total = core::displayed_total(e.shown_total());
    json::Value card = json::make_object();
    card.add("width", json::make_number(1200));
    card.add("height", json::make_number(627));
    card.add("scale", json::make_number(2));
    json::Value colours = json::make_object();
    colours.add("page", text_value(style_hex(ImGuiCol_WindowBg)));
    colours.add("card", text_value(style_hex(ImGuiCol_ChildBg)));
    colours.add("text", text_value(style_hex(ImGuiCol_Text)));
    colours.add("muted", text_value(style_hex(ImGuiCol_TextDisabled)));
    colours.add("accent", text_value(style_hex(ImGuiCol_CheckMark)));
    colours.add("track", text_value(hex(colors::track())));
    colours.add("total", text_value(hex(colors::band(total))));
    colours.add("positive", text_value(hex(colors::positive())));
    colours.add("negative", text_value(hex(colors::negative())));
    card.add("colors", std::move(colours));
    card.add("title", text_value(tr(state, "ui.card_title")));
    card.add("date", text_value(app::format_local(today, state.language)));
    card.add("total", json::make_number(total));
    // The model's own numbers say so; calibrated ones are the user's real pillars moved by it.
    card.add("estimate",
             text_value(tr(state, e.calibrated ? app::TextKey("ui.card_calibrated") : app::TextKey("ui.card_estimate"))));
    json::Value pillars = json::make_array();
    for (std::size_t p = 0; p < core::pillar_count; ++p) {
        json::Value pillar = json::make_object();
        pillar.add("name",
                   text_value(tr_lookup(state, "pillar." + std::string(core::pillar_id(core::all_pillars[p])) + ".name")));
        pillar.add("value", json::make_number(core::displayed_pillar(e.shown_pillar(p))));
        pillar.add("text", text_value(core::format_pillar(e.shown_pillar(p))));
        pillar.add("color", text_value(hex(colors::pillar(p))));
        pillars.push(std::move(pillar));
    }
    card.add("pillars", std::move(pillars));
    // The change: since the first reading of the history when there is one, else from the
    // baseline when the scenario moved away from it.
    std::string change;
    int delta = 0;
    const auto& readings = state.saved.history.readings;
    if (!readings.empty()) {
        delta = total - app::displayed_total(readings.front());
        change = app::format_text(
            state.language, "ui.card_since",
            {{"delta", signed_points(delta)}, {"date", app::format_local(readings.front().date, state.language)}});
    } else if ((delta = total - core::displayed_total(e.shown_baseline_total())) != 0) {
        change = app::format_text(state.language, "ui.card_vs_baseline", {{"delta", signed_points(delta)}});
    }
    card.add("change", text_value(change));
    card.add("change_sign", json::make_number(delta > 0 ? 1 : delta < 0 ? -1 : 0));
    card.add("footer", text_value(tr(state, "ui.title")));
    return json::write_json(card);
}

std::string report_json(const app::State& state, const app::Evaluation& e, app::Date today) {
    namespace json = app::json;
    const auto texts = [](std::initializer_list<std::string> lines) {
        json::Value list = json::make_array();
        for (const std::string& line : lines) list.push(text_value(line));
        return list;
    };
    json::Value report = json::make_object();
    report.add("title", text_value(tr(state, "ui.title")));
    report.add("date", text_value(app::format_local(today, state.language)));
    report.add("estimate",
               text_value(tr(state, e.calibrated ? app::TextKey("ui.card_calibrated") : app::TextKey("ui.card_estimate"))));

    json::Value score = json::make_object();
    score.add("heading", text_value(tr(state, "ui.results")));
    score.add("total",
              text_value(std::string(tr(state, "ui.ssi")) + " " + std::to_string(core::displayed_total(e.shown_total()))));
    json::Value pillars = json::make_array();
    for (std::size_t p = 0; p < core::pillar_count; ++p) {
        std::string line =
            std::string(tr_lookup(state, "pillar." + std::string(core::pillar_id(core::all_pillars[p])) + ".name")) + ": " +
            core::format_pillar(e.shown_pillar(p)) + " / 25";
        if (e.calibrated)
            line += "  (" + std::string(tr(state, "ui.model_estimate")) + " " + core::format_pillar(e.scenario.pillars[p].score) +
                    ")";
        pillars.push(text_value(line));
    }
    score.add("lines", std::move(pillars));
    if (e.calibrated)
        score.add("note",
                  text_value(std::string(tr(state, "ui.real_total")) + " " +
                             std::to_string(core::displayed_total(e.calibrated_baseline->total)) + "  \xC2\xB7  " +
                             tr(state, "ui.model_estimate") + " " + std::to_string(core::displayed_total(e.baseline.total))));
    report.add("score", std::move(score));

    const std::string industry = app::format_text(state.language, "ui.industry_rank",
                                                  {{"top", std::to_string(core::displayed_top_percent(e.industry_top_percent))}});
    const std::string network = app::format_text(state.language, "ui.network_rank",
                                                 {{"top", std::to_string(core::displayed_top_percent(e.network_top_percent))}});
    json::Value rank = json::make_object();
    rank.add("heading", text_value(tr(state, "ui.rank")));
    rank.add("lines", texts({industry, network,
                             std::string(tr(state, "ui.industry_average")) + " " + json::format_number(state.industry_average),
                             std::string(tr(state, "ui.network_average")) + " " + json::format_number(state.network_average)}));
    report.add("rank", std::move(rank));

    json::Value goal = json::make_object();
    goal.add("heading", text_value(std::string(tr(state, "ui.goal")) + " \xC2\xB7 " + tr(state, "ui.target") + " " +
                                   std::to_string(state.target)));
    goal.add("summary", text_value(plan_summary_text(state, e.plan)));
    json::Value steps = json::make_array();
    if (e.plan.reachable)
        for (const core::PlanStep& step : e.plan.steps) steps.push(text_value(plan_step_text(state, step)));
    goal.add("checklist", std::move(steps));
    goal.add("note", text_value(e.plan.reachable && e.plan.step_count ? tr(state, "ui.plan_horizon") : ""));
    report.add("goal", std::move(goal));

    json::Value tips = json::make_object();
    tips.add("heading", text_value(tr(state, "ui.tips")));
    json::Value items = json::make_array();
    constexpr std::size_t most_tips = 8;
    for (std::size_t t = 0; t < e.tips.count && t < most_tips; ++t) {
        const core::Tip& tip = e.tips.items[t];
        items.push(text_value("+" + core::format_pillar(tip.gain) + "  " + metric_text(state, tip.metric, MetricText::label) +
                              ": " + tip_text(state, tip.metric) + "  (" + tip_change_text(state, tip) + ")"));
    }
    tips.add("lines", std::move(items));
    report.add("tips", std::move(tips));

    json::Value history = json::make_object();
    history.add("heading", text_value(tr(state, "ui.history")));
    json::Value columns = json::make_array();
    columns.push(text_value(tr(state, "ui.date")));
    for (std::size_t p = 0; p < core::pillar_count; ++p)
        columns.push(text_value(tr_lookup(state, "ui.short." + std::string(core::pillar_id(core::all_pillars[p])))));
    columns.push(text_value(tr(state, "ui.ssi")));
    history.add("columns", std::move(columns));
    json::Value rows = json::make_array();
    for (const app::Reading& reading : state.saved.history.readings) {
        json::Value row = json::make_array();
        row.push(text_value(app::format_local(reading.date, state.language)));
        for (const double pillar : reading.pillars) row.push(text_value(core::format_pillar(pillar)));
        row.push(json::make_number(app::displayed_total(reading)));
        rows.push(std::move(row));
    }
    history.add("rows", std::move(rows));
    report.add("history", std::move(history));
    return json::write_json(report);
}

}  // namespace ssi::ui
