// Colours, fonts and sizes. Fonts are rasterised for the device pixel ratio so text is crisp.
#pragma once

#include <cstddef>

#include "imgui.h"

namespace ssi::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* small = nullptr;
    ImFont* heading = nullptr;
    ImFont* display = nullptr;  // the big total
};
const Fonts& fonts();

// (Re)builds the font atlas and the style for a device pixel ratio. Call before a frame when the
// ratio changes; the renderer must then recreate its font texture.
void apply_theme(float scale);

// Colours that mean something, shared by every panel.
namespace colors {
ImU32 pillar(std::size_t index, float alpha = 1.0f);
ImU32 band(double total);  // the gauge's colour for a total
ImU32 positive();
ImU32 negative();
ImU32 muted();
ImU32 track();
}  // namespace colors

}  // namespace ssi::ui
