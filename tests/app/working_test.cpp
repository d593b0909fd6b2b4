// The work in progress kept between visits, and opening the page with and without a link
// (app/working.hpp); the saved document between tabs and storage (app/storage.hpp).
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/storage.hpp"
#include "app/url_state.hpp"
#include "app/working.hpp"
#include "core/catalog.hpp"

using namespace ssi;
using namespace ssi::app;

namespace {

std::size_t metric(std::string_view id) { return *core::find_metric(id); }
constexpr LocalTime at_noon{{2026, 12, 2}, 12, 5};

// Work a user did: sliders, a baseline of their own, calibration, averages, a target, and their
// language, theme and accent.
State some_work() {
    State state;
    set_input(state, metric("comments"), 35);
    set_baseline(state);
    set_input(state, metric("posts"), 4);
    set_actual_pillars(state, std::array<double, 4>{20.5, 10, 12.25, 15});
    set_averages(state, 31, 44);
    set_target(state, 80);
    state.language = app::Language::fr;
    state.theme = Theme::dark;
    state.accent = 0x0a66c2;
    return state;
}

// Opens the page as the platform does: storage holding `saved` and the kept work, then the link.
void open_page(State& state, std::string_view hash, std::string_view working, app::Language browser,
               const SavedDocument& saved = {}) {
    const bool any = !saved.scenarios.empty() || !saved.history.readings.empty();
    open_page(state, {true, any ? write_document(saved) : "", std::string(working)}, "backup", hash, browser, at_noon);
}

std::vector<std::string> names(const State& state) {
    std::vector<std::string> out;
    for (const Scenario& s : state.saved.scenarios) out.push_back(s.name);
    return out;
}

// The same, sorted: scenarios saved in the same millisecond come in either order.
std::vector<std::string> sorted_names(const State& state) {
    std::vector<std::string> out = names(state);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("working: everything the user was working on comes back when the page opens without a link") {
    const State work = some_work();
    const std::string text = write_working(work);
    State opened;
    open_page(opened, "", text, app::Language::en);
    CHECK(opened.scenario == work.scenario);
    CHECK(opened.baseline == work.baseline);
    CHECK(opened.actual_pillars == work.actual_pillars);
    CHECK(opened.industry_average == 31);
    CHECK(opened.network_average == 44);
    CHECK(opened.target == 80);
    CHECK(opened.language == app::Language::fr);
    CHECK(opened.theme == Theme::dark);
    CHECK(opened.accent == work.accent);
    CHECK(opened.notices.empty());
    CHECK(write_working(opened) == text);
    // An unknown metric stays unknown.
    State unknown;
    set_unknown(unknown, metric("reply_hours"), true);
    CHECK(read_working(write_working(unknown))->scenario == unknown.scenario);
}

TEST_CASE("working: nothing kept, or something unreadable, opens the defaults in the browser's language") {
    State fresh;
    open_page(fresh, "#", "", app::Language::es);
    CHECK(fresh.language == app::Language::es);
    CHECK(fresh.scenario == core::typical_inputs());
    CHECK(fresh.notices.empty());
    for (const char* bad :
         {"{", "[]", R"({"format":"ssi-calculator","schema":3})", R"({"format":"ssi-calculator-working","schema":2,"link":""})",
          R"({"format":"ssi-calculator-working","schema":1,"link":5})"}) {
        INFO(bad);
        CHECK_FALSE(read_working(bad));
        State state;
        open_page(state, "", bad, app::Language::fr);
        CHECK(state.scenario == core::typical_inputs());
        CHECK(state.language == app::Language::fr);
        REQUIRE(state.notices.size() == 1);
        CHECK(state.notices[0].find("illisible") != std::string::npos);
    }
    // A damaged value inside our own text is dropped quietly: the rest comes back.
    const auto damaged =
        read_working(R"({"format":"ssi-calculator-working","schema":1,"link":"#comments=40&target=x","baseline":{"posts":"x"}})");
    REQUIRE(damaged);
    CHECK(*damaged->scenario.values[metric("comments")] == 40);
    CHECK(damaged->target == State{}.target);
}

TEST_CASE("working: a link wins; the work it replaced is saved first as a scenario, once") {
    const State work = some_work();
    const std::string text = write_working(work);
    State opened;
    const int revision = opened.saved_revision;
    open_page(opened, "#comments=5", text, app::Language::en);
    CHECK(*opened.scenario.values[metric("comments")] == 5);
    CHECK(opened.baseline == opened.scenario);  // as every link opens
    CHECK_FALSE(opened.actual_pillars);         // the link's state, not the work's
    // What the link does not set stays the user's preference.
    CHECK(opened.language == app::Language::fr);
    CHECK(opened.theme == Theme::dark);
    CHECK(names(opened) == std::vector<std::string>{"Avant le lien, 02/12/2026 12:05"});
    CHECK(opened.saved.scenarios[0].inputs == work.scenario);
    CHECK(opened.saved_revision > revision);  // written
    // A reload: the address bar holds the work's own link, which is the work, baseline and all.
    State reloaded;
    open_page(reloaded, encode_url_hash(work), text, app::Language::en);
    CHECK(reloaded.baseline == work.baseline);
    CHECK(reloaded.saved.scenarios.empty());
    // A link opened later in the tab (the hash changed) keeps the work the same way.
    State tab = work;
    open_link(tab, "#posts=1", at_noon);
    CHECK(*tab.scenario.values[metric("posts")] == 1);
    CHECK(tab.language == app::Language::fr);
    CHECK(names(tab) == std::vector<std::string>{"Avant le lien, 02/12/2026 12:05"});
    REQUIRE(opened.notices.size() == 1);
    CHECK(opened.notices[0].find("«\u00a0Avant le lien, 02/12/2026 12:05\u00a0»") != std::string::npos);

    // The same link opened ten times: the work is now the link's state; nothing more is saved.
    for (int i = 0; i < 10; ++i) {
        State again;
        open_page(again, "#comments=5", write_working(opened), app::Language::en, opened.saved);
        CHECK(again.saved.scenarios.size() == 1);
        CHECK(again.notices.empty());
    }
    // Work equal to a saved scenario, or untouched defaults, is not saved again.
    State saved_already;
    open_page(saved_already, "#comments=7", text, app::Language::en, opened.saved);
    CHECK(saved_already.saved.scenarios.size() == 1);
    State untouched;
    open_page(untouched, "#comments=7", write_working(State{}), app::Language::en);
    CHECK(untouched.saved.scenarios.empty());
    // A name already taken (the same minute) gets a number.
    State twice;
    State other = work;
    set_input(other, metric("posts"), 9);
    open_page(twice, "#comments=5", write_working(other), app::Language::en, opened.saved);
    CHECK(names(twice) == std::vector<std::string>{"Avant le lien, 02/12/2026 12:05", "Avant le lien, 02/12/2026 12:05 (2)"});
    // The link's own lang= wins over the user's, and names the scenario.
    State spanish;
    open_page(spanish, "#comments=5&lang=es", text, app::Language::en);
    CHECK(spanish.language == app::Language::es);
    CHECK(names(spanish) == std::vector<std::string>{"Antes del enlace, 02/12/2026 12:05"});
}

TEST_CASE("storage: opening reads the document, or keeps unreadable data aside, or works without storage") {
    State blocked;
    CHECK_FALSE(open_storage(blocked, {false, "", ""}, "backup"));
    CHECK(blocked.storage == State::Storage::unavailable);
    CHECK(blocked.notices.size() == 1);

    State first;
    CHECK_FALSE(open_storage(first, {true, "", ""}, "backup"));
    CHECK(first.storage == State::Storage::saving);
    CHECK(first.saved_revision == 0);  // nothing to write yet

    State unreadable;
    CHECK(open_storage(unreadable, {true, "{not json", ""}, "backup-1"));
    CHECK(unreadable.backup_key == "backup-1");
    REQUIRE(unreadable.notices.size() == 1);

    State older;  // schema 2: read, then written again as schema 3
    CHECK_FALSE(open_storage(
        older, {true, R"({"format":"ssi-calculator","schema":2,"scenarios":[{"name":"A","inputs":{}}],"history":[]})", ""}, "b"));
    CHECK(older.saved.scenarios.size() == 1);
    CHECK(older.saved_revision == 1);
}

TEST_CASE("storage: each write merges with what another tab stored meanwhile; the other tab hears of it") {
    State tab_a;
    State tab_b;
    open_storage(tab_a, {true, "", ""}, "b");
    open_storage(tab_b, {true, "", ""}, "b");
    REQUIRE(save_scenario(tab_a, "Alpha"));
    std::string stored = *document_to_write(tab_a, "");
    write_finished(tab_a, true);
    REQUIRE(save_scenario(tab_b, "Beta"));  // B opened before A saved
    stored = *document_to_write(tab_b, stored);
    CHECK(sorted_names(tab_b) == std::vector<std::string>{"Alpha", "Beta"});
    // A hears of B's write: it shows Beta; it has nothing B lacks, so nothing to write back.
    const int revision = tab_a.saved_revision;
    CHECK(merge_stored(tab_a, stored));
    CHECK(sorted_names(tab_a) == std::vector<std::string>{"Alpha", "Beta"});
    CHECK(tab_a.saved_revision == revision);
    CHECK_FALSE(merge_stored(tab_a, stored));  // heard twice: no change

    // A tab with changes the stored document lacks writes the merge back.
    REQUIRE(delete_scenario(tab_a, "Alpha"));
    const int before = tab_a.saved_revision;
    CHECK(merge_stored(tab_a, stored) == false);  // Beta was already there; Alpha stays deleted
    CHECK(tab_a.saved_revision > before);
    CHECK(names(tab_a) == std::vector<std::string>{"Beta"});
    CHECK_FALSE(merge_stored(tab_a, "not a document"));
}

TEST_CASE("storage: a full storage says so once and keeps trying; a newer version's document is never overwritten") {
    State state;
    open_storage(state, {true, "", ""}, "b");
    REQUIRE(save_scenario(state, "Plan"));
    REQUIRE(document_to_write(state, ""));
    write_finished(state, false);
    CHECK(state.storage == State::Storage::full);
    write_finished(state, false);
    CHECK(state.notices.size() == 1);  // once
    write_finished(state, true);
    CHECK(state.storage == State::Storage::saving);

    const std::string newer = R"({"format":"ssi-calculator","schema":4,"scenarios":[]})";
    CHECK_FALSE(document_to_write(state, newer));
    CHECK(state.storage == State::Storage::newer);
    CHECK(state.notices.size() == 2);
    // Something else under our key that is not a document is replaced by this tab's whole one.
    const auto replaced = document_to_write(state, "garbage");
    REQUIRE(replaced);
    CHECK(read_document(*replaced).document == state.saved);
}
