// Calibration: the user enters the pillar scores LinkedIn shows them; the calculator then moves
// from those real scores by the model's deltas, and shows the model's own estimate beside them.
#include <array>
#include <string>

#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

bool draw_calibration_panel(app::State& state, const Frame& frame) {
    bool changed = false;
    const Card card("calibration_card", tr(state, "ui.calibration"));
    if (!card) return false;
    bool on = state.actual_pillars.has_value();
    if (ImGui::Checkbox(tr(state, "ui.calibration_on"), &on)) {
        std::array<double, 4> actual{};
        for (std::size_t p = 0; p < 4; ++p) actual[p] = frame.eval.baseline.pillars[p].score;
        app::set_actual_pillars(state, on ? std::optional(actual) : std::nullopt);
        changed = true;
    }
    note_text(tr(state, "ui.calibration_help"));
    if (state.actual_pillars) {
        std::array<double, 4> actual = *state.actual_pillars;
        bool edited = false;
        for (std::size_t p = 0; p < 4; ++p) {
            ImGui::PushID(static_cast<int>(p));
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
            const double step = 0.1;
            const double fast = 1.0;
            edited |= ImGui::InputScalar("##actual", ImGuiDataType_Double, &actual[p], &step, &fast, "%.2f");
            remember_text_field(frame.view, tr_lookup(state, "ui.short." + std::string(core::pillar_id(core::all_pillars[p]))),
                                true);
            ImGui::SameLine();
            ImGui::PushStyleColor(ImGuiCol_Text, colors::pillar(p));
            ImGui::TextUnformatted(tr_lookup(state, "ui.short." + std::string(core::pillar_id(core::all_pillars[p]))));
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
        if (edited) {
            app::set_actual_pillars(state, actual);
            changed = true;
        }
        ImGui::Text("%s %d  \xC2\xB7  %s %d", tr(state, "ui.real_total"),
                    core::displayed_total(frame.eval.calibrated_baseline->total), tr(state, "ui.model_estimate"),
                    core::displayed_total(frame.eval.baseline.total));
    }
    return changed;
}

}  // namespace ssi::ui
