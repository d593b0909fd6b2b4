// Small drawing pieces shared by the panels.
#pragma once

#include <array>
#include <string>

#include "imgui.h"
#include "core/catalog.hpp"

namespace ssi::ui {

// "+1.25" / "−0.5" in green or red after the previous item; nothing when the change is 0.
void same_line_delta(double delta, bool integer = false);
std::string format_delta(double delta, bool integer);

// A note under a control: small, wrapped, in the muted colour (or `color` when not 0).
void note_text(const char* text, ImU32 color = 0);

// A "(?)" that shows its text when hovered or tapped.
void help_marker(const char* text);

// A card: a child window with a title, sized to its content, ended when it goes out of scope.
// False while it is scrolled out of sight: ImGui skips its items then, and the panel can skip
// its own work (texts, numbers, plans) too.
class Card {
public:
    Card(const char* id, const char* title);
    ~Card();
    Card(const Card&) = delete;
    Card& operator=(const Card&) = delete;
    explicit operator bool() const { return visible_; }

private:
    bool visible_;
};

// The total on a half-circle gauge with colour bands; the baseline as a thin tick.
void draw_gauge(double total, double baseline_total, float size);

// A 0..25 bar with the baseline as a tick.
void draw_pillar_bar(std::size_t pillar, double score, double baseline, float width, float height);

// The four pillars on a diamond (brand up, people right, insights down, relationships left),
// the baseline drawn behind the scenario.
void draw_diamond(const std::array<double, 4>& scenario, const std::array<double, 4>& baseline, float size,
                  const std::array<const char*, 4>& short_labels);

// A metric's credit curve over its useful range with the current value marked.
void draw_curve(const core::Metric& metric, double value, bool known, ImVec2 size);

}  // namespace ssi::ui
