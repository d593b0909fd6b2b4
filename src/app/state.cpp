#include "state.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "app/readings_csv.hpp"

namespace ssi::app {

namespace {

struct PresetValue {
    std::string_view metric;
    double value;
};

// Values that differ from a typical new member (the catalog's defaults). Active seller: a rep
// following the coaches' weekly routine; top 1%: what scores in the high 80s look like.
// clang-format off
constexpr PresetValue active_seller[] = {
    {"cover", 1}, {"about", 1}, {"skills", 1}, {"endorsements", 40}, {"recommendations", 4},
    {"articles", 3}, {"followers", 800}, {"searches", 15}, {"views_made", 30},
    {"views_received", 30}, {"leads_saved", 15}, {"active_days", 5}, {"reactions", 20},
    {"comments", 10}, {"posts", 1}, {"engagement", 20}, {"shares", 2}, {"groups", 3},
    {"messages", 15}, {"inmail_rate", 15}, {"reply_hours", 12}, {"connections", 800},
    {"decision_makers", 80}, {"coworkers", 40}, {"acceptance_rate", 40},
};
constexpr PresetValue top_one_percent[] = {
    {"cover", 1}, {"about", 1}, {"skills", 1}, {"featured", 1}, {"endorsements", 150},
    {"recommendations", 15}, {"articles", 30}, {"followers", 8000}, {"searches", 60},
    {"views_made", 150}, {"views_received", 200}, {"leads_saved", 60}, {"active_days", 7},
    {"reactions", 60}, {"comments", 40}, {"posts", 4}, {"engagement", 150}, {"shares", 6},
    {"groups", 8}, {"messages", 50}, {"inmail_rate", 30}, {"reply_hours", 3},
    {"connections", 5000}, {"decision_makers", 600}, {"coworkers", 150}, {"acceptance_rate", 60},
};
// clang-format on

core::Inputs with_values(std::span<const PresetValue> values) {
    core::Inputs inputs = core::typical_inputs();
    for (const PresetValue& v : values)
        if (const auto i = core::find_metric(v.metric)) inputs.values[*i] = v.value;
    return inputs;
}

void remember_known(State& state) {
    for (std::size_t i = 0; i < core::metric_count; ++i)
        if (state.scenario.values[i]) state.remembered[i] = *state.scenario.values[i];
}

double finite_or(double value, double fallback) { return std::isfinite(value) ? value : fallback; }

}  // namespace

std::string_view theme_id(Theme theme) {
    switch (theme) {
        case Theme::automatic:
            return "auto";
        case Theme::light:
            return "light";
        case Theme::dark:
            return "dark";
    }
    return "auto";
}

std::string_view preset_id(Preset preset) {
    switch (preset) {
        case Preset::newcomer:
            return "newcomer";
        case Preset::active_seller:
            return "active_seller";
        case Preset::top_one_percent:
            return "top_one_percent";
    }
    return "newcomer";
}

core::Inputs preset_inputs(Preset preset) {
    switch (preset) {
        case Preset::newcomer:
            return core::typical_inputs();
        case Preset::active_seller:
            return with_values(active_seller);
        case Preset::top_one_percent:
            return with_values(top_one_percent);
    }
    return core::typical_inputs();
}

State::State() { remember_known(*this); }

core::InputProblem set_input(State& state, std::size_t metric, double value) {
    const core::CleanValue clean = core::clean_value(core::catalog[metric], value);
    if (clean.value) {
        state.scenario.values[metric] = *clean.value;
        state.remembered[metric] = *clean.value;
    }
    return clean.problem;
}

void set_unknown(State& state, std::size_t metric, bool unknown) {
    if (unknown) {
        if (state.scenario.values[metric]) state.remembered[metric] = *state.scenario.values[metric];
        state.scenario.values[metric].reset();
    } else if (!state.scenario.values[metric]) {
        state.scenario.values[metric] = state.remembered[metric];
    }
}

void apply_preset(State& state, Preset preset) {
    state.scenario = preset_inputs(preset);
    remember_known(state);
}

void set_baseline(State& state) { state.baseline = state.scenario; }

void back_to_baseline(State& state) {
    state.scenario = state.baseline;
    remember_known(state);
}

void reset_to_defaults(State& state) {
    state.scenario = core::typical_inputs();
    state.baseline = state.scenario;
    remember_known(state);
}

void set_actual_pillars(State& state, std::optional<std::array<double, core::pillar_count>> actual) {
    if (actual)
        for (double& p : *actual) p = std::clamp(finite_or(p, 0.0), 0.0, core::pillar_max);
    state.actual_pillars = actual;
}

void set_averages(State& state, double industry, double network) {
    state.industry_average = std::clamp(finite_or(industry, 28.2), 1.0, 99.0);
    state.network_average = std::clamp(finite_or(network, 28.2), 1.0, 99.0);
}

void set_target(State& state, int target) { state.target = std::clamp(target, 0, 100); }

Outcome save_scenario(State& state, std::string_view name) {
    const Outcome outcome = save_scenario(state.saved, name, state.scenario);
    if (outcome) ++state.saved_revision;
    return outcome;
}

Outcome rename_scenario(State& state, std::string_view old_name, std::string_view new_name) {
    const Outcome outcome = rename_scenario(state.saved, old_name, new_name);
    if (outcome) ++state.saved_revision;
    return outcome;
}

Outcome delete_scenario(State& state, std::string_view name) {
    const Outcome outcome = delete_scenario(state.saved, name);
    if (outcome) ++state.saved_revision;
    return outcome;
}

void add_reading(State& state, const Reading& reading) {
    add_reading(state.saved, reading);
    ++state.saved_revision;
}

bool remove_reading(State& state, Date date) {
    if (!remove_reading(state.saved, date)) return false;
    ++state.saved_revision;
    return true;
}

void import_file(State& state, std::string_view filename, std::string_view text) {
    std::string_view body = text;
    while (!body.empty() && (body.front() == ' ' || body.front() == '\n' || body.front() == '\r' || body.front() == '\t'))
        body.remove_prefix(1);
    const bool json = filename.ends_with(".json") || (!body.empty() && (body.front() == '{' || body.front() == '['));
    const ImportResult result = json ? import_history_json(text) : import_history_csv(text);
    const std::int64_t now = now_ms();
    for (const Reading& reading : result.readings) add_reading(state.saved, reading, now);
    if (!result.readings.empty()) ++state.saved_revision;
    ImportReport report{result.readings.size(), result.problems.size(), result.problems};
    constexpr std::size_t most = 20;
    if (report.problems.size() > most) report.problems.resize(most);
    state.import_report = std::move(report);
}

std::vector<std::string> describe(const ImportReport& report, Language language) {
    const auto count = [](std::size_t n) { return static_cast<long long>(n); };
    std::vector<std::string> lines{
        format_text(language, "ui.import_summary",
                    {{"readings", format_count(language, "ui.import_readings", count(report.readings))},
                     {"problems", format_count(language, "ui.import_problems", count(report.problem_count))}})};
    for (const ImportProblem& problem : report.problems) lines.push_back(describe(problem.what, language));
    return lines;
}

namespace {
core::Plan plan_with_memo(const State& state, const core::Result& now, const core::PillarOffsets& offsets, PlanMemo* memo) {
    if (!memo) return core::plan_for_target(state.scenario, now, state.target, offsets);
    const PlanMemo::Key key{state.scenario, state.target, offsets};
    if (memo->exact_for == key) {
        memo->last_was_quick = false;
        return memo->exact;
    }
    memo->last_was_quick = !memo->rested;
    if (!memo->rested) return core::plan_for_target(state.scenario, now, state.target, offsets, core::PlanSearch::quick);
    memo->exact = core::plan_for_target(state.scenario, now, state.target, offsets);
    memo->exact_for = key;
    return memo->exact;
}
}  // namespace

Evaluation evaluate(const State& state, PlanMemo* memo) {
    Evaluation e;
    e.scenario = core::evaluate(state.scenario);
    e.baseline = core::evaluate(state.baseline);
    e.delta = core::compare(e.baseline, e.scenario);
    // Tips and plan count the points the user sees: with calibration, the real pillars moved.
    core::PillarOffsets offsets{};
    if (state.actual_pillars)
        for (std::size_t p = 0; p < core::pillar_count; ++p)
            offsets[p] = (*state.actual_pillars)[p] - e.baseline.pillars[p].score;
    e.tips = core::rank_tips(state.scenario, e.scenario, offsets);
    e.plan = plan_with_memo(state, e.scenario, offsets, memo);
    if (state.actual_pillars) {
        e.calibrated = core::calibrate(*state.actual_pillars, e.baseline, e.scenario);
        e.calibrated_baseline = core::calibrate(*state.actual_pillars, e.baseline, e.baseline);
    }
    e.industry_top_percent = core::top_percent(e.shown_total(), state.industry_average);
    e.network_top_percent = core::top_percent(e.shown_total(), state.network_average);
    return e;
}

}  // namespace ssi::app
