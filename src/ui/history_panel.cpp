// The user's real SSI over time: readings as LinkedIn shows them (date and four pillars, the
// total derived), a chart of the total and the pillars with the weekly change, and import and
// export as CSV and JSON.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "app/readings_csv.hpp"
#include "app/readings_json.hpp"
#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

namespace {

float f(double v) { return static_cast<float>(v); }

// One chart: the readings' values over time, on a 0..top scale.
void draw_series(const app::History& history, float height, double top, bool total) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    draw->AddRectFilled(p, ImVec2(p.x + width, p.y + height), colors::surface(), 4.0f);
    for (int line = 1; line < 4; ++line) {
        const float y = p.y + height * static_cast<float>(line) / 4.0f;
        draw->AddLine(ImVec2(p.x, y), ImVec2(p.x + width, y), colors::track());
    }
    const auto& readings = history.readings;
    const int span = std::max(1, app::days_between(readings.front().date, readings.back().date));
    auto point = [&](std::size_t r, double value) {
        const double x = readings.size() == 1 ? 0.5 : app::days_between(readings.front().date, readings[r].date) / double(span);
        return ImVec2(p.x + 6 + (width - 12) * f(x), p.y + height - height * f(std::clamp(value / top, 0.0, 1.0)));
    };
    const std::size_t series = total ? 1 : core::pillar_count;
    for (std::size_t s = 0; s < series; ++s) {
        const ImU32 color = total ? ImGui::GetColorU32(ImGuiCol_Text) : colors::pillar(s);
        for (std::size_t r = 0; r < readings.size(); ++r) {
            const double value = total ? app::total(readings[r]) : readings[r].pillars[s];
            const ImVec2 at = point(r, value);
            if (r > 0) {
                const double before = total ? app::total(readings[r - 1]) : readings[r - 1].pillars[s];
                draw->AddLine(point(r - 1, before), at, color, 2.0f);
            }
            draw->AddCircleFilled(at, 3.0f, color);
        }
    }
    ImGui::Dummy(ImVec2(width, height));
}

bool draw_entry(app::State& state, ViewState& view) {
    auto& date_text = view.reading_date;
    auto& entry = view.reading;
    auto& entry_problem = view.reading_problem;
    bool changed = false;
    if (date_text[0] == '\0') {
        const std::string now = app::format_iso(app::local_today());
        std::copy(now.begin(), now.end(), date_text.begin());
    }
    ImGui::TextUnformatted(tr(state, "ui.add_reading"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputText(tr(state, "ui.date"), date_text.data(), date_text.size());
    remember_button(view, "reading_date");
    remember_text_field(view, tr(state, "ui.date"));
    for (std::size_t p = 0; p < core::pillar_count; ++p) {
        ImGui::PushID(static_cast<int>(p));
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
        const double step = 0.1;
        ImGui::InputScalar(tr_lookup(state, "ui.short." + std::string(core::pillar_id(core::all_pillars[p]))),
                           ImGuiDataType_Double, &entry[p], &step, nullptr, "%.2f");
        remember_button(view, "reading_" + std::string(core::pillar_id(core::all_pillars[p])));
        remember_text_field(view, tr_lookup(state, "ui.short." + std::string(core::pillar_id(core::all_pillars[p]))), true);
        entry[p] = std::clamp(std::isfinite(entry[p]) ? entry[p] : 0.0, 0.0, core::pillar_max);
        ImGui::PopID();
    }
    const bool add = ImGui::Button(tr(state, "ui.add"));
    remember_button(view, "add_reading");
    if (add) {
        const app::DateParse date = app::parse_date(date_text.data());
        entry_problem = date.problem;
        if (date.date) {
            app::add_reading(state, app::make_reading(*date.date, entry));
            changed = true;
        }
    }
    if (entry_problem) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::negative());
        ImGui::TextWrapped("%s", app::describe({*entry_problem}, state.language).c_str());
        ImGui::PopStyleColor();
    }
    return changed;
}

bool draw_readings(app::State& state) {
    const auto& readings = state.saved.history.readings;
    for (std::size_t r = readings.size(); r-- > 0;) {  // newest first
        const app::Reading& reading = readings[r];
        ImGui::PushID(static_cast<int>(r));
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%s  %s %d", app::format_iso(reading.date).c_str(), tr(state, "ui.ssi"), app::displayed_total(reading));
        if (const auto change = app::weekly_change(state.saved.history, r)) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", tr(state, "ui.week"));
            same_line_delta(*change, false);
        }
        ImGui::SameLine();
        ImGui::PushFont(fonts().small);
        for (std::size_t p = 0; p < core::pillar_count; ++p) {
            ImGui::SameLine();
            ImGui::PushStyleColor(ImGuiCol_Text, colors::pillar(p));
            ImGui::TextUnformatted(core::format_pillar(reading.pillars[p]).c_str());
            ImGui::PopStyleColor();
        }
        ImGui::PopFont();
        ImGui::SameLine();
        const bool remove = ImGui::SmallButton("\xC3\x97");  // ×
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, "ui.delete"));
        ImGui::PopID();
        if (remove) {
            const app::Date date = reading.date;  // the list changes under the reference
            app::remove_reading(state, date);
            return true;
        }
    }
    return false;
}

void draw_import_export(app::State& state, ViewState& view) {
    auto& requests = view.requests;
    if (ImGui::Button(tr(state, "ui.import"))) requests.import_history = true;
    remember_button(view, "import");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, "ui.import_help"));
    const auto& history = state.saved.history;
    if (!history.readings.empty()) {
        ImGui::SameLine();
        if (ImGui::Button("CSV")) requests.downloads.push_back({"ssi-history.csv", "text/csv", app::export_history_csv(history)});
        remember_button(view, "export_csv");
        ImGui::SameLine();
        if (ImGui::Button("CSV (;)"))
            requests.downloads.push_back({"ssi-history.csv", "text/csv", app::export_history_csv(history, ';')});
        remember_button(view, "export_csv_semicolon");
        ImGui::SameLine();
        if (ImGui::Button("JSON"))
            requests.downloads.push_back({"ssi-history.json", "application/json", app::export_history_json(history)});
        remember_button(view, "export_json");
    }
    if (state.import_report) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::negative());
        for (const std::string& line : app::describe(*state.import_report, state.language))
            ImGui::TextWrapped("%s", line.c_str());
        ImGui::PopStyleColor();
        if (ImGui::SmallButton(tr(state, "ui.dismiss"))) state.import_report.reset();
    }
}

}  // namespace

bool draw_history_panel(app::State& state, const Frame& frame) {
    bool changed = false;
    const Card card("history_card", tr(state, "ui.history"));
    if (!card) return false;
    const auto& history = state.saved.history;
    if (history.readings.empty()) {
        ImGui::TextWrapped("%s", tr(state, "ui.history_empty"));
    } else {
        ImGui::TextDisabled("%s", tr(state, "ui.ssi"));
        draw_series(history, ImGui::GetFontSize() * 6, 100, true);
        ImGui::TextDisabled("%s", tr(state, "ui.pillars"));
        draw_series(history, ImGui::GetFontSize() * 6, core::pillar_max, false);
    }
    changed |= draw_entry(state, frame.view);
    ImGui::Separator();
    draw_import_export(state, frame.view);
    changed |= draw_readings(state);
    return changed;
}

}  // namespace ssi::ui
