// Saved scenarios: save the current inputs under a name, load, rename and delete them, and
// compare any two side by side.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

namespace {

void show_problem(const app::State& state, const ViewState& view) {
    if (view.scenario_problem.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, colors::negative());
    ImGui::TextWrapped("%s", tr_lookup(state, view.scenario_problem));
    ImGui::PopStyleColor();
}

// The problem's text key ("the name is empty" -> "scenario.empty_name").
std::string problem_key(std::string_view problem) {
    using namespace app::scenario_reason;
    if (problem == empty_name) return "scenario.empty_name";
    if (problem == name_too_long) return "scenario.name_too_long";
    if (problem == name_not_text) return "scenario.name_not_text";
    if (problem == name_taken) return "scenario.name_taken";
    if (problem == too_many) return "scenario.too_many";
    return "scenario.not_found";
}

void storage_line(const app::State& state, ViewState& view) {
    using Storage = app::State::Storage;
    const bool kept = state.storage != Storage::unavailable && state.storage != Storage::full && state.storage != Storage::newer;
    const app::TextKey key = state.storage == Storage::unavailable ? app::TextKey("ui.storage_unavailable")
                             : state.storage == Storage::full      ? app::TextKey("ui.storage_full")
                             : state.storage == Storage::newer     ? app::TextKey("ui.storage_newer")
                                                                   : app::TextKey("ui.storage_local");
    note_text(tr(state, key), kept ? 0 : colors::negative());
    if (!state.backup_key.empty() && ImGui::SmallButton(tr(state, "ui.download_backup"))) view.requests.download_backup = true;
}

void draw_comparison(const app::State& state, ViewState& view) {
    const auto& scenarios = state.saved.scenarios;
    if (scenarios.size() < 2) return;
    ImGui::Separator();
    ImGui::TextUnformatted(tr(state, "ui.compare"));
    const int count = static_cast<int>(scenarios.size());
    view.compare_left = std::clamp(view.compare_left, 0, count - 1);
    view.compare_right = std::clamp(view.compare_right, 0, count - 1);
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    auto picker = [&](const char* id, int& index) {
        ImGui::SetNextItemWidth(half);
        if (ImGui::BeginCombo(id, scenarios[static_cast<std::size_t>(index)].name.c_str())) {
            for (int i = 0; i < count; ++i)
                if (ImGui::Selectable(scenarios[static_cast<std::size_t>(i)].name.c_str(), i == index)) index = i;
            ImGui::EndCombo();
        }
    };
    picker("##left", view.compare_left);
    ImGui::SameLine();
    picker("##right", view.compare_right);
    const app::ScenarioComparison c = app::compare_scenarios(scenarios[static_cast<std::size_t>(view.compare_left)],
                                                             scenarios[static_cast<std::size_t>(view.compare_right)]);
    // Four aligned columns: what, left, right, change. (Plain text rather than an ImGui table:
    // the table code would add about 15 KB to the download for this one grid.)
    const float column = ImGui::GetContentRegionAvail().x / 4.0f;
    const float x0 = ImGui::GetCursorPosX();
    for (std::size_t p = 0; p <= core::pillar_count; ++p) {
        const bool total = p == core::pillar_count;
        ImGui::TextUnformatted(total ? tr(state, "ui.ssi")
                                     : tr_lookup(state, "ui.short." + std::string(core::pillar_id(core::all_pillars[p]))));
        const std::string left =
            total ? std::to_string(core::displayed_total(c.left.total)) : core::format_pillar(c.left.pillars[p].score);
        const std::string right =
            total ? std::to_string(core::displayed_total(c.right.total)) : core::format_pillar(c.right.pillars[p].score);
        ImGui::SameLine(x0 + column);
        ImGui::TextUnformatted(left.c_str());
        ImGui::SameLine(x0 + column * 2);
        ImGui::TextUnformatted(right.c_str());
        const double delta = total ? c.delta.displayed_total_delta : c.delta.pillar_deltas[p];
        if (std::abs(delta) >= (total ? 0.5 : 0.005)) {
            ImGui::SameLine(x0 + column * 3);
            ImGui::PushStyleColor(ImGuiCol_Text, delta > 0 ? colors::positive() : colors::negative());
            ImGui::TextUnformatted(format_delta(delta, total).c_str());
            ImGui::PopStyleColor();
        }
    }
}

}  // namespace

