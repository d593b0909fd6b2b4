// Rank: the averages LinkedIn shows (industry, network) turned into an estimated "top X%".
#include <string>
#include <utility>

#include "core/rank.hpp"
#include "imgui.h"
#include "theme.hpp"
#include "ui.hpp"
#include "widgets.hpp"

namespace ssi::ui {

bool draw_rank_panel(app::State& state, const Frame& frame) {
    bool changed = false;
    const Card card("rank_card", tr(state, "ui.rank"));
    if (!card) return false;
    double industry = state.industry_average;
    double network = state.network_average;
    const double min = 1;
    const double max = 99;
    const std::string industry_format = std::string(tr(state, "ui.industry_average")) + " %.1f";
    const std::string network_format = std::string(tr(state, "ui.network_average")) + " %.1f";
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    bool edited = ImGui::SliderScalar("##industry", ImGuiDataType_Double, &industry, &min, &max, industry_format.c_str(),
                                      ImGuiSliderFlags_AlwaysClamp);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    edited |= ImGui::SliderScalar("##network", ImGuiDataType_Double, &network, &min, &max, network_format.c_str(),
                                  ImGuiSliderFlags_AlwaysClamp);
    if (edited) {
        app::set_averages(state, industry, network);
        changed = true;
    }
    // The point estimate, and the range the fit's misses on real readings allow.
    for (const auto& [key, top] : {std::pair{"ui.industry_rank", frame.eval.industry_top_percent},
                                   std::pair{"ui.network_rank", frame.eval.network_top_percent}}) {
        ImGui::PushFont(fonts().heading);
        ImGui::TextUnformatted(
            app::format_text(state.language, key, {{"top", std::to_string(core::displayed_top_percent(top))}}).c_str());
        ImGui::PopFont();
        const core::RankRange range = core::rank_range(top);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
        ImGui::TextUnformatted(app::format_text(state.language, "ui.rank_range",
                                                {{"best", std::to_string(range.best)}, {"worst", std::to_string(range.worst)}})
                                   .c_str());
        ImGui::PopStyleColor();
    }
    note_text(tr(state, "ui.rank_help"));
    return changed;
}

}  // namespace ssi::ui
