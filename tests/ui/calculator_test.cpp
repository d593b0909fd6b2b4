// The calculator's views on the headless platform: real ImGui frames, synthetic input.
#include <catch2/catch.hpp>

#include "app/json.hpp"
#include "core/catalog.hpp"
#include "platform/headless.hpp"
#include "ui/ui.hpp"

using namespace ssi;

namespace {

std::size_t metric(std::string_view id) { return *core::find_metric(id); }

// ImGui hides a newly appearing auto-sized window for one frame while it measures it: a page
// is laid out from its second frame on.
void start(platform::Headless& ui) {
    ui.frame();
    ui.frame();
}

// Presses and releases the mouse at the centre of a rectangle, a frame for each event, as a
// person's click arrives over several frames.
void click(platform::Headless& ui, float x, float y) {
    ui.io().AddMousePosEvent(x, y);
    ui.frame();
    ui.io().AddMouseButtonEvent(0, true);
    ui.frame();
    ui.io().AddMouseButtonEvent(0, false);
    ui.frame();
}

// Scrolls the column under (x, y) until the metric's control is visible.
void scroll_to(platform::Headless& ui, std::size_t m, float x, float y) {
    for (int i = 0; i < 200 && !ui.view().controls[m].visible; ++i) {
        ui.io().AddMousePosEvent(x, y);
        ui.io().AddMouseWheelEvent(0, -1);
        ui.frame();
    }
}

}  // namespace

TEST_CASE("clicking a profile checkbox changes the score in the same frame") {
    app::State state;
    platform::Headless ui(state, 1280, 800, 1);
    start(ui);
    const std::size_t cover = metric("cover");
    const ui::ControlRect rect = ui.view().controls[cover];
    REQUIRE(rect.visible);
    const double before = ui.evaluation().scenario.total;
    REQUIRE(state.scenario.values[cover] == 0.0);

    ui.io().AddMousePosEvent(rect.x + rect.height * 0.5f, rect.y + rect.height * 0.5f);
    ui.frame();
    ui.io().AddMouseButtonEvent(0, true);
    ui.frame();
    ui.io().AddMouseButtonEvent(0, false);
    const bool changed = ui.frame();
    CHECK(changed);
    CHECK(state.scenario.values[cover] == 1.0);
    // The frame that saw the click already shows the new score.
    CHECK(ui.evaluation().scenario.total > before);
    CHECK(ui.evaluation().scenario.total == app::evaluate(state).scenario.total);
}

TEST_CASE("dragging a slider to its right end sets the metric's maximum") {
    app::State state;
    platform::Headless ui(state, 1280, 800, 2);
    start(ui);
    const std::size_t endorsements = metric("endorsements");
    const ui::ControlRect r = ui.view().controls[endorsements];
    REQUIRE(r.visible);
    ui.io().AddMousePosEvent(r.x + 4, r.y + r.height * 0.5f);
    ui.frame();
    ui.io().AddMouseButtonEvent(0, true);
    ui.frame();
    for (int step = 1; step <= 10; ++step) {
        ui.io().AddMousePosEvent(r.x + r.width * static_cast<float>(step) / 10.0f + 20, r.y + r.height * 0.5f);
        ui.frame();
    }
    ui.io().AddMouseButtonEvent(0, false);
    ui.frame();
    CHECK(state.scenario.values[endorsements] == core::catalog[endorsements].max);
}

TEST_CASE("a click on a slider sets it where the finger lands") {
    app::State state;
    platform::Headless ui(state, 375, 740, 2);
    ui.io().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    start(ui);
    const std::size_t comments = metric("comments");
    scroll_to(ui, comments, 375, 700);
    const ui::ControlRect r = ui.view().controls[comments];
    REQUIRE(r.visible);
    const double before = *state.scenario.values[comments];
    click(ui, r.x + r.width * 0.8f, r.y + r.height * 0.5f);
    CHECK(*state.scenario.values[comments] > before);
}

