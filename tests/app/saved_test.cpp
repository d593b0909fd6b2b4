// Saved scenarios and the stored document: the naming rules, side-by-side comparison, and a
// document that survives every write, migrates from schema 1 and refuses what is not ours.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "app/saved.hpp"
#include "app/state.hpp"
#include "core/catalog.hpp"
#include "random.hpp"

using namespace ssi;
using namespace ssi::app;
using namespace std::string_literals;
namespace reason = app::scenario_reason;

namespace {

using ssi::test::Random;

std::size_t metric(std::string_view id) { return *core::find_metric(id); }

core::Inputs with(std::string_view id, std::optional<double> value) {
    core::Inputs inputs = core::typical_inputs();
    inputs.values[metric(id)] = value;
    return inputs;
}

// The problems as the English page shows them.
std::vector<std::string> english(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    for (const Problem& p : problems) out.push_back(describe(p));
    return out;
}

std::vector<std::string> names(const SavedDocument& doc) {
    std::vector<std::string> out;
    for (const Scenario& s : doc.scenarios) out.push_back(s.name);
    return out;
}

SavedDocument random_document(Random& rng) {
    SavedDocument doc;
    const int scenarios = rng.between(0, 6);
    for (int k = 0; k < scenarios; ++k) {
        core::Inputs inputs;
        for (std::size_t i = 0; i < core::metric_count; ++i) {
            const core::Metric& m = core::catalog[i];
            switch (rng.between(0, 3)) {
                case 0:
                    inputs.values[i] = std::nullopt;
                    break;
                case 1:
                    inputs.values[i] = m.min + (m.max - m.min) * rng.uniform();
                    break;
                case 2:
                    inputs.values[i] = m.typical;
                    break;
                default:
                    inputs.values[i] = rng.between(0, 1) ? m.max : m.min;
                    break;
            }
        }
        static const std::string pieces[] = {"Plan", " ", "\xC3\xA9t\xC3\xA9", "\"q\"", "\\", "\xF0\x9F\x9A\x80", "B"};
        std::string name = "s" + std::to_string(k);
        for (int p = rng.between(0, 4); p > 0; --p) name += pieces[static_cast<std::size_t>(rng.between(0, 6))];
        REQUIRE(save_scenario(doc, name, inputs, 1764654000000 + rng.between(0, 1000)));
    }
    const int readings = rng.between(0, 20);
    for (int k = 0; k < readings; ++k) {
        Date d{rng.between(1900, 2200), rng.between(1, 12), 1};
        d.day = rng.between(1, days_in_month(d.year, d.month));
        add_reading(doc, make_reading(d, {rng.between(0, 2500) / 100.0, rng.between(0, 25) * 1.0, rng.uniform() * 25, 25}),
                    1764654000000 + rng.between(0, 1000));
    }
    return doc;
}

}  // namespace

// ------------------------------------------------------------------------------- scenarios ----

TEST_CASE("saved: scenario names are trimmed, 1 to 60 characters, plain text", "[saved][names]") {
    CHECK(check_scenario_name("  Plan A \t\n").name == "Plan A");
    CHECK(check_scenario_name("").problem == reason::empty_name);
    CHECK(check_scenario_name(" \t ").problem == reason::empty_name);
    CHECK(check_scenario_name(std::string(60, 'x')).problem.empty());
    CHECK(check_scenario_name(std::string(61, 'x')).problem == reason::name_too_long);
    std::string accented;
    for (int i = 0; i < 60; ++i) accented += "\xC3\xA9";  // 60 characters, 120 bytes
    CHECK(check_scenario_name(accented).problem.empty());
    CHECK(check_scenario_name(accented + "e").problem == reason::name_too_long);
    CHECK(check_scenario_name("a\x01"
                              "b")
              .problem == reason::name_not_text);
    CHECK(check_scenario_name("a\nb").problem == reason::name_not_text);
    CHECK(check_scenario_name("a\xFF").problem == reason::name_not_text);
}

