// Colours, fonts and sizes. Fonts are rasterised for the device pixel ratio so text is crisp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "imgui.h"

namespace ssi::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* small = nullptr;
    ImFont* heading = nullptr;
    ImFont* display = nullptr;  // the big total: digits only
};
const Fonts& fonts();

// The look the user chose, resolved: `automatic` already turned into light or dark.
struct Look {
    bool dark = false;
    ImU32 accent = IM_COL32(10, 102, 194, 255);  // LinkedIn's blue, #0A66C2
    friend bool operator==(const Look&, const Look&) = default;
};
Look look_from(bool dark, std::optional<std::uint32_t> accent_rgb);

// Rebuilds the font atlas for a device pixel ratio (call before a frame when the ratio changes;
// the renderer must then recreate its font texture).
void build_fonts(float scale);
// Sets ImGui's style: sizes for the ratio, colours for the look.
void apply_style(float scale, const Look& look);
// Both, for platforms that set everything up at once.
void apply_theme(float scale, const Look& look = {});

// Colours that mean something, shared by every panel.
namespace colors {
ImU32 pillar(std::size_t index, float alpha = 1.0f);
ImU32 band(double total);  // the gauge's colour for a total
ImU32 positive();
ImU32 negative();
ImU32 muted();
ImU32 track();
ImU32 surface();  // faint background of plots
}  // namespace colors

}  // namespace ssi::ui