TEST_CASE("the unknown toggle leaves a metric out and brings its value back") {
    app::State state;
    const std::size_t followers = metric("followers");
    app::set_input(state, followers, 1234);
    platform::Headless ui(state, 1280, 800, 1);
    start(ui);
    const ui::ControlRect r = ui.view().controls[followers];
    REQUIRE(r.visible);
    // The toggle sits right of the slider.
    const float toggle_x = r.x + r.width + ImGui::GetStyle().ItemSpacing.x + ImGui::GetFrameHeight() * 0.4f;
    click(ui, toggle_x, r.y + r.height * 0.5f);
    CHECK_FALSE(state.scenario.values[followers].has_value());
    CHECK(ui.evaluation().scenario.pillars[0].confidence < 1.0);
    click(ui, toggle_x, r.y + r.height * 0.5f);
    REQUIRE(state.scenario.values[followers].has_value());
    CHECK(*state.scenario.values[followers] == 1234);
}

TEST_CASE("no control reaches past the right edge, from 320 to 1920 CSS pixels") {
    for (const float width : {320.0f, 375.0f, 414.0f, 759.0f, 760.0f, 1024.0f, 1280.0f, 1920.0f}) {
        for (const float scale : {1.0f, 2.0f, 3.0f}) {
            for (app::Language language : app::all_languages) {
                app::State state;
                state.language = language;
                platform::Headless ui(state, width, 900, scale);
                start(ui);
                const float right = width * scale;
                for (std::size_t m = 0; m < core::metric_count; ++m) {
                    const ui::ControlRect r = ui.view().controls[m];
                    if (!r.visible) continue;
                    INFO("width " << width << " scale " << scale << " language " << app::language_id(language) << " metric "
                                  << core::catalog[m].id);
                    CHECK(r.x >= 0);
                    CHECK(r.x + r.width <= right);
                    CHECK(r.width > 40 * scale);  // a usable slider or checkbox
                }
            }
        }
    }
}

TEST_CASE("the phone layout is one column, the desktop layout two") {
    app::State state;
    {
        platform::Headless phone(state, 375, 740, 2);
        start(phone);
        // On a phone the score comes first: the first metric is below the fold.
        CHECK_FALSE(phone.view().controls[0].visible);
    }
    {
        platform::Headless desktop(state, 1280, 800, 1);
        start(desktop);
        const ui::ControlRect first = desktop.view().controls[0];
        REQUIRE(first.visible);
        CHECK(first.x + first.width < 1280 / 2);  // inputs in the left column
        CHECK(first.y < 300);
    }
}

namespace {

// The named control's rect, scrolled into view in a one-column page.
ui::ControlRect named(platform::Headless& ui, std::string_view name) {
    for (int i = 0; i < 300; ++i) {
        for (const auto& [id, rect] : ui.view().buttons)
            if (id == name && rect.visible && rect.y > 0 && rect.y + rect.height < 1600) return rect;
        ui.io().AddMousePosEvent(200, 400);
        ui.io().AddMouseWheelEvent(0, -1);
        ui.frame();
    }
    FAIL("never drawn in view: " << name);
    return {};
}

}  // namespace

