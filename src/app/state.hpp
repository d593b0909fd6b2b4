// Everything the user has set: the scenario being edited, the baseline it is compared with,
// and the settings. Every change goes through the functions here, which validate it once.
#pragma once

#include <array>
#include <optional>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/saved.hpp"
#include "app/ssi_page.hpp"
#include "core/advice.hpp"
#include "core/rank.hpp"
#include "app/translations.hpp"

namespace ssi::app {

enum class Preset { newcomer, active_seller, top_one_percent };
inline constexpr std::array<Preset, 3> all_presets{Preset::newcomer, Preset::active_seller, Preset::top_one_percent};
std::string_view preset_id(Preset preset);  // text key suffix: ui.preset.<id>
core::Inputs preset_inputs(Preset preset);

// What the last import of a file found: the history panel shows it, in the language of the
// moment (describe), until dismissed.
struct ImportReport {
    std::size_t readings = 0;             // imported
    std::size_t problem_count = 0;        // found
    std::vector<ImportProblem> problems;  // the first 20 of them
};
// Its lines: "5 readings imported, 2 problems:", then one per problem kept ("line 3: no date").
std::vector<std::string> describe(const ImportReport& report, Language language);

enum class Theme { automatic, light, dark };  // automatic follows prefers-color-scheme
std::string_view theme_id(Theme theme);       // "auto", "light", "dark"

struct State {
    core::Inputs scenario = core::typical_inputs();
    core::Inputs baseline = core::typical_inputs();
    // The last known value of each metric, restored when "unknown" is switched off again.
    std::array<double, core::metric_count> remembered{};
    app::Language language = app::Language::en;
    // The user's real pillar scores as LinkedIn shows them: turns calibration on.
    std::optional<std::array<double, core::pillar_count>> actual_pillars;
    // The averages LinkedIn shows beside the score (28.2 was LinkedIn's 2015 average).
    double industry_average = 28.2;
    double network_average = 28.2;
    int target = 70;

    Theme theme = Theme::automatic;
    std::optional<std::uint32_t> accent;  // 0xRRGGBB; none: the theme's own blue
    // Origins of host pages whose ssi:set messages are accepted (none by default).
    std::vector<std::string> allowed_origins;
    // What a link, the storage or a host page sent that could not be used as given: shown to
    // the user until dismissed.
    std::vector<std::string> notices;

    // Saved scenarios and real readings: what the browser's storage keeps. `saved_revision`
    // counts changes, so the platform knows when to write.
    SavedDocument saved;
    int saved_revision = 0;
    // unknown until storage was read; saving: writes succeed; full: the last write was refused
    // (the quota), what was stored before is whole; newer: another tab wrote a newer version's
    // document, which is not overwritten; unavailable: storage is blocked.
    enum class Storage { unknown, saving, full, newer, unavailable } storage = Storage::unknown;
    // Where unreadable stored data was kept at start (empty: nothing was unreadable).
    std::string backup_key;
    std::optional<ImportReport> import_report;

    // The last paste of LinkedIn's page (app/paste.hpp) until undone or dismissed: what it read
    // and what it replaced, so Undo puts everything back.
    struct PasteRecord {
        SsiPage page;
        std::optional<std::array<double, core::pillar_count>> actual_pillars;
        double industry_average = 0;
        double network_average = 0;
        Date date;
        std::optional<Reading> replaced;  // the reading the paste's date had before
    };
    std::optional<PasteRecord> last_paste;

    State();
};

// Intents: what the views and the page's API ask for. Values are cleaned (clamped) here.
core::InputProblem set_input(State& state, std::size_t metric, double value);
void set_unknown(State& state, std::size_t metric, bool unknown);
void apply_preset(State& state, Preset preset);
void set_baseline(State& state);       // the scenario becomes the baseline
void back_to_baseline(State& state);   // the scenario becomes the baseline again
void reset_to_defaults(State& state);  // scenario and baseline back to a typical new member
void set_actual_pillars(State& state, std::optional<std::array<double, core::pillar_count>> actual);
void set_averages(State& state, double industry, double network);
void set_target(State& state, int target);

// Saved data: each intent makes the change, stamps it with the time (for the merge of two
// tabs, saved.hpp) and counts it in saved_revision, on which the platform writes. The views and
// the platform change saved data only through these.
Outcome save_scenario(State& state, std::string_view name);  // the current scenario's inputs
Outcome rename_scenario(State& state, std::string_view old_name, std::string_view new_name);
Outcome delete_scenario(State& state, std::string_view name);
void add_reading(State& state, const Reading& reading);
bool remove_reading(State& state, Date date);
// A file's text picked or dropped for import (CSV, or JSON when the name ends in .json or the
// text starts with '{' or '['): its readings are added, and import_report says how it went.
void import_file(State& state, std::string_view filename, std::string_view text);

// Everything the views show, computed once per change from the state.
struct Evaluation {
    core::Result scenario;
    core::Result baseline;
    core::Comparison delta;
    core::Tips tips;
    core::Plan plan;
    std::optional<core::CalibratedScores> calibrated;  // when actual pillars are known
    std::optional<core::CalibratedScores> calibrated_baseline;
    double industry_top_percent = 100;
    double network_top_percent = 100;
    // The total the user should read: the calibrated one when calibration is on.
    double shown_total() const { return calibrated ? calibrated->total : scenario.total; }
    double shown_pillar(std::size_t p) const { return calibrated ? calibrated->pillars[p] : scenario.pillars[p].score; }
    double shown_baseline_total() const { return calibrated_baseline ? calibrated_baseline->total : baseline.total; }
    double shown_baseline_pillar(std::size_t p) const {
        return calibrated_baseline ? calibrated_baseline->pillars[p] : baseline.pillars[p].score;
    }
};
// Plans kept between frames. An exact plan costs milliseconds when the greedy plan cannot be
// proven optimal, too much for a frame of a slider drag: while input keeps coming every state
// gets the quick plan (it reaches the target), and once the input rests (the platform says so,
// and draws one more frame) the exact one, computed once and kept for that state.
struct PlanMemo {
    struct Key {
        core::Inputs inputs;
        int target = 0;
        core::PillarOffsets offsets{};
        bool operator==(const Key&) const = default;
    };
    bool rested = false;           // set by the platform when no input came for a while
    bool last_was_quick = false;   // the last plan was the quick one: a frame at rest would improve it
    std::optional<Key> exact_for;  // the state `exact` is the plan of
    core::Plan exact;
};
// Without a memo every plan is exact (tests, tools).
Evaluation evaluate(const State& state, PlanMemo* memo = nullptr);

}  // namespace ssi::app