TEST_CASE("saved: saving under an existing name replaces it, ignoring ASCII case", "[saved]") {
    SavedDocument doc;
    REQUIRE(save_scenario(doc, "Plan A", with("comments", 10)));
    REQUIRE(save_scenario(doc, "Plan B", with("comments", 20)));
    REQUIRE(save_scenario(doc, " plan a ", with("comments", 30)));
    CHECK(names(doc) == std::vector<std::string>{"plan a", "Plan B"});
    CHECK(doc.scenarios[0].inputs.values[metric("comments")] == 30);
    CHECK(save_scenario(doc, "  ", core::typical_inputs()).problem == reason::empty_name);
    CHECK(doc.scenarios.size() == 2);
}

TEST_CASE("saved: saved inputs are cleaned to their ranges", "[saved]") {
    SavedDocument doc;
    core::Inputs inputs = with("comments", 1e9);
    inputs.values[metric("reply_hours")] = std::nan("");
    inputs.values[metric("followers")] = -5;
    REQUIRE(save_scenario(doc, "x", inputs));
    const core::Inputs& saved = doc.scenarios[0].inputs;
    CHECK(saved.values[metric("comments")] == 300);
    CHECK_FALSE(saved.values[metric("reply_hours")]);
    CHECK(saved.values[metric("followers")] == 0);
}

TEST_CASE("saved: rename refuses clashes, empty names and unknown scenarios", "[saved]") {
    SavedDocument doc;
    REQUIRE(save_scenario(doc, "Plan A", core::typical_inputs()));
    REQUIRE(save_scenario(doc, "Plan B", core::typical_inputs()));
    CHECK(rename_scenario(doc, "Plan A", "plan b").problem == reason::name_taken);
    CHECK(rename_scenario(doc, "Plan A", "  ").problem == reason::empty_name);
    CHECK(rename_scenario(doc, "Plan A", std::string(61, 'x')).problem == reason::name_too_long);
    CHECK(rename_scenario(doc, "Plan C", "Plan D").problem == reason::not_found);
    CHECK(rename_scenario(doc, "", "Plan D").problem == reason::not_found);
    CHECK(names(doc) == std::vector<std::string>{"Plan A", "Plan B"});
    CHECK(rename_scenario(doc, "plan a", "PLAN A"));  // only the case changes
    CHECK(rename_scenario(doc, "Plan B", " Summer push "));
    CHECK(names(doc) == std::vector<std::string>{"PLAN A", "Summer push"});
}

TEST_CASE("saved: delete and find by name", "[saved]") {
    SavedDocument doc;
    REQUIRE(save_scenario(doc, "Plan A", with("comments", 10)));
    REQUIRE(save_scenario(doc, "Plan B", with("comments", 20)));
    REQUIRE(find_scenario(doc, " PLAN b "));
    CHECK(find_scenario(doc, "plan b")->inputs.values[metric("comments")] == 20);
    CHECK(find_scenario(doc, "Plan C") == nullptr);
    CHECK(find_scenario(doc, "") == nullptr);
    CHECK(delete_scenario(doc, "plan a"));
    CHECK(delete_scenario(doc, "plan a").problem == reason::not_found);
    CHECK(delete_scenario(doc, "").problem == reason::not_found);
    CHECK(names(doc) == std::vector<std::string>{"Plan B"});
}

TEST_CASE("saved: loading a scenario sets the state's scenario, not its baseline", "[saved]") {
    State state;
    const core::Inputs baseline = state.baseline;
    core::Inputs inputs = with("comments", 42);
    inputs.values[metric("reply_hours")].reset();
    load_scenario(state, Scenario{"x", inputs, "x"});
    CHECK(state.scenario == inputs);
    CHECK(state.baseline == baseline);
    CHECK(state.remembered[metric("comments")] == 42);
    set_unknown(state, metric("comments"), true);
    set_unknown(state, metric("comments"), false);
    CHECK(state.scenario.values[metric("comments")] == 42);
}

