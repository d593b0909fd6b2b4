#include "platform/headless.hpp"

#include "ui/theme.hpp"
#include "ui/ui.hpp"

namespace ssi::platform {

namespace {
void no_backend_frame() {}
}  // namespace

Headless::Headless(app::State& state, float css_width, float css_height, float scale)
    : state_(state), context_(ImGui::CreateContext()), css_width_(css_width), scale_(scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.DisplaySize = ImVec2(css_width * scale, css_height * scale);
    ui::apply_theme(scale);
    // No renderer: build the atlas ourselves so ImGui has its texture data.
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    static int no_texture;  // any non-null id: nothing is drawn
    io.Fonts->SetTexID(&no_texture);
}

Headless::~Headless() { ImGui::DestroyContext(context_); }

bool Headless::frame(float seconds) {
    ImGui::SetCurrentContext(context_);
    ImGui::GetIO().DeltaTime = seconds;
    return ui::run_frame(state_, view_, eval_, scale_, css_width_, no_backend_frame);
}

}  // namespace ssi::platform
