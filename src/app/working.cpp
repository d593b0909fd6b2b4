#include "app/working.hpp"

#include <cstdio>
#include <ctime>
#include <utility>

#include "app/json.hpp"
#include "app/saved.hpp"
#include "app/url_state.hpp"

namespace ssi::app {

std::string write_working(const State& state) {
    json::Value root = json::make_object();
    root.add("format", json::make_string("ssi-calculator-working"));
    root.add("schema", json::make_number(1));
    root.add("link", json::make_string(encode_url_hash(state)));
    root.add("baseline", inputs_json(state.baseline));
    return json::write_json(root);
}

std::optional<State> read_working(std::string_view text) {
    const json::ParseResult parsed = json::parse_json(text, std::size_t{64} * 1024);
    if (!parsed.value || !parsed.value->is_object()) return std::nullopt;
    const json::Value& root = *parsed.value;
    const json::Value* format = root.get("format");
    const json::Value* schema = root.get("schema");
    const json::Value* link = root.get("link");
    if (!format || !format->is_string() || format->string != "ssi-calculator-working" || !schema || !schema->is_number() ||
        schema->number != 1 || !link || !link->is_string())
        return std::nullopt;
    State state;
    apply_url_hash(state, link->string);  // what it cannot use it leaves at the defaults
    if (const json::Value* baseline = root.get("baseline")) {
        std::vector<Message> ignored;  // our own text: a damaged value is simply typical
        state.baseline = read_inputs(baseline, ignored);
    }
    return state;
}

LocalTime local_now() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday}, local.tm_hour, local.tm_min};
}

void replace_work(State& state, State from) {
    from.saved = std::move(state.saved);
    from.saved_revision = state.saved_revision;
    from.storage = state.storage;
    from.backup_key = std::move(state.backup_key);
    from.notices = std::move(state.notices);
    state = std::move(from);
}

namespace {

// "2026-12-02 14:05" in English, "02/12/2026 14:05" in French and Spanish.
std::string when(LocalTime now, app::Language language) {
    char time[8];
    std::snprintf(time, sizeof time, "%02d:%02d", now.hour, now.minute);
    return format_local(now.date, language) + " " + time;
}

bool worth_keeping(const core::Inputs& work, const State& opened) {
    if (work == opened.scenario || work == core::typical_inputs()) return false;
    for (const Scenario& s : opened.saved.scenarios)
        if (s.inputs == work) return false;
    return true;
}

bool has_link(std::string_view hash) { return hash.size() > (hash.starts_with('#') ? 1u : 0u); }

// The link over the state (which holds the user's preferences), and the work it replaced kept.
void follow_link(State& state, const std::optional<State>& work, std::string_view hash, LocalTime now) {
    const UrlLoad load = apply_url_hash(state, hash);
    for (std::string& line : describe(load.problems, state.language)) state.notices.push_back(std::move(line));
    if (!work || !worth_keeping(work->scenario, state)) return;
    const std::string base = app::format_text(state.language, "ui.before_link", {{"when", when(now, state.language)}});
    std::string name = base;
    for (int n = 2; find_scenario(state.saved, name); ++n) name = base + " (" + std::to_string(n) + ")";
    if (!save_scenario(state.saved, name, work->scenario)) {  // there are 100 scenarios already
        state.notices.emplace_back(app::text(state.language, "scenario.too_many"));
        return;
    }
    ++state.saved_revision;
    state.notices.push_back(app::format_text(state.language, "ui.kept_before_link", {{"name", name}}));
}

// A default state with the user's preferences: what a link is applied to.
State preferences_of(const State& user) {
    State fresh;
    fresh.language = user.language;
    fresh.theme = user.theme;
    fresh.accent = user.accent;
    return fresh;
}

}  // namespace

app::Language opening_language(const StoredData& stored, std::string_view hash, app::Language browser_language) {
    const std::optional<State> work = stored.working.empty() ? std::nullopt : read_working(stored.working);
    State probe;
    probe.language = work ? work->language : browser_language;
    apply_url_hash(probe, hash);
    return probe.language;
}

bool open_page(State& state, const StoredData& stored, std::string_view backup_key, std::string_view hash,
               app::Language browser_language, LocalTime now) {
    std::optional<State> work = stored.working.empty() ? std::nullopt : read_working(stored.working);
    const bool linked = has_link(hash) && !(work && encode_url_hash(*work) == hash);
    // The language first: every notice is written in it.
    state.language = opening_language(stored, hash, browser_language);
    const bool unreadable = open_storage(state, stored, backup_key);
    if (!stored.working.empty() && !work) state.notices.emplace_back(app::text(state.language, "ui.working_unreadable"));
    if (!linked) {
        if (work) replace_work(state, std::move(*work));
        return unreadable;
    }
    if (work) replace_work(state, preferences_of(*work));
    follow_link(state, work, hash, now);
    return unreadable;
}

void open_link(State& state, std::string_view hash, LocalTime now) {
    const State work = state;
    replace_work(state, preferences_of(work));
    state.notices.clear();
    follow_link(state, work, hash, now);
}

}  // namespace ssi::app