TEST_CASE("saved: two scenarios compared side by side, right minus left", "[saved]") {
    const Scenario left{"newcomer", preset_inputs(Preset::newcomer), "a"};
    const Scenario right{"active", preset_inputs(Preset::active_seller), "b"};
    const ScenarioComparison c = compare_scenarios(left, right);
    CHECK(c.left.total == core::evaluate(left.inputs).total);
    CHECK(c.right.total == core::evaluate(right.inputs).total);
    CHECK(c.delta.total_delta == Approx(c.right.total - c.left.total));
    CHECK(c.delta.total_delta > 0);
    for (std::size_t p = 0; p < core::pillar_count; ++p)
        CHECK(c.delta.pillar_deltas[p] == Approx(c.right.pillars[p].score - c.left.pillars[p].score));
    CHECK(c.delta.displayed_total_delta == core::displayed_total(c.right.total) - core::displayed_total(c.left.total));
}

// ------------------------------------------------------------------------------- documents ----

TEST_CASE("saved: the document format", "[saved][document]") {
    SavedDocument doc;
    core::Inputs inputs = core::typical_inputs();
    inputs.values[metric("reply_hours")].reset();
    inputs.values[metric("followers")] = 800;
    REQUIRE(save_scenario(doc, "Plan \"A\"", inputs, 1764654000000));
    add_reading(doc, make_reading({2026, 11, 21}, {20.1, 12, 15.5, 18}), 1764654000001);
    const std::string text = write_document(doc);
    const std::string id = doc.scenarios[0].id;
    CHECK(id.rfind("0mio5fgqo-", 0) == 0);  // the time in base 36, then 4 random characters
    CHECK(text.rfind(R"({"format":"ssi-calculator","schema":3,"scenarios":[{"id":")" + id +
                         R"(","name":"Plan \"A\"","inputs":{"photo":1,)",
                     0) == 0);
    CHECK(text.find(R"("followers":800,)") != std::string::npos);
    CHECK(text.find(R"("reply_hours":null,)") != std::string::npos);
    CHECK(text.find(R"("history":[{"date":"2026-11-21","brand":20.1,"people":12,"insights":15.5,"relationships":18}],)"
                    R"("changed":{"reading:2026-11-21":1764654000001,"scenario:)" +
                    id + R"(":1764654000000},"deleted":{}})") != std::string::npos);
    CHECK(write_document(SavedDocument{}) ==
          R"({"format":"ssi-calculator","schema":3,"scenarios":[],"history":[],"changed":{},"deleted":{}})");
}

TEST_CASE("saved: write then read gives the same document (random documents)", "[saved][document][property]") {
    Random rng{1234};
    for (int i = 0; i < 300; ++i) {
        const SavedDocument doc = random_document(rng);
        const std::string text = write_document(doc);
        const DocumentLoad load = read_document(text);
        INFO(text);
        REQUIRE(load.problems.empty());
        REQUIRE(load.schema == 3);
        REQUIRE_FALSE(load.foreign);
        REQUIRE(load.document);
        REQUIRE(*load.document == doc);
        REQUIRE(write_document(*load.document) == text);
    }
}

TEST_CASE("saved: a write cut short is never read as a document", "[saved][document]") {
    Random rng{5};
    SavedDocument doc = random_document(rng);
    REQUIRE(save_scenario(doc, "last", core::typical_inputs()));
    const std::string text = write_document(doc);
    for (std::size_t n = 0; n < text.size(); ++n) {
        const DocumentLoad load = read_document(text.substr(0, n));
        CHECK_FALSE(load.document);
        CHECK(load.foreign);
        REQUIRE(load.problems.size() == 1);
        CHECK(describe(load.problems[0]).rfind("not JSON: ", 0) == 0);
    }
}

TEST_CASE("saved: schema 1 documents are migrated", "[saved][document]") {
    const DocumentLoad load = read_document(R"({"format":"ssi-calculator","schema":1,
        "scenarios":{"Plan A":{"comments":35,"reply_hours":null},"Plan B":{"followers":800}},
        "readings":[["2026-11-21",20,12,15.5,18],["14/11/2026",19,12,15,18]]})");
    CHECK(load.problems.empty());
    CHECK(load.schema == 1);
    CHECK_FALSE(load.foreign);
    REQUIRE(load.document);
    const SavedDocument& doc = *load.document;
    REQUIRE(names(doc) == std::vector<std::string>{"Plan A", "Plan B"});
    core::Inputs a = with("comments", 35);
    a.values[metric("reply_hours")].reset();
    CHECK(doc.scenarios[0].inputs == a);
    CHECK(doc.scenarios[1].inputs == with("followers", 800));
    REQUIRE(doc.history.readings.size() == 2);
    CHECK(doc.history.readings[0] == make_reading({2026, 11, 14}, {19, 12, 15, 18}));
    CHECK(doc.history.readings[1] == make_reading({2026, 11, 21}, {20, 12, 15.5, 18}));
    // Written again, it is schema 3 and reads back the same.
    const DocumentLoad again = read_document(write_document(doc));
    CHECK(again.schema == 3);
    CHECK(again.document == doc);
}