TEST_CASE("the platform's text input drives the edited field: its text, its selection, cut to the field's size") {
    app::State state;
    platform::Headless ui(state, 400, 800, 2);
    start(ui);
    CHECK(ui::text_being_edited(ui.view()).field == nullptr);
    CHECK_FALSE(ui::edit_text("ignored", 0, 0));  // no field is being edited

    const ui::ControlRect name = named(ui, "scenario_name");
    REQUIRE(ui::text_field_at(ui.view(), name.x + 4, name.y + name.height / 2) != nullptr);
    CHECK(ui::text_field_at(ui.view(), name.x - 50, name.y - 50) == nullptr);
    click(ui, name.x + 4, name.y + name.height / 2);
    ui::TextEdit edit = ui::text_being_edited(ui.view());
    REQUIRE(edit.field != nullptr);
    CHECK(edit.field->label == "Name this scenario");
    CHECK_FALSE(edit.field->numeric);
    CHECK(edit.text.empty());

    // As a phone keyboard sends it: the whole text, the caret after "Strat" (5 bytes).
    REQUIRE(ui::edit_text("Stratégie año", 5, 5));
    ui.frame();
    edit = ui::text_being_edited(ui.view());
    CHECK(edit.text == "Stratégie año");
    CHECK(edit.select_start == 5);
    CHECK(edit.select_end == 5);
    // ImGui's own typing goes in at that caret: the two agree on where it is.
    ui.io().AddInputCharactersUTF8("-");
    ui.frame();
    CHECK(ui::text_being_edited(ui.view()).text == "Strat-égie año");

    // A selection in UTF-8 bytes: "égie" is bytes 6..11; typing replaces it.
    REQUIRE(ui::edit_text("Strat-égie año", 6, 11));
    ui.frame();
    edit = ui::text_being_edited(ui.view());
    CHECK(edit.select_start == 6);
    CHECK(edit.select_end == 11);
    ui.io().AddInputCharactersUTF8("ÉGIE");
    ui.frame();
    CHECK(ui::text_being_edited(ui.view()).text == "Strat-ÉGIE año");

    // More than the field holds: cut at a character boundary, never inside an "é".
    std::string long_text;
    for (int i = 0; i < 200; ++i) long_text += "é";
    REQUIRE(ui::edit_text(long_text, 0, 0));
    ui.frame();
    edit = ui::text_being_edited(ui.view());
    CHECK(edit.text.size() % 2 == 0);
    CHECK(edit.text.size() < long_text.size());
    CHECK(edit.text == long_text.substr(0, edit.text.size()));

    // Enter saves what the field holds; the edit then ends.
    REQUIRE(ui::edit_text("Plan Ñ", 7, 7));
    ui.frame();
    ui.io().AddKeyEvent(ImGuiKey_Enter, true);
    ui.frame();
    ui.io().AddKeyEvent(ImGuiKey_Enter, false);
    ui.frame();
    REQUIRE(state.saved.scenarios.size() == 1);
    CHECK(state.saved.scenarios[0].name == "Plan Ñ");
    CHECK(ui::text_being_edited(ui.view()).field == nullptr);

    // stop_text_editing ends an edit as a click elsewhere would, keeping what was typed.
    click(ui, name.x + 4, name.y + name.height / 2);
    REQUIRE(ui::edit_text("Draft", 5, 5));
    ui.frame();
    ui::stop_text_editing();
    ui.frame();
    CHECK(ui::text_being_edited(ui.view()).field == nullptr);
    click(ui, name.x + 4, name.y + name.height / 2);
    CHECK(ui::text_being_edited(ui.view()).text == "Draft");
}

TEST_CASE("number fields are reported as numeric, with their label") {
    app::State state;
    platform::Headless ui(state, 400, 800, 2);
    start(ui);
    const ui::ControlRect brand = named(ui, "reading_brand");
    click(ui, brand.x + 4, brand.y + brand.height / 2);
    const ui::TextEdit edit = ui::text_being_edited(ui.view());
    REQUIRE(edit.field != nullptr);
    CHECK(edit.field->numeric);
    CHECK(edit.field->label == "Brand");
}

TEST_CASE("the score card says what changed since the first reading, or from the baseline, and when it is an estimate") {
    app::State state;
    platform::Headless ui(state, 1280, 800, 1);
    start(ui);
    const app::Date today{2026, 12, 2};
    auto card = [&] {
        ui.frame();
        const auto parsed = app::json::parse_json(ui::score_card_json(state, ui.evaluation(), today));
        REQUIRE(parsed.value);
        return *parsed.value;
    };
    app::json::Value c = card();
    CHECK(c.get("total")->number == core::displayed_total(ui.evaluation().shown_total()));
    CHECK(c.get("change")->string.empty());  // the scenario is its own baseline
    CHECK(c.get("estimate")->string.find("Estimate") == 0);
    CHECK(c.get("pillars")->array.size() == 4);
    CHECK(c.get("date")->string == "2026-12-02");
    CHECK(c.get("colors")->get("page")->string.size() == 7);

    app::set_input(state, metric("comments"), 40);
    c = card();
    CHECK(c.get("change")->string.find("from my starting point") != std::string::npos);
    CHECK(c.get("change_sign")->number == 1);

    // With a history, the change is since its first reading; calibrated numbers say so.
    app::add_reading(state, app::make_reading({2026, 11, 1}, {10, 5, 5, 5}));
    app::set_actual_pillars(state, std::array<double, 4>{20, 10, 12, 15});
    state.language = app::Language::fr;
    c = card();
    const int total = static_cast<int>(c.get("total")->number);
    REQUIRE(total > 25);
    CHECK(c.get("change")->string == "+" + std::to_string(total - 25) + " depuis le 01/11/2026");
    CHECK(c.get("estimate")->string.find("Piliers de LinkedIn") == 0);
    CHECK(c.get("date")->string == "02/12/2026");
}
