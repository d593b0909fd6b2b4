// The inputs: presets, then one collapsible group of metrics per pillar. Counts and rates are
// sliders, profile items checkboxes; each has its unit, a help tooltip and an "unknown" toggle.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

namespace {

void record_control(ViewState& view, std::size_t metric) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    view.controls[metric] = {min.x, min.y, max.x - min.x, max.y - min.y, ImGui::IsItemVisible()};
}

// A metric whose row is not built this frame: out of sight at the cursor, `height` tall, so that
// the page's tooling knows which way to scroll to it.
void record_hidden_control(ViewState& view, std::size_t metric, float height) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    view.controls[metric] = {at.x, at.y, ImGui::GetContentRegionAvail().x, height, false};
}

// The slider's printf format: the value with the metric's unit ("%.0f /week", "%.0f %%").
std::string slider_format(const app::State& state, std::size_t metric) {
    const core::Metric& m = core::catalog[metric];
    std::string unit = format_value(state, metric, 0).substr(1);  // " /week", " %"
    std::string escaped;
    for (char c : unit) {
        if (c == '%') escaped += '%';
        escaped += c;
    }
    return (m.step < 1 ? "%.1f" : "%.0f") + escaped;
}

bool unknown_toggle(app::State& state, std::size_t metric) {
    bool unknown = !state.scenario.values[metric].has_value();
    ImGui::PushFont(fonts().small);
    const bool clicked = ImGui::Checkbox(tr(state, "ui.unknown"), &unknown);
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, "ui.unknown_help"));
    if (clicked) app::set_unknown(state, metric, unknown);
    return clicked;
}

float unknown_toggle_width(const app::State& state) {
    ImGui::PushFont(fonts().small);
    const float width =
        ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(tr(state, "ui.unknown")).x;
    ImGui::PopFont();
    return width;
}

bool draw_metric(app::State& state, ViewState& view, std::size_t metric, float toggle) {
    const core::Metric& m = core::catalog[metric];
    const char* label = metric_text(state, metric, MetricText::label);
    const char* help = metric_text(state, metric, MetricText::help);
    const bool known = state.scenario.values[metric].has_value();
    const double shown = known ? *state.scenario.values[metric] : state.remembered[metric];
    bool changed = false;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;

    if (m.curve.kind == core::CurveKind::checkbox) {
        bool done = shown >= 0.5;
        ImGui::BeginDisabled(!known);
        if (ImGui::Checkbox(label, &done)) {
            app::set_input(state, metric, done ? 1.0 : 0.0);
            changed = true;
        }
        record_control(view, metric);
        view.rows[metric].id = ImGui::GetItemID();
        ImGui::EndDisabled();
        help_marker(help);
        ImGui::SameLine(ImGui::GetContentRegionMax().x - toggle);
        changed |= unknown_toggle(state, metric);
        return changed;
    }

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    help_marker(help);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - toggle - spacing);
    ImGui::BeginDisabled(!known);
    double value = shown;
    const double min = m.min;
    const double max = m.max;
    // Long count ranges (followers: 0..50,000) read better on a logarithmic slider.
    const bool logarithmic = m.curve.kind == core::CurveKind::log_normal && m.max / std::max(m.curve.p50, 1.0) > 30;
    const ImGuiSliderFlags flags = ImGuiSliderFlags_AlwaysClamp | (logarithmic ? ImGuiSliderFlags_Logarithmic : 0);
    if (ImGui::SliderScalar("##value", ImGuiDataType_Double, &value, &min, &max, slider_format(state, metric).c_str(), flags)) {
        value = std::round(value / m.step) * m.step;
        if (value != shown) {
            app::set_input(state, metric, value);
            changed = true;
        }
    }
    record_control(view, metric);
    view.rows[metric].id = ImGui::GetItemID();
    ImGui::EndDisabled();
    ImGui::SameLine(0, spacing);
    changed |= unknown_toggle(state, metric);
    return changed;
}