TEST_CASE("saved: foreign, corrupt and newer data gives no document and says why", "[saved][document]") {
    struct Case {
        std::string text;
        std::string problem;
        bool foreign;
        int schema;
    };
    const std::vector<Case> cases{
        {"{\"format\":\"ssi-calculator\",", "not JSON: unexpected end of the text at line 1, column 28", true, 0},
        {"{\"format\":\"ssi-calculator\",\n \"schema\":2 \"x\"}", "not JSON: expected ',' or '}' at line 2, column 13", true, 0},
        {"", "not JSON: unexpected end of the text at line 1, column 1", true, 0},
        {"hello", "not JSON: expected a value at line 1, column 1", true, 0},
        {"[1,2]", "foreign data: not an SSI calculator document", true, 0},
        {"\"ssi-calculator\"", "foreign data: not an SSI calculator document", true, 0},
        {R"({"todos":[]})", "foreign data: no format", true, 0},
        {R"({"format":"todo-list","schema":2})", "foreign data: format 'todo-list'", true, 0},
        {R"({"format":2,"schema":2})", "foreign data: the format is not a text", true, 0},
        {R"({"format":"ssi-calculator"})", "foreign data: no schema", true, 0},
        {R"({"format":"ssi-calculator","schema":"2"})", "foreign data: no schema", true, 0},
        {R"({"format":"ssi-calculator","schema":1.5})", "foreign data: no schema", true, 0},
        {R"({"format":"ssi-calculator","schema":0})", "foreign data: no schema", true, 0},
        {R"({"format":"ssi-calculator","schema":4,"scenarios":[]})", "written by a newer version (schema 4)", false, 4},
        {R"({"format":"ssi-calculator","schema":1e300})", "written by a newer version (schema 1e+300)", false, 2147483647},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const DocumentLoad load = read_document(c.text);
        CHECK_FALSE(load.document);
        CHECK(english(load.problems) == std::vector<std::string>{c.problem});
        CHECK(load.foreign == c.foreign);
        CHECK(load.schema == c.schema);
    }
}

TEST_CASE("saved: inside our own document, what cannot be used is listed and the rest loads", "[saved][document]") {
    const DocumentLoad load = read_document(R"({"format":"ssi-calculator","schema":2,"scenarios":[
  {"name":"Plan A","inputs":{"comments":1000,"likes":5,"reply_hours":"fast","followers":-3,"photo":null}},
  {"name":"  ","inputs":{}},
  {"name":"plan a","inputs":{}},
  42,
  {"inputs":{}},
  {"name":"No inputs"}
],"history":[
  {"date":"2026-11-21","brand":30,"people":1,"insights":1,"relationships":1},
  {"date":"2026-11-14","brand":1,"people":1,"insights":1,"relationships":1}
],"extra":"ignored"})");
    CHECK(english(load.problems) == std::vector<std::string>{
                                        "scenario 'Plan A': comments 1000 clamped to 300",
                                        "scenario 'Plan A': unknown metric 'likes' dropped",
                                        "scenario 'Plan A': reply_hours is not a number: set to unknown",
                                        "scenario 'Plan A': followers -3 clamped to 0",
                                        "scenario 2 (line 3): the name is empty: skipped",
                                        "scenario 3 (line 4): the name 'plan a' is used twice: skipped",
                                        "scenario 4 (line 5): not a scenario: skipped",
                                        "scenario 5 (line 6): no name: skipped",
                                        "scenario 'No inputs': no inputs: it starts from a typical new member",
                                        "history: entry 1 (line 9): brand 30 is outside 0..25",
                                    });
    REQUIRE(load.document);
    const SavedDocument& doc = *load.document;
    REQUIRE(names(doc) == std::vector<std::string>{"Plan A", "No inputs"});
    core::Inputs a = with("comments", 300);
    a.values[metric("reply_hours")].reset();
    a.values[metric("followers")] = 0;
    a.values[metric("photo")].reset();
    CHECK(doc.scenarios[0].inputs == a);
    CHECK(doc.scenarios[1].inputs == core::typical_inputs());
    REQUIRE(doc.history.readings.size() == 1);
    CHECK(doc.history.readings[0].date == Date{2026, 11, 14});
}

