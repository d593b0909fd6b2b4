#include "widgets.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/curves.hpp"
#include "theme.hpp"

namespace ssi::ui {

namespace {
constexpr float pi = 3.14159265358979f;
float f(double v) { return static_cast<float>(v); }
}  // namespace

std::string format_delta(double delta, bool integer) {
    char buffer[32];
    if (integer)
        std::snprintf(buffer, sizeof buffer, "%+d", static_cast<int>(std::lround(delta)));
    else
        std::snprintf(buffer, sizeof buffer, "%+.2f", delta);
    std::string text = buffer;
    if (!integer) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    if (text[0] == '-') text.replace(0, 1, "\xE2\x88\x92");  // a real minus sign
    return text;
}

void same_line_delta(double delta, bool integer) {
    if (std::abs(delta) < (integer ? 0.5 : 0.005)) return;
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, delta > 0 ? colors::positive() : colors::negative());
    ImGui::TextUnformatted(format_delta(delta, integer).c_str());
    ImGui::PopStyleColor();
}

void help_marker(const char* text) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::BeginItemTooltip()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

Card::Card(const char* id, const char* title)
    : visible_(ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                                 ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
    if (visible_ && title && *title) {
        ImGui::PushFont(fonts().heading);
        ImGui::TextUnformatted(title);
        ImGui::PopFont();
        ImGui::Spacing();
    }
}

Card::~Card() {
    ImGui::EndChild();
    ImGui::Spacing();
}

void draw_gauge(double total, double baseline_total, float size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float radius = size * 0.5f;
    const float thickness = radius * 0.22f;
    const ImVec2 center(origin.x + radius, origin.y + radius);
    auto angle_of = [](double value) { return pi + pi * f(std::clamp(value, 0.0, 100.0) / 100.0); };

    // Colour bands, faint, then the filled arc up to the total in the band's colour.
    const double bands[] = {0, 30, 50, 70, 100};
    for (int b = 0; b < 4; ++b) {
        draw->PathArcTo(center, radius - thickness * 0.5f, angle_of(bands[b]), angle_of(bands[b + 1]), 24);
        draw->PathStroke((colors::band(bands[b]) & 0x00FFFFFF) | 0x40000000, 0, thickness);
    }
    if (total > 0.05) {
        draw->PathArcTo(center, radius - thickness * 0.5f, angle_of(0), angle_of(total), 48);
        draw->PathStroke(colors::band(total), 0, thickness);
    }
    // The baseline as a tick across the arc.
    const float a = angle_of(baseline_total);
    const ImVec2 dir(std::cos(a), std::sin(a));
    draw->AddLine(ImVec2(center.x + dir.x * (radius - thickness * 1.15f), center.y + dir.y * (radius - thickness * 1.15f)),
                  ImVec2(center.x + dir.x * (radius + thickness * 0.15f), center.y + dir.y * (radius + thickness * 0.15f)),
                  ImGui::GetColorU32(ImGuiCol_Text), std::max(2.0f, thickness * 0.12f));
    ImGui::Dummy(ImVec2(size, radius));
}

void draw_pillar_bar(std::size_t pillar, double score, double baseline, float width, float height) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float rounding = height * 0.5f;
    draw->AddRectFilled(p, ImVec2(p.x + width, p.y + height), colors::track(), rounding);
    const float filled = width * f(std::clamp(score, 0.0, 25.0) / 25.0);
    if (filled > 0.5f)
        draw->AddRectFilled(p, ImVec2(p.x + std::max(filled, height), p.y + height), colors::pillar(pillar), rounding);
    const float tick = p.x + width * f(std::clamp(baseline, 0.0, 25.0) / 25.0);
    draw->AddLine(ImVec2(tick, p.y - height * 0.3f), ImVec2(tick, p.y + height * 1.3f), ImGui::GetColorU32(ImGuiCol_Text),
                  std::max(1.5f, height * 0.15f));
    ImGui::Dummy(ImVec2(width, height));
}