// A row out of sight is not built, only stepped over by its height when it was last drawn (the
// rows below and the scrollbar stay where they were): at most a screenful of the 30 rows is
// built in a frame. Built anyway: a row never drawn at this scale, the row whose control is in
// use, and every row while ImGui looks for the next control to focus (Tab, arrow keys).
bool draw_metric_row(app::State& state, ViewState& view, std::size_t metric, float toggle) {
    ViewState::MetricRow& row = view.rows[metric];
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImGuiContext& imgui = *ImGui::GetCurrentContext();
    if (row.height > 0 && ImGui::GetActiveID() != row.id && !imgui.NavAnyRequest &&
        !ImGui::IsRectVisible(ImVec2(width, row.height))) {
        record_hidden_control(view, metric, row.height);
        ImGui::Dummy(ImVec2(0, row.height - ImGui::GetStyle().ItemSpacing.y));
        return false;
    }
    ImGui::PushID(static_cast<int>(metric));
    const bool changed = draw_metric(state, view, metric, toggle);
    ImGui::PopID();
    row.height = ImGui::GetCursorScreenPos().y - at.y;
    return changed;
}

}  // namespace

bool draw_inputs_panel(app::State& state, const Frame& frame) {
    bool changed = false;
    frame.view.controls = {};
    if (frame.view.rows_scale != frame.scale) {  // other fonts and spacing: every row is measured again
        frame.view.rows = {};
        frame.view.rows_scale = frame.scale;
    }
    const float toggle = unknown_toggle_width(state);
    const Card card("inputs_card", tr(state, "ui.inputs"));
    if (!card) {  // scrolled away: the page's tooling finds every control where the card is
        for (std::size_t i = 0; i < core::metric_count; ++i) record_hidden_control(frame.view, i, ImGui::GetFrameHeight());
        return false;
    }
    ImGui::PushFont(fonts().small);
    ImGui::TextUnformatted(tr(state, "ui.presets"));
    ImGui::PopFont();
    for (app::Preset preset : app::all_presets) {
        const std::string key = "ui.preset." + std::string(app::preset_id(preset));
        const char* label = tr_lookup(state, key);
        // Wrap the buttons on narrow screens.
        const float width = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
        if (preset != app::all_presets[0]) {
            const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
            if (right < ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x) ImGui::SameLine();
        }
        if (ImGui::Button(label)) {
            app::apply_preset(state, preset);
            changed = true;
        }
    }
    ImGui::Spacing();

    for (core::Pillar pillar : core::all_pillars) {
        const std::size_t p = static_cast<std::size_t>(pillar);
        // Full pillar names where there is room, short ones on a phone.
        const std::string name = frame.wide ? tr_lookup(state, "pillar." + std::string(core::pillar_id(pillar)) + ".name")
                                            : tr_lookup(state, "ui.short." + std::string(core::pillar_id(pillar)));
        // The known share of the pillar's weight sits in the header, so marking a metric
        // unknown never shifts the controls under the finger.
        const double confidence = frame.eval.scenario.pillars[p].confidence;
        std::string header = name + "  " + core::format_pillar(frame.eval.scenario.pillars[p].score) + " / 25";
        if (confidence < 0.995) {
            char known[48];
            std::snprintf(known, sizeof known, "  \xC2\xB7  %.0f%% %s", confidence * 100, tr(state, "ui.known"));
            header += known;
        }
        header += "###pillar" + std::to_string(p);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::pillar(p));
        const bool open = ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
        ImGui::PopStyleColor();
        if (!open) {  // folded: its controls are where its rows would start
            for (std::size_t i = 0; i < core::metric_count; ++i)
                if (core::catalog[i].pillar == pillar) record_hidden_control(frame.view, i, 0);
            continue;
        }
        for (std::size_t i = 0; i < core::metric_count; ++i)
            if (core::catalog[i].pillar == pillar) changed |= draw_metric_row(state, frame.view, i, toggle);
        ImGui::Spacing();
    }
    return changed;
}

}  // namespace ssi::ui