TEST_CASE("saved: a metric missing from a scenario takes its typical value", "[saved][document]") {
    const DocumentLoad load =
        read_document(R"({"format":"ssi-calculator","schema":2,"scenarios":[{"name":"old","inputs":{"comments":12}}]})");
    CHECK(load.problems.empty());
    REQUIRE(load.document);
    CHECK(load.document->scenarios[0].inputs == with("comments", 12));
    CHECK(load.document->history.readings.empty());
}

TEST_CASE("saved: at most 100 scenarios, so the largest document still reads back", "[saved][limits]") {
    SavedDocument doc;
    std::string widest;
    for (int i = 0; i < 57; ++i) widest += "\xF0\x9F\x9A\x80";  // 4 bytes a character
    for (int k = 0; k < 100; ++k) {
        core::Inputs inputs;
        for (std::size_t i = 0; i < core::metric_count; ++i)
            inputs.values[i] = core::catalog[i].min + (core::catalog[i].max - core::catalog[i].min) / 3.0;
        REQUIRE(save_scenario(doc, widest + std::to_string(100 + k), inputs));
    }
    CHECK(save_scenario(doc, "one more", core::typical_inputs()).problem == reason::too_many);
    CHECK(save_scenario(doc, widest + "100", core::typical_inputs()));  // replacing is fine
    for (Date d{min_year, 1, 1}; d.year <= max_year;) {
        doc.history.readings.push_back(make_reading(d, {12.55, 12.55, 12.55, 12.55}));
        if (++d.day > days_in_month(d.year, d.month)) {
            d.day = 1;
            if (++d.month > 12) d = {d.year + 1, 1, 1};
        }
    }
    const std::string text = write_document(doc);
    CHECK(text.size() < max_import_bytes);
    const DocumentLoad load = read_document(text);
    CHECK(load.problems.empty());
    CHECK(load.document == doc);

    // A document with more (not written by us) keeps the first 100.
    std::string many = R"({"format":"ssi-calculator","schema":2,"scenarios":[)";
    for (int k = 0; k < 102; ++k) many += (k ? "," : "") + R"({"name":"s)"s + std::to_string(k) + R"(","inputs":{}})";
    many += "]}";
    const DocumentLoad capped = read_document(many);
    REQUIRE(capped.document);
    CHECK(capped.document->scenarios.size() == 100);
    CHECK(english(capped.problems) == std::vector<std::string>{"scenario 101 (line 1): more than 100 scenarios: skipped",
                                                               "scenario 102 (line 1): more than 100 scenarios: skipped"});
}

// ------------------------------------------------------------------ two tabs, one storage ----

namespace {

constexpr std::int64_t t0 = 1764654000000;  // 2025-12-02, in ms
std::vector<Date> dates(const SavedDocument& doc) {
    std::vector<Date> out;
    for (const Reading& r : doc.history.readings) out.push_back(r.date);
    return out;
}

}  // namespace