bool draw_scenarios_panel(app::State& state, const Frame& frame) {
    ViewState& view = frame.view;
    bool changed = false;
    const Card card("scenarios_card", tr(state, "ui.scenarios"));
    if (!card) return false;
    storage_line(state, view);

    const char* save = tr(state, "ui.save_scenario");
    const float button = ImGui::CalcTextSize(save).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button - ImGui::GetStyle().ItemSpacing.x);
    const bool entered = ImGui::InputTextWithHint("##new_name", tr(state, "ui.scenario_name"), view.new_name.data(),
                                                  view.new_name.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    remember_button(view, "scenario_name");
    remember_text_field(view, tr(state, "ui.scenario_name"));
    ImGui::SameLine();
    const bool clicked = ImGui::Button(save);
    remember_button(view, "save_scenario");
    if (clicked || entered) {
        const app::Outcome outcome = app::save_scenario(state, view.new_name.data());
        view.scenario_problem = outcome ? "" : problem_key(outcome.problem);
        if (outcome) {
            view.new_name.fill('\0');
            changed = true;
        }
    }
    show_problem(state, view);

    auto& scenarios = state.saved.scenarios;
    for (int i = 0; i < static_cast<int>(scenarios.size()); ++i) {
        const app::Scenario& scenario = scenarios[static_cast<std::size_t>(i)];
        ImGui::PushID(i);
        if (view.renaming == i) {
            ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
            const bool done =
                ImGui::InputText("##rename", view.rename_to.data(), view.rename_to.size(), ImGuiInputTextFlags_EnterReturnsTrue);
            remember_text_field(view, tr(state, "ui.rename"));
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(state, "ui.ok")) || done) {
                const std::string old_name = scenario.name;
                const app::Outcome outcome = app::rename_scenario(state, old_name, view.rename_to.data());
                view.scenario_problem = outcome ? "" : problem_key(outcome.problem);
                if (outcome) {
                    view.renaming = -1;
                    changed = true;
                }
            }
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(state, "ui.cancel"))) view.renaming = -1;
        } else {
            const core::Result result = core::evaluate(scenario.inputs);
            ImGui::AlignTextToFramePadding();
            ImGui::Text("%s  \xC2\xB7  %s %d", scenario.name.c_str(), tr(state, "ui.ssi"), core::displayed_total(result.total));
            const bool load = ImGui::SmallButton(tr(state, "ui.load"));
            remember_button(view, "load_scenario_" + std::to_string(i));
            if (load) {
                app::load_scenario(state, scenario);
                changed = true;
            }
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(state, "ui.rename"))) {
                view.renaming = i;
                view.rename_to.fill('\0');
                std::copy_n(scenario.name.begin(), std::min(scenario.name.size(), view.rename_to.size() - 1),
                            view.rename_to.begin());
            }
            ImGui::SameLine();
            const bool remove = ImGui::SmallButton(tr(state, "ui.delete"));
            remember_button(view, "delete_scenario_" + std::to_string(i));
            if (remove) {
                const std::string name = scenario.name;
                app::delete_scenario(state, name);
                changed = true;
                ImGui::PopID();
                break;  // the list changed under us
            }
        }
        ImGui::PopID();
    }
    if (scenarios.empty()) ImGui::TextDisabled("%s", tr(state, "ui.no_scenarios"));
    draw_comparison(state, view);
    return changed;
}

}  // namespace ssi::ui