void draw_diamond(const std::array<double, 4>& scenario, const std::array<double, 4>& baseline, float size,
                  const std::array<const char*, 4>& short_labels) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float label_room = ImGui::GetFontSize() * 1.3f;
    const float radius = size * 0.5f - label_room;
    const ImVec2 center(origin.x + size * 0.5f, origin.y + size * 0.5f);
    const ImVec2 axis[4] = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}};
    auto point = [&](std::size_t i, double score) {
        const float r = radius * f(std::clamp(score, 0.0, 25.0) / 25.0);
        return ImVec2(center.x + axis[i].x * r, center.y + axis[i].y * r);
    };
    // Grid: 5-point rings and the axes.
    for (int ring = 1; ring <= 5; ++ring) {
        ImVec2 pts[4];
        for (std::size_t i = 0; i < 4; ++i) pts[i] = point(i, ring * 5.0);
        draw->AddPolyline(pts, 4, colors::track(), ImDrawFlags_Closed, ring == 5 ? 2.0f : 1.0f);
    }
    for (std::size_t i = 0; i < 4; ++i) draw->AddLine(center, point(i, 25), colors::track(), 1.0f);

    ImVec2 base[4];
    ImVec2 scen[4];
    for (std::size_t i = 0; i < 4; ++i) {
        base[i] = point(i, baseline[i]);
        scen[i] = point(i, scenario[i]);
    }
    draw->AddConvexPolyFilled(base, 4, IM_COL32(120, 130, 145, 60));
    draw->AddPolyline(base, 4, IM_COL32(120, 130, 145, 200), ImDrawFlags_Closed, 1.5f);
    draw->AddConvexPolyFilled(scen, 4, colors::pillar(0, 0.25f));
    draw->AddPolyline(scen, 4, colors::pillar(0), ImDrawFlags_Closed, 2.5f);
    for (std::size_t i = 0; i < 4; ++i) draw->AddCircleFilled(scen[i], 4.0f, colors::pillar(i));

    // Axis labels outside the diamond.
    for (std::size_t i = 0; i < 4; ++i) {
        const ImVec2 text = ImGui::CalcTextSize(short_labels[i]);
        const ImVec2 tip = point(i, 25);
        ImVec2 at(tip.x - text.x * 0.5f, tip.y - text.y * 0.5f);
        if (i == 0) at.y = tip.y - text.y - 2;
        if (i == 2) at.y = tip.y + 2;
        if (i == 1) at.x = std::min(tip.x + 4, origin.x + size - text.x);
        if (i == 3) at.x = std::max(tip.x - text.x - 4, origin.x);
        draw->AddText(at, colors::pillar(i), short_labels[i]);
    }
    ImGui::Dummy(ImVec2(size, size));
}

void draw_curve(const core::Metric& metric, double value, bool known, ImVec2 size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    draw->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), colors::surface(), 4.0f);
    // Show the range where the curve bends: up to past its 90% point, or the current value.
    double top = metric.max;
    if (metric.curve.kind == core::CurveKind::log_normal)
        top = std::min(metric.max, std::max(metric.curve.p90 * 2.0, value * 1.2));
    else if (metric.curve.kind == core::CurveKind::log_normal_lower_better)
        top = std::min(metric.max, std::max(metric.curve.p50 * 3.0, value * 1.2));
    const double bottom = metric.min;
    const int samples = 48;
    ImVec2 pts[samples + 1];
    for (int s = 0; s <= samples; ++s) {
        const double x = bottom + (top - bottom) * s / samples;
        pts[s] =
            ImVec2(p.x + size.x * f((x - bottom) / (top - bottom)), p.y + size.y - size.y * f(core::credit(metric.curve, x)));
    }
    draw->AddPolyline(pts, samples + 1, colors::pillar(static_cast<std::size_t>(metric.pillar)), 0, 2.0f);
    if (known) {
        const double v = std::clamp(value, bottom, top);
        const ImVec2 dot(p.x + size.x * f((v - bottom) / (top - bottom)),
                         p.y + size.y - size.y * f(core::credit(metric.curve, value)));
        draw->AddCircleFilled(dot, 5.0f, ImGui::GetColorU32(ImGuiCol_Text));
    }
    ImGui::Dummy(size);
}

void note_text(const char* text, ImU32 color) {
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, color ? color : colors::muted());
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

}  // namespace ssi::ui