TEST_CASE("saved: documents older than ids get the same ids in every tab, and keep them", "[saved][merge]") {
    const std::string v2 = R"({"format":"ssi-calculator","schema":2,"scenarios":[{"name":"Plan A","inputs":{}},
        {"name":"Plan B","inputs":{}}],"history":[]})";
    const DocumentLoad first = read_document(v2);
    const DocumentLoad second = read_document(v2);
    REQUIRE(first.document);
    CHECK(first.schema == 2);
    CHECK(first.document == second.document);
    const auto& s = first.document->scenarios;
    CHECK(s[0].id != s[1].id);
    CHECK(s[0].id < s[1].id);  // the order saved
    // Written and read again, the ids stay; a bad or repeated id is replaced, as in a migration.
    CHECK(read_document(write_document(*first.document)).document == first.document);
    const DocumentLoad bad =
        read_document(R"({"format":"ssi-calculator","schema":3,"scenarios":[{"id":"A B","name":"x","inputs":{}},
        {"id":"same","name":"y","inputs":{}},{"id":"same","name":"z","inputs":{}}],"history":[],
        "changed":{"scenario:same":5,"scenario:gone":6,"reading:2026-11-21":7,"nonsense":8,"scenario:A B":9},
        "deleted":{"scenario:old":3,"reading:2026-02-30":4,"reading:2026-11-20":"x"}})");
    REQUIRE(bad.document);
    CHECK(bad.problems.empty());  // bookkeeping, not the user's data
    const auto& b = bad.document->scenarios;
    REQUIRE(b.size() == 3);
    CHECK(b[0].id.rfind("0000-", 0) == 0);
    CHECK(b[1].id == "same");
    CHECK(b[2].id.rfind("0002-", 0) == 0);
    CHECK(bad.document->changed == std::map<std::string, std::int64_t>{{"scenario:same", 5}});
    CHECK(bad.document->deleted == std::map<std::string, std::int64_t>{{"scenario:old", 3}});
}

TEST_CASE("saved: two tabs saving different scenarios at once keep both", "[saved][merge]") {
    SavedDocument stored;  // what both tabs read at start
    REQUIRE(save_scenario(stored, "Base", core::typical_inputs(), t0));
    SavedDocument tab_a = stored;
    SavedDocument tab_b = stored;
    REQUIRE(save_scenario(tab_a, "Alpha", with("comments", 10), t0 + 1000));
    REQUIRE(save_scenario(tab_b, "Beta", with("comments", 20), t0 + 2000));
    // A writes first; B, writing later, merges with what A stored.
    const SavedDocument after_a = merge_documents(stored, tab_a);
    const SavedDocument after_b = merge_documents(after_a, tab_b);
    CHECK(names(after_b) == std::vector<std::string>{"Base", "Alpha", "Beta"});
    CHECK(merge_documents(tab_b, after_a) == after_b);  // either way round
    CHECK(merge_documents(after_b, after_b) == after_b);
}

TEST_CASE("saved: a deletion in one tab stays deleted after a stale tab writes; later changes win", "[saved][merge]") {
    SavedDocument stored;
    REQUIRE(save_scenario(stored, "Keep", with("comments", 1), t0));
    REQUIRE(save_scenario(stored, "Drop", with("comments", 2), t0 + 1));
    add_reading(stored, make_reading({2026, 11, 20}, {10, 10, 10, 10}), t0 + 2);
    SavedDocument stale = stored;  // a tab opened before, which never heard of the deletion
    SavedDocument active = stored;
    REQUIRE(delete_scenario(active, "Drop", t0 + 100));
    REQUIRE(remove_reading(active, {2026, 11, 20}, t0 + 101));
    REQUIRE(rename_scenario(active, "Keep", "Kept", t0 + 102));
    const SavedDocument written = merge_documents(active, stale);
    CHECK(names(written) == std::vector<std::string>{"Kept"});
    CHECK(written.history.readings.empty());
    CHECK(written.deleted.size() == 2);

    // A change made after the deletion brings the item back (it is a new decision); an older
    // change of the same item loses to a newer one.
    SavedDocument later = stored;
    add_reading(later, make_reading({2026, 11, 20}, {11, 11, 11, 11}), t0 + 500);
    REQUIRE(save_scenario(later, "Keep", with("comments", 9), t0 + 50));  // before the rename
    const SavedDocument both = merge_documents(written, later);
    REQUIRE(both.history.readings.size() == 1);
    CHECK(both.history.readings[0].pillars[0] == 11);
    REQUIRE(both.scenarios.size() == 1);
    CHECK(both.scenarios[0].name == "Kept");  // the rename (t0 + 102) is newer than the save (t0 + 50)
    CHECK(both.scenarios[0].inputs == with("comments", 1));
}

