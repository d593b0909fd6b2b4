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

// Latin-1 plus the few typographic marks the texts use (see cmake/font.cmake).
constexpr ImWchar text_glyphs[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022,
                                   0x2022, 0x2026, 0x2026, 0x2212, 0x2212, 0};
// The big total is only ever digits: rasterising the rest at 44 px would delay the first frame.
constexpr ImWchar digit_glyphs[] = {0x0030, 0x0039, 0};

ImFont* add_font(float pixels, const ImWchar* glyphs) {
    ImFontConfig config;
    // The bytes are a static array: the atlas must not free them.
    config.FontDataOwnedByAtlas = false;
    config.OversampleH = 2;
    config.OversampleV = 1;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(assets::ui_font),
                                                      static_cast<int>(assets::ui_font_size), pixels, &config, glyphs);
}
}  // namespace

const Fonts& fonts() { return loaded; }

Look look_from(bool dark, std::optional<std::uint32_t> accent_rgb) {
    Look look;
    look.dark = dark;
    if (accent_rgb) {
        const std::uint32_t rgb = *accent_rgb;
        look.accent = IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 255);
    } else if (dark) {
        look.accent = IM_COL32(112, 181, 249, 255);  // LinkedIn's blue, lightened for dark backgrounds
    }
    return look;
}

void build_fonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    loaded.body = add_font(16.0f * scale, text_glyphs);
    loaded.small = add_font(13.0f * scale, text_glyphs);
    loaded.heading = add_font(18.0f * scale, text_glyphs);
    loaded.display = add_font(44.0f * scale, digit_glyphs);
    io.Fonts->Build();
    io.FontDefault = loaded.body;
}

namespace {
Look current_look;

ImVec4 mix(ImVec4 a, ImVec4 b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t);
}
}  // namespace

void apply_style(float scale, const Look& look) {
    current_look = look;
    ImGuiStyle style;
    look.dark ? ImGui::StyleColorsDark(&style) : ImGui::StyleColorsLight(&style);
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

    // Two palettes with the same roles; the accent colours the controls.
    const ImVec4 accent = ImGui::ColorConvertU32ToFloat4(look.accent);
    const ImVec4 page = look.dark ? ImVec4(0.09f, 0.10f, 0.12f, 1) : ImVec4(0.96f, 0.97f, 0.98f, 1);
    const ImVec4 card = look.dark ? ImVec4(0.13f, 0.14f, 0.17f, 1) : ImVec4(1, 1, 1, 1);
    const ImVec4 text = look.dark ? ImVec4(0.91f, 0.92f, 0.94f, 1) : ImVec4(0.11f, 0.13f, 0.16f, 1);
    const ImVec4 frame = look.dark ? ImVec4(0.20f, 0.22f, 0.26f, 1) : ImVec4(0.91f, 0.93f, 0.95f, 1);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = page;
    c[ImGuiCol_ChildBg] = card;
    c[ImGuiCol_Border] = mix(card, text, 0.15f);
    c[ImGuiCol_Text] = text;
    c[ImGuiCol_TextDisabled] = mix(card, text, 0.62f);
    c[ImGuiCol_FrameBg] = frame;
    c[ImGuiCol_FrameBgHovered] = mix(frame, accent, 0.12f);
    c[ImGuiCol_FrameBgActive] = mix(frame, accent, 0.22f);
    // ImGui writes a slider's value over its grab: a half-tone grab keeps the digits legible.
    c[ImGuiCol_SliderGrab] = mix(frame, accent, 0.5f);
    c[ImGuiCol_SliderGrabActive] = mix(frame, accent, 0.7f);
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_Button] = mix(card, accent, 0.14f);
    c[ImGuiCol_ButtonHovered] = mix(card, accent, 0.24f);
    c[ImGuiCol_ButtonActive] = mix(card, accent, 0.36f);
    c[ImGuiCol_Header] = mix(card, accent, 0.08f);
    c[ImGuiCol_HeaderHovered] = mix(card, accent, 0.16f);
    c[ImGuiCol_HeaderActive] = mix(card, accent, 0.24f);
    c[ImGuiCol_NavHighlight] = ImVec4(0.95f, 0.55f, 0.05f, 1.0f);  // keyboard focus stands out
    c[ImGuiCol_Separator] = c[ImGuiCol_Border];
    c[ImGuiCol_PopupBg] = card;
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = mix(card, text, 0.25f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

void apply_theme(float scale, const Look& look) {
    build_fonts(scale);
    apply_style(scale, look);
}

namespace colors {
ImU32 pillar(std::size_t index, float alpha) {
    // Distinct for common colour blindness: blue, orange, teal, purple.
    static const ImVec4 base[] = {
        {0.04f, 0.40f, 0.76f, 1}, {0.90f, 0.49f, 0.13f, 1}, {0.09f, 0.60f, 0.52f, 1}, {0.49f, 0.30f, 0.70f, 1}};
    ImVec4 c = base[std::min<std::size_t>(index, 3)];
    if (current_look.dark) c = mix(c, ImVec4(1, 1, 1, 1), 0.3f);  // keep contrast on dark cards
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
ImU32 positive() { return current_look.dark ? IM_COL32(92, 200, 120, 255) : IM_COL32(24, 128, 56, 255); }
ImU32 negative() { return current_look.dark ? IM_COL32(255, 120, 105, 255) : IM_COL32(196, 43, 28, 255); }
ImU32 muted() { return ImGui::GetColorU32(ImGuiCol_TextDisabled); }
ImU32 track() { return current_look.dark ? IM_COL32(58, 63, 72, 255) : IM_COL32(226, 230, 236, 255); }
ImU32 surface() { return current_look.dark ? IM_COL32(30, 33, 38, 255) : IM_COL32(246, 248, 250, 255); }
}  // namespace colors

}  // namespace ssi::ui
