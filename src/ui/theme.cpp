#include "theme.hpp"

#include <algorithm>
#include <cstddef>

namespace ssi::assets {
extern const unsigned char ui_font[];
extern const std::size_t ui_font_size;
}  // namespace ssi::assets

namespace ssi::ui {

namespace {
Fonts loaded;

ImFont* add_font(float pixels) {
    ImFontConfig config;
    // The bytes are a static array: the atlas must not free them.
    config.FontDataOwnedByAtlas = false;
    config.OversampleH = 2;
    config.OversampleV = 1;
    // Latin-1 plus the few typographic marks the texts use (see cmake/font.cmake).
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022,
                                     0x2026, 0x2026, 0x2191, 0x2193, 0x2212, 0x2212,
                                     0x25B2, 0x25B2, 0x25BC, 0x25BC, 0};
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(assets::ui_font),
                                                      static_cast<int>(assets::ui_font_size), pixels, &config,
                                                      ranges);
}
}  // namespace

const Fonts& fonts() { return loaded; }

void apply_theme(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    loaded.body = add_font(16.0f * scale);
    loaded.small = add_font(13.0f * scale);
    loaded.heading = add_font(18.0f * scale);
    loaded.display = add_font(44.0f * scale);
    io.Fonts->Build();
    io.FontDefault = loaded.body;

    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 7);
    style.ItemInnerSpacing = ImVec2(6, 4);
    style.ScrollbarSize = 12;
    style.GrabMinSize = 14;
    style.WindowRounding = 0;
    style.ChildRounding = 8;
    style.FrameRounding = 6;
    style.GrabRounding = 6;
    style.PopupRounding = 6;
    style.ScrollbarRounding = 6;
    style.TabRounding = 6;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 0;
    style.TouchExtraPadding = ImVec2(2, 2);

    ImVec4* c = style.Colors;
    const ImVec4 accent(0.04f, 0.40f, 0.76f, 1.0f);  // LinkedIn's blue, #0A66C2
    c[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.97f, 0.98f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_Border] = ImVec4(0.85f, 0.87f, 0.90f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(0.11f, 0.13f, 0.16f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.42f, 0.45f, 0.50f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(0.91f, 0.93f, 0.95f, 1.0f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.87f, 0.90f, 0.94f, 1.0f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.82f, 0.87f, 0.93f, 1.0f);
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_SliderGrabActive] = ImVec4(0.02f, 0.30f, 0.60f, 1.0f);
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_Button] = ImVec4(0.88f, 0.92f, 0.97f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.80f, 0.87f, 0.96f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.70f, 0.80f, 0.94f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.92f, 0.94f, 0.97f, 1.0f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.86f, 0.90f, 0.96f, 1.0f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.80f, 0.86f, 0.95f, 1.0f);
    c[ImGuiCol_NavHighlight] = ImVec4(0.95f, 0.55f, 0.05f, 1.0f);  // keyboard focus stands out
    c[ImGuiCol_Separator] = c[ImGuiCol_Border];
    c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 0.98f);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

namespace colors {
ImU32 pillar(std::size_t index, float alpha) {
    // Distinct for common colour blindness: blue, orange, teal, purple.
    static const ImVec4 base[] = {{0.04f, 0.40f, 0.76f, 1}, {0.90f, 0.49f, 0.13f, 1},
                                  {0.09f, 0.60f, 0.52f, 1}, {0.49f, 0.30f, 0.70f, 1}};
    ImVec4 c = base[std::min<std::size_t>(index, 3)];
    c.w = alpha;
    return ImGui::GetColorU32(c);
}
ImU32 band(double total) {
    // Coaches' reading of the score: under 30 weak, 30-50 growing, 50-70 good, 70+ strong.
    if (total < 30) return IM_COL32(214, 69, 65, 255);
    if (total < 50) return IM_COL32(235, 146, 40, 255);
    if (total < 70) return IM_COL32(120, 170, 50, 255);
    return IM_COL32(30, 140, 75, 255);
}
ImU32 positive() { return IM_COL32(24, 128, 56, 255); }
ImU32 negative() { return IM_COL32(196, 43, 28, 255); }
ImU32 muted() { return ImGui::GetColorU32(ImGuiCol_TextDisabled); }
ImU32 track() { return IM_COL32(226, 230, 236, 255); }
}  // namespace colors

}  // namespace ssi::ui