TEST_CASE("saved: readings added in two tabs at once are both kept", "[saved][merge]") {
    SavedDocument a;
    SavedDocument b;
    add_reading(a, make_reading({2026, 11, 20}, {10, 10, 10, 10}), t0);
    add_reading(b, make_reading({2026, 11, 27}, {12, 10, 10, 10}), t0);
    add_reading(b, make_reading({2026, 11, 13}, {9, 10, 10, 10}), t0);
    const SavedDocument merged = merge_documents(a, b);
    CHECK(dates(merged) == std::vector<Date>{{2026, 11, 13}, {2026, 11, 20}, {2026, 11, 27}});
    // The same day in both at the same time: one answer, whichever tab merges.
    add_reading(a, make_reading({2026, 11, 27}, {20, 10, 10, 10}), t0);
    CHECK(merge_documents(a, b) == merge_documents(b, a));
}

TEST_CASE("saved: the same name given in two tabs to different scenarios keeps both, apart", "[saved][merge]") {
    SavedDocument a;
    SavedDocument b;
    REQUIRE(save_scenario(a, "Plan", with("comments", 1), t0));
    REQUIRE(save_scenario(b, "plan", with("comments", 2), t0 + 5));
    const SavedDocument merged = merge_documents(a, b);
    CHECK(names(merged) == std::vector<std::string>{"Plan", "plan (2)"});
    CHECK(merged == merge_documents(b, a));
    // The document reads back as written: names stay unique.
    const DocumentLoad load = read_document(write_document(merged));
    CHECK(load.problems.empty());
    CHECK(load.document == merged);
    // A long name stays within 60 characters with its suffix.
    SavedDocument c;
    const std::string long_name(60, 'x');
    REQUIRE(save_scenario(c, long_name, core::typical_inputs(), t0 + 9));
    REQUIRE(save_scenario(a, long_name, core::typical_inputs(), t0 + 8));
    const SavedDocument cut = merge_documents(a, c);
    REQUIRE(cut.scenarios.size() == 3);
    CHECK(check_scenario_name(cut.scenarios[2].name).problem.empty());
    CHECK(cut.scenarios[2].name == std::string(56, 'x') + " (2)");
}

TEST_CASE("saved: deletions are forgotten after 180 days of later changes", "[saved][merge]") {
    SavedDocument a;
    a.deleted["scenario:old"] = t0;
    a.deleted["scenario:recent"] = t0 + 170LL * 24 * 3600 * 1000;
    add_reading(a, make_reading({2026, 11, 20}, {10, 10, 10, 10}), t0 + 181LL * 24 * 3600 * 1000);
    const SavedDocument merged = merge_documents(a, SavedDocument{});
    CHECK(merged.deleted.count("scenario:old") == 0);
    CHECK(merged.deleted.count("scenario:recent") == 1);
}

TEST_CASE("saved: merging is the same either way round and keeps every item of either side (random documents)",
          "[saved][merge][property]") {
    Random rng{77};
    for (int i = 0; i < 200; ++i) {
        const SavedDocument a = random_document(rng);
        const SavedDocument b = random_document(rng);
        const SavedDocument ab = merge_documents(a, b);
        INFO(write_document(a) << "\n" << write_document(b));
        REQUIRE(ab == merge_documents(b, a));
        REQUIRE(merge_documents(ab, a) == ab);
        // Nothing was deleted, so every reading date and every scenario id of either is kept.
        for (const SavedDocument* side : {&a, &b}) {
            for (const Scenario& s : side->scenarios)
                CHECK(std::any_of(ab.scenarios.begin(), ab.scenarios.end(), [&](const Scenario& m) { return m.id == s.id; }));
            for (const Reading& r : side->history.readings)
                CHECK(std::any_of(ab.history.readings.begin(), ab.history.readings.end(),
                                  [&](const Reading& m) { return m.date == r.date; }));
        }
        const DocumentLoad load = read_document(write_document(ab));
        REQUIRE(load.problems.empty());
        REQUIRE(load.document == ab);
    }
}
