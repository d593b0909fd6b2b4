// libFuzzer target for everything that reads user files or stored data: the same bytes go to
// the CSV and JSON history imports, the saved-document reader and the JSON parser. Besides ASan
// and UBSan catching memory errors and undefined behaviour, it checks what an import must never
// do, and abort()s (a crash to libFuzzer) when one breaks:
//   - keep a reading with an impossible date, a pillar outside 0..25 or with more than 2
//     decimals, or readings out of date order / two for one date;
//   - give a problem without a message, or whose message does not start with its line;
//   - keep readings that do not survive their own export: import(export(h)) == h, with no
//     problem, for CSV with ',', ';' (decimal commas) and tab, and for JSON;
//   - load a document that does not survive its own write: read(write(doc)) == doc, with no
//     problem, and the same text when written again; a document with an invalid or repeated
//     scenario name or a metric out of its range; refuse a document without saying why;
//   - merge two documents differently either way round, or into one that does not read back;
//   - parse JSON that does not write and parse back to the same value.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "app/json.hpp"
#include "app/readings_csv.hpp"
#include "app/readings_json.hpp"
#include "app/saved.hpp"
#include "core/catalog.hpp"

namespace {

using namespace ssi::app;

void check(bool ok, const char* invariant) {
    if (ok) return;
    std::fprintf(stderr, "import_fuzz: invariant broken: %s\n", invariant);
    std::abort();
}

void check_readings(const std::vector<Reading>& readings) {
    for (std::size_t k = 0; k < readings.size(); ++k) {
        const Reading& r = readings[k];
        check(is_valid(r.date), "every reading has a real date in 1900..2200");
        if (k > 0) check(readings[k - 1].date < r.date, "readings sorted by date, one per date");
        for (const double p : r.pillars) check(std::isfinite(p) && p >= 0 && p <= 25, "pillars within 0..25");
        check(make_reading(r.date, r.pillars) == r, "pillars rounded to 2 decimals");
    }
}

void check_round_trips(const std::vector<Reading>& readings) {
    const History history{readings};
    for (const char separator : {',', ';', '\t'}) {
        const ImportResult again = import_history_csv(export_history_csv(history, separator));
        check(again.problems.empty(), "an exported CSV imports without problems");
        check(again.readings == readings, "CSV export then import gives the same readings");
    }
    const ImportResult again = import_history_json(export_history_json(history));
    check(again.problems.empty(), "an exported JSON imports without problems");
    check(again.readings == readings, "JSON export then import gives the same readings");
}

void check_import(const ImportResult& result, bool csv) {
    check_readings(result.readings);
    for (const ImportProblem& p : result.problems) {
        const std::string message = describe(p.what);
        check(!message.empty(), "every problem has a message");
        check(p.line >= 0, "problem lines are not negative");
        if (csv) check(message.rfind("line " + std::to_string(p.line) + ": ", 0) == 0, "CSV problems start with their line");
    }
    check_round_trips(result.readings);
}

void check_document(const DocumentLoad& load) {
    if (!load.document) {
        check(!load.problems.empty(), "a refused document says why");
        return;
    }
    const SavedDocument& doc = *load.document;
    for (std::size_t k = 0; k < doc.scenarios.size(); ++k) {
        const Scenario& s = doc.scenarios[k];
        const NameCheck name = check_scenario_name(s.name);
        check(name.problem.empty() && name.name == s.name, "scenario names are valid and trimmed");
        check(find_scenario(doc, s.name) == &s, "scenario names are unique");
        for (std::size_t i = 0; i < ssi::core::metric_count; ++i) {
            const auto& value = s.inputs.values[i];
            const ssi::core::Metric& m = ssi::core::catalog[i];
            check(!value || (std::isfinite(*value) && *value >= m.min && *value <= m.max), "metrics within range");
        }
    }
    check_readings(doc.history.readings);
    const std::string text = write_document(doc);
    const DocumentLoad again = read_document(text);
    check(again.problems.empty() && again.schema == document_schema && !again.foreign, "a written document reads cleanly");
    check(again.document && *again.document == doc, "write then read gives the same document");
    check(write_document(*again.document) == text, "a document writes the same text twice");

    // Two tabs' documents merged (saved.hpp): the same either way round, every scenario name
    // still valid and unique, and the merge reads back as written.
    static const SavedDocument other = [] {
        SavedDocument d;
        save_scenario(d, "Plan A", ssi::core::typical_inputs(), 1764654000000);
        save_scenario(d, "plan b", ssi::core::typical_inputs(), 1764654000500);
        add_reading(d, make_reading({2026, 11, 21}, {20, 10, 12, 15}), 1764654000100);
        d.deleted["reading:2026-11-14"] = 1764654000200;
        return d;
    }();
    const SavedDocument merged = merge_documents(doc, other);
    check(merged == merge_documents(other, doc), "merging is the same either way round");
    for (const Scenario& s : merged.scenarios) {
        check(check_scenario_name(s.name).problem.empty(), "merged scenario names are valid");
        check(find_scenario(merged, s.name) == &s, "merged scenario names are unique");
    }
    const DocumentLoad merged_again = read_document(write_document(merged));
    check(merged_again.problems.empty() && merged_again.document == merged, "a merged document reads back as written");
}

void check_json(std::string_view text) {
    const json::ParseResult parsed = json::parse_json(text);
    if (!parsed.value) {
        check(!parsed.error.empty() && parsed.line >= 1 && parsed.column >= 1, "a parse error has a message and a position");
        return;
    }
    const std::string written = json::write_json(*parsed.value);
    // Written numbers can be longer than read ("1e14" -> "100000000000000"): no size limit here.
    const json::ParseResult again = json::parse_json(written, written.size());
    check(again.value && *again.value == *parsed.value, "JSON written then parsed gives the same value");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check_import(import_history_csv(text), true);
    check_import(import_history_json(text), false);
    check_document(read_document(text));
    check_json(text);
    return 0;
}
