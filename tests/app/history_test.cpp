// The SSI history: dates, readings as LinkedIn shows them, the weekly change, and CSV and JSON
// import and export that round-trip exactly and name every bad row by its line.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "app/readings_csv.hpp"
#include "app/readings_json.hpp"
#include "random.hpp"

using namespace ssi::app;
using namespace std::string_literals;

namespace {

// An import problem as the English page shows it, with its line.
struct Said {
    int line = 0;
    std::string text;
    friend bool operator==(const Said&, const Said&) = default;
};
Said said(const ImportProblem& p) { return {p.line, describe(p.what)}; }
std::string english(const ImportProblem& p) { return describe(p.what); }
std::string english(const std::optional<Message>& date_problem) { return date_problem ? describe({*date_problem}) : ""; }

}  // namespace

namespace Catch {
template <>
struct StringMaker<Said> {
    static std::string convert(const Said& p) { return "{" + std::to_string(p.line) + ", \"" + p.text + "\"}"; }
};
template <>
struct StringMaker<Date> {
    static std::string convert(const Date& d) { return format_iso(d); }
};
template <>
struct StringMaker<Reading> {
    static std::string convert(const Reading& r) {
        std::string s = format_iso(r.date);
        for (const double p : r.pillars) s += " " + std::to_string(p);
        return s;
    }
};
}  // namespace Catch

namespace {

using ssi::test::Random;

Reading reading(Date d, double b, double p, double i, double r) { return make_reading(d, {b, p, i, r}); }

History random_history(Random& rng) {
    History h;
    const int n = rng.between(0, 40);
    for (int k = 0; k < n; ++k) {
        Date d{rng.between(1900, 2200), rng.between(1, 12), 1};
        d.day = rng.between(1, days_in_month(d.year, d.month));
        std::array<double, 4> pillars{};
        for (double& p : pillars) {
            // Whole values, 2 decimals, the edges 0 and 25.
            switch (rng.between(0, 3)) {
                case 0:
                    p = rng.between(0, 25);
                    break;
                case 1:
                    p = rng.between(0, 2500) / 100.0;
                    break;
                case 2:
                    p = rng.between(0, 1) * 25.0;
                    break;
                default:
                    p = rng.between(0, 25000) / 1000.0;
                    break;  // rounded to 2 decimals
            }
        }
        add_reading(h, make_reading(d, pillars));
    }
    return h;
}

std::vector<int> lines_of(const ImportResult& r) {
    std::vector<int> lines;
    for (const ImportProblem& p : r.problems) lines.push_back(p.line);
    return lines;
}

}  // namespace

// ----------------------------------------------------------------------------------- dates ----

TEST_CASE("history: dates are real Gregorian dates in 1900..2200", "[history][date]") {
    CHECK(is_valid({2024, 2, 29}));
    CHECK(is_valid({2000, 2, 29}));
    CHECK_FALSE(is_valid({1900, 2, 29}));
    CHECK_FALSE(is_valid({2026, 2, 29}));
    CHECK_FALSE(is_valid({2026, 4, 31}));
    CHECK_FALSE(is_valid({2026, 13, 1}));
    CHECK_FALSE(is_valid({2026, 0, 1}));
    CHECK_FALSE(is_valid({2026, 1, 0}));
    CHECK_FALSE(is_valid({1899, 12, 31}));
    CHECK_FALSE(is_valid({2201, 1, 1}));
    CHECK(is_valid({1900, 1, 1}));
    CHECK(is_valid({2200, 12, 31}));
}

TEST_CASE("history: dates format as ISO, compare and count days", "[history][date]") {
    CHECK(format_iso({2026, 11, 21}) == "2026-11-21");
    CHECK(format_iso({1900, 1, 2}) == "1900-01-02");
    CHECK(Date{2026, 11, 21} < Date{2026, 11, 22});
    CHECK(Date{2025, 12, 31} < Date{2026, 1, 1});
    CHECK(Date{2026, 11, 21} == Date{2026, 11, 21});
    CHECK(days_between({2026, 11, 14}, {2026, 11, 21}) == 7);
    CHECK(days_between({2026, 11, 21}, {2026, 11, 14}) == -7);
    CHECK(days_between({2024, 2, 28}, {2024, 3, 1}) == 2);
    CHECK(days_between({2025, 12, 31}, {2026, 1, 1}) == 1);
    CHECK(days_between({1970, 1, 1}, {2000, 1, 1}) == 10957);
    CHECK(days_between({1900, 1, 1}, {2200, 12, 31}) == 109937);
}

TEST_CASE("history: dates are read ISO or day first, and refused with the reason", "[history][date]") {
    const Date expected{2026, 11, 21};
    for (const char* text :
         {"2026-11-21", "2026/11/21", "2026.11.21", "21/11/2026", "21-11-2026", "21.11.2026", " 21/11/2026 "}) {
        INFO(text);
        const DateParse d = parse_date(text);
        CHECK(d.date == expected);
        CHECK_FALSE(d.problem);
    }
    CHECK(parse_date("1/2/2026").date == Date{2026, 2, 1});
    CHECK(parse_date("03/04/2026").date == Date{2026, 4, 3});  // day first, always
    CHECK(english(parse_date("11/21/2026").problem) == "date '11/21/2026' has no month 21 (dates are read day/month/year)");
    CHECK(english(parse_date("2026-13-01").problem) == "date '2026-13-01' has no month 13");
    CHECK(english(parse_date("31/02/2026").problem) == "date '31/02/2026' does not exist");
    CHECK(english(parse_date("29/02/2026").problem) == "date '29/02/2026' does not exist");
    CHECK(english(parse_date("01/01/1850").problem) == "date '01/01/1850' is outside the years 1900 to 2200");
    for (const char* text : {"abc", "", "21/11/26", "2026-11", "2026-11-21-1", "2026-11/21", "21 11 2026", "2026-11-21T10:00",
                             "123456/1/1", "+2026-11-21", "2026--11-21"}) {
        INFO(text);
        const DateParse d = parse_date(text);
        CHECK_FALSE(d.date);
        CHECK(english(d.problem).find("is not a date") != std::string::npos);
    }
    CHECK(english(parse_date("abc").problem) == "'abc' is not a date (write 2026-11-21 or 21/11/2026)");
}

// -------------------------------------------------------------------------------- readings ----

TEST_CASE("history: readings are clamped to 0..25 and rounded to 2 decimals on entry", "[history]") {
    const Reading r = reading({2026, 11, 21}, 20.998, 6.4, -3, 99);
    CHECK(r.pillars == std::array<double, 4>{21.0, 6.4, 0.0, 25.0});
    CHECK(reading({2026, 11, 21}, 12.344, 12.346, std::nan(""), 0.005).pillars == std::array<double, 4>{12.34, 12.35, 0.0, 0.01});
    // LinkedIn's own example: 20.99 + 6.4 + 10.25 + 15 = 52.64, shown as 53.
    const Reading shown = reading({2026, 11, 21}, 20.99, 6.4, 10.25, 15);
    CHECK(total(shown) == Approx(52.64));
    CHECK(displayed_total(shown) == 53);
    CHECK(displayed_total(reading({2026, 11, 21}, 25, 12.8, 18, 25)) == 81);
    CHECK(displayed_total(reading({2026, 11, 21}, 20, 20, 20, 20.5)) == 81);  // 80.5 rounds up
}

TEST_CASE("history: readings stay sorted by date, one per date", "[history]") {
    History h;
    add_reading(h, reading({2026, 11, 21}, 1, 1, 1, 1));
    add_reading(h, reading({2026, 11, 7}, 2, 2, 2, 2));
    add_reading(h, reading({2026, 11, 14}, 3, 3, 3, 3));
    add_reading(h, reading({2026, 11, 14}, 4, 4, 4, 4));  // replaces
    REQUIRE(h.readings.size() == 3);
    CHECK(h.readings[0].date == Date{2026, 11, 7});
    CHECK(h.readings[1].date == Date{2026, 11, 14});
    CHECK(h.readings[1].pillars[0] == 4);
    CHECK(h.readings[2].date == Date{2026, 11, 21});
    CHECK(remove_reading(h, {2026, 11, 14}));
    CHECK_FALSE(remove_reading(h, {2026, 11, 14}));
    CHECK(h.readings.size() == 2);
}

TEST_CASE("history: the weekly change compares with the latest reading 7 to 13 days before", "[history]") {
    History h;
    add_reading(h, reading({2026, 11, 1}, 10, 10, 10, 10));   // 40
    add_reading(h, reading({2026, 11, 7}, 11, 10, 10, 10));   // 41
    add_reading(h, reading({2026, 11, 8}, 12, 10, 10, 10));   // 42
    add_reading(h, reading({2026, 11, 14}, 13, 10, 10, 10));  // 43
    add_reading(h, reading({2026, 11, 15}, 15, 10, 10, 10));  // 45
    add_reading(h, reading({2026, 12, 15}, 20, 10, 10, 10));  // 50
    CHECK_FALSE(weekly_change(h, 0));
    CHECK_FALSE(weekly_change(h, 1));         // 6 days after the first
    CHECK(weekly_change(h, 2) == Approx(2));  // 11-08 vs 11-01 (7 days)
    CHECK(weekly_change(h, 3) == Approx(2));  // 11-14 vs 11-07 (7 days), not 11-01 (13)
    CHECK(weekly_change(h, 4) == Approx(3));  // 11-15 vs 11-08
    CHECK_FALSE(weekly_change(h, 5));         // a month later: no weekly change
    CHECK_FALSE(weekly_change(h, 6));         // out of range

    History gap;
    add_reading(gap, reading({2026, 11, 1}, 10, 10, 10, 10));
    add_reading(gap, reading({2026, 11, 14}, 11, 10, 10, 10));  // 13 days: still counts
    add_reading(gap, reading({2026, 11, 29}, 12, 10, 10, 10));  // 15 days: does not
    CHECK(weekly_change(gap, 1) == Approx(1));
    CHECK_FALSE(weekly_change(gap, 2));
}

// ----------------------------------------------------------------------------- round trips ----

TEST_CASE("history: CSV export then import gives the same history (random, both separators)", "[history][csv][property]") {
    Random rng{2026};
    for (int i = 0; i < 300; ++i) {
        const History h = random_history(rng);
        for (const char separator : {',', ';', '\t'}) {
            const std::string text = export_history_csv(h, separator);
            const ImportResult r = import_history_csv(text);
            INFO(text);
            REQUIRE(r.problems.empty());
            REQUIRE(r.readings == h.readings);
        }
    }
}

TEST_CASE("history: JSON export then import gives the same history (random)", "[history][json][property]") {
    Random rng{11};
    for (int i = 0; i < 300; ++i) {
        const History h = random_history(rng);
        const std::string text = export_history_json(h);
        const ImportResult r = import_history_json(text);
        INFO(text);
        REQUIRE(r.problems.empty());
        REQUIRE(r.readings == h.readings);
    }
}

TEST_CASE("history: the export formats", "[history][csv][json]") {
    History h;
    add_reading(h, reading({2026, 11, 21}, 20.1, 12, 15.5, 18));
    add_reading(h, reading({2026, 11, 14}, 20, 11.75, 15, 18));
    CHECK(export_history_csv(h) ==
          "date,brand,people,insights,relationships,total\n"
          "2026-11-14,20,11.75,15,18,65\n"
          "2026-11-21,20.1,12,15.5,18,66\n");
    CHECK(export_history_csv(h, ';') ==
          "date;brand;people;insights;relationships;total\n"
          "2026-11-14;20;11,75;15;18;65\n"
          "2026-11-21;20,1;12;15,5;18;66\n");
    CHECK(export_history_json(h) == R"({"format":"ssi-history","version":1,"readings":[)"
                                    R"({"date":"2026-11-14","brand":20,"people":11.75,"insights":15,"relationships":18},)"
                                    R"({"date":"2026-11-21","brand":20.1,"people":12,"insights":15.5,"relationships":18}]})");
    CHECK(export_history_csv(History{}) == "date,brand,people,insights,relationships,total\n");
    CHECK(import_history_csv(export_history_csv(History{})).readings.empty());
}

// ------------------------------------------------------------------------------ CSV import ----

TEST_CASE("history: CSV as people write it in en, fr, es and pt", "[history][csv]") {
    const std::vector<Reading> expected{reading({2026, 11, 21}, 20.5, 12, 15, 18)};
    SECTION("en: ISO dates, commas, decimal point, no header") {
        const ImportResult r = import_history_csv("2026-11-21,20.5,12,15,18");
        CHECK(r.problems.empty());
        CHECK(r.readings == expected);
    }
    SECTION("en-GB: header, day-first dates, a total") {
        const ImportResult r =
            import_history_csv("Date,Brand,People,Insights,Relationships,Total\n21/11/2026,20.5,12,15,18,66\n");
        CHECK(r.problems.empty());
        CHECK(r.readings == expected);
    }
    SECTION("fr: semicolons, decimal comma, day-first dates") {
        const ImportResult r = import_history_csv("21/11/2026;20,5;12;15;18");
        CHECK(r.problems.empty());
        CHECK(r.readings == expected);
    }
    SECTION("fr: header with accents") {
        const ImportResult r = import_history_csv("Date;Marque;Personnes;Échanges;Relations\r\n21/11/2026;20,5;12;15;18\r\n");
        CHECK(r.problems.empty());
        CHECK(r.readings == expected);
    }
    SECTION("es: header, columns in another order") {
        const ImportResult r = import_history_csv("fecha;marca;personas;interacción;relaciones\n21-11-2026;20,5;12;15;18\n");
        CHECK(r.problems.empty());
        CHECK(r.readings == expected);
        const ImportResult shuffled =
            import_history_csv("relaciones;INTERACCIÓN;fecha;personas;marca\n18;15;21/11/2026;12;20,5\n");
        CHECK(shuffled.problems.empty());
        CHECK(shuffled.readings == expected);
    }
    SECTION("pt: dotted dates") {
        const ImportResult r = import_history_csv("Data;Marca;Pessoas;Interação;Relacionamentos\n21.11.2026;20,5;12;15;18\n");
        CHECK(r.problems.empty());
        CHECK(r.readings == expected);
        CHECK(import_history_csv("21.11.2026;20,5;12;15;18").readings == expected);
    }
    SECTION("tab separated, as pasted from a spreadsheet") {
        const ImportResult r = import_history_csv("date\tbrand\tpeople\tinsights\trelationships\n2026-11-21\t20,5\t12\t15\t18\n");
        CHECK(r.problems.empty());
        CHECK(r.readings == expected);
    }
}

TEST_CASE("history: CSV details: quotes, line ends, BOM, blank lines, spaces, trailing separator", "[history][csv]") {
    const std::vector<Reading> expected{reading({2026, 11, 14}, 20.5, 12, 15, 18), reading({2026, 11, 21}, 21, 12, 15, 18)};
    for (
        const std::string& text : {
            "\xEF\xBB\xBF"
            "date,brand,people,insights,relationships\r\n2026-11-14,20.5,12,15,18\r\n2026-11-21,21,12,15,18\r\n"s,
            "2026-11-14,20.5,12,15,18\r2026-11-21,21,12,15,18\r"s,
            "\n\n2026-11-14,20.5,12,15,18\n   \n,,,,\n2026-11-21,21,12,15,18\n\n"s,
            "\"2026-11-14\",\"20.5\",12,15,18\n 2026-11-21 , 21 ,12, 15 ,18 \n"s,
            "21/11/2026;21;12;15;18;\n14/11/2026;\"20,5\";12;15;18;\n"s,
            "\"da\"\"te\";date;brand;people;insights;relationships;marca\nx;14/11/2026;20,5;12;15;18;99\ny;21/11/2026;21;12;15;18;99\n"s,
            "date;brand;people;insights;relationships;\n14/11/2026;20,5;12;15;18;\n21/11/2026;21;12;15;18\n"s,
        }) {
        INFO(text);
        const ImportResult r = import_history_csv(text);
        // The last text has an unknown column and a repeated one: both reported, both ignored.
        if (text.find("da\"\"te") != std::string::npos) {
            REQUIRE(r.problems.size() == 2);
            CHECK(english(r.problems[0]) == "line 1: column 'da\"te' is not known: it is ignored");
            CHECK(english(r.problems[1]) == "line 1: column brand appears twice: the second is ignored");
        } else {
            CHECK(r.problems.empty());
        }
        CHECK(r.readings == expected);
    }
}

TEST_CASE("history: malformed CSV rows are each reported once with their line, good rows kept", "[history][csv]") {
    const std::string text =
        "date;brand;people;insights;relationships\n"  // 1
        "01/11/2026;20,5;12;15;18\n"                  // 2 good
        "02/11/2026;abc;12;15;18\n"                   // 3 not a number
        "03/11/2026;20;12;15;18\n"                    // 4 good
        "\n"                                          // 5 blank
        "31/02/2026;20;12;15;18\n"                    // 6 no such date
        "05/11/2026;20;12;15;18\n"                    // 7 good
        "06/11/2026;20;12\n"                          // 8 too few columns
        "07/11/2026;20;12;15;26\n"                    // 9 out of range
        "08/11/2026;25;0;0,01;18\n";                  // 10 good
    const ImportResult r = import_history_csv(text);
    REQUIRE(r.problems.size() == 4);
    CHECK(said(r.problems[0]) == Said{3, "line 3: 'abc' is not a number in column brand"});
    CHECK(said(r.problems[1]) == Said{6, "line 6: date '31/02/2026' does not exist"});
    CHECK(said(r.problems[2]) ==
          Said{8, "line 8: expected 5 columns as in the header (date, brand, people, insights, relationships), found 3"});
    CHECK(said(r.problems[3]) == Said{9, "line 9: 26 is outside 0..25 in column relationships"});
    REQUIRE(r.readings.size() == 4);
    CHECK(r.readings[0] == reading({2026, 11, 1}, 20.5, 12, 15, 18));
    CHECK(r.readings[1].date == Date{2026, 11, 3});
    CHECK(r.readings[2].date == Date{2026, 11, 5});
    CHECK(r.readings[3] == reading({2026, 11, 8}, 25, 0, 0.01, 18));
}

TEST_CASE("history: CSV problems say what is wrong in plain words", "[history][csv]") {
    const auto first = [](std::string_view text) {
        const ImportResult r = import_history_csv(text);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.readings.empty());
        return english(r.problems[0]);
    };
    CHECK(first("11/21/2026,20,12,15,18") == "line 1: date '11/21/2026' has no month 21 (dates are read day/month/year)");
    CHECK(first("2026-11-21,20,12") == "line 1: expected 5 columns (date, brand, people, insights, relationships), found 3");
    CHECK(first("2026-11-21,20,5,12,15,18,1") ==
          "line 1: expected 5 columns (date, brand, people, insights, relationships), found 7 "
          "(with decimal commas like 12,5, separate the columns with ';')");
    // Six fields read as a total column: a decimal comma under ',' is caught by the sum.
    CHECK(first("21/11/2026,20,5,12,15,18") == "line 1: total 18 is not the sum of the pillars (52)");
    CHECK(first("2026-11-21,20,12,15,18,70") == "line 1: total 70 is not the sum of the pillars (65)");
    CHECK(first("2026-11-21,20,12,15,18,x") == "line 1: 'x' is not a number in column total");
    CHECK(first("2026-11-21,,12,15,18") == "line 1: no value in column brand");
    CHECK(first("2026-11-21,-1,12,15,18") == "line 1: -1 is outside 0..25 in column brand");
    CHECK(first("2026-11-21,25.01,12,15,18") == "line 1: 25.01 is outside 0..25 in column brand");
    CHECK(first("2026-11-21,1e1,12,15,18") == "line 1: '1e1' is not a number in column brand");
    CHECK(first("2026-11-21,1.000,12,15,18,1") == "line 1: total 1 is not the sum of the pillars (46)");
    CHECK(first("2026-11-21,\"20,12,15,18") == "line 1: a quote is not closed");
    CHECK(first("2026-11-21,\"20\"x,12,15,18") == "line 1: text after a closing quote");
    CHECK(first("hello,20,12,15,18") == "line 1: 'hello' is not a date (write 2026-11-21 or 21/11/2026)");
    CHECK(first(",20,12,15,18") == "line 1: no date");
    CHECK(first("date,brand,people\n2026-11-21,20,12") ==
          "line 1: the header has no column for insights, relationships: nothing was read");
    // Totals within 1 of the sum are fine (LinkedIn rounds the total).
    CHECK(import_history_csv("2026-11-21,20.4,12,15,18,65").problems.empty());
    CHECK(import_history_csv("2026-11-21,20.4,12,15,18,66").problems.empty());
    // Values with more than 2 decimals are rounded like entries.
    CHECK(import_history_csv("2026-11-21,20.998,12,15,18").readings[0].pillars[0] == 21.0);
}

TEST_CASE("history: a date given twice keeps the later row, and says so", "[history][csv]") {
    const ImportResult r = import_history_csv("2026-11-21,1,1,1,1\n2026-11-14,2,2,2,2\n21/11/2026,3,3,3,3\n");
    REQUIRE(r.problems.size() == 1);
    CHECK(said(r.problems[0]) == Said{3, "line 3: date 2026-11-21 is also on line 1: the later row is kept"});
    REQUIRE(r.readings.size() == 2);
    CHECK(r.readings[1] == reading({2026, 11, 21}, 3, 3, 3, 3));
}

TEST_CASE("history: CSV imports stop at 120,000 lines and 16 MB, keeping what was read", "[history][csv][limits]") {
    std::string many;
    Date d{1900, 1, 1};
    for (int i = 0; i < max_import_lines + 5; ++i) many += "\n";
    many.replace(0, 0, format_iso(d) + ",1,2,3,4");
    many += "2026-01-01,1,2,3,4\n";
    const ImportResult lines = import_history_csv(many);
    REQUIRE(lines.problems.size() == 1);
    CHECK(said(lines.problems[0]) == Said{120001, "line 120001: more than 120,000 lines: the rest was not read"});
    CHECK(lines.readings.size() == 1);

    std::string big;
    while (big.size() <= max_import_bytes) big += "2026-11-21,20.5,12,15,18," + std::string(200, ' ') + "66\n";
    const ImportResult bytes = import_history_csv(big);
    REQUIRE(bytes.problems.size() > 1);  // dates repeat: one problem per repeat, then the limit
    const ImportProblem& last = bytes.problems.back();
    CHECK(english(last).find("the text is larger than 16 MB: the rest was not read") != std::string::npos);
    CHECK(bytes.readings.size() == 1);
}

TEST_CASE("history: hostile CSV never breaks the invariants", "[history][csv][property]") {
    Random rng{99};
    const std::string alphabet = "0123456789,;.\t\"/- \r\nabcdeé\xFF";
    for (int i = 0; i < 3000; ++i) {
        std::string text;
        const int n = rng.between(0, 120);
        for (int k = 0; k < n; ++k)
            text += alphabet[static_cast<std::size_t>(rng.between(0, static_cast<int>(alphabet.size()) - 1))];
        const ImportResult r = import_history_csv(text);
        for (std::size_t k = 0; k < r.readings.size(); ++k) {
            REQUIRE(is_valid(r.readings[k].date));
            if (k > 0) REQUIRE(r.readings[k - 1].date < r.readings[k].date);
            for (const double p : r.readings[k].pillars) REQUIRE((p >= 0 && p <= 25));
        }
        for (const ImportProblem& p : r.problems) REQUIRE(english(p).rfind("line " + std::to_string(p.line) + ": ", 0) == 0);
    }
}

// ----------------------------------------------------------------------------- JSON import ----

TEST_CASE("history: JSON import reads the export format and a bare list", "[history][json]") {
    const std::vector<Reading> expected{reading({2026, 11, 21}, 20.1, 12, 15.5, 18)};
    CHECK(
        import_history_json(
            R"({"format":"ssi-history","version":1,"readings":[{"date":"2026-11-21","brand":20.1,"people":12,"insights":15.5,"relationships":18}]})")
            .readings == expected);
    const ImportResult bare = import_history_json(
        R"([{"relationships":18,"date":"21/11/2026","brand":20.1,"people":12,"insights":15.5,"total":66,"note":"ok"}])");
    CHECK(bare.problems.empty());
    CHECK(bare.readings == expected);
    CHECK(import_history_json(R"([["2026-11-21",20.1,12,15.5,18]])").readings == expected);
}

TEST_CASE("history: JSON entries that cannot be read are named by entry and line", "[history][json]") {
    const std::string text = R"([
  {"date":"2026-11-01","brand":1,"people":1,"insights":1,"relationships":1},
  {"date":"2026-11-02","brand":"12","people":1,"insights":1,"relationships":1},
  {"date":"2026-11-03","people":1,"insights":1,"relationships":1},
  {"date":"2026-11-04","brand":26,"people":1,"insights":1,"relationships":1},
  {"date":"2026-02-30","brand":1,"people":1,"insights":1,"relationships":1},
  {"brand":1,"people":1,"insights":1,"relationships":1},
  {"date":20261105,"brand":1,"people":1,"insights":1,"relationships":1},
  {"date":"2026-11-06","brand":1,"people":1,"insights":1,"relationships":1,"total":10},
  "2026-11-07",
  {"date":"2026-11-01","brand":2,"people":2,"insights":2,"relationships":2}
])";
    const ImportResult r = import_history_json(text);
    std::vector<std::string> messages;
    for (const ImportProblem& p : r.problems) messages.push_back(english(p));
    CHECK(messages == std::vector<std::string>{
                          "entry 2 (line 3): brand is not a number",
                          "entry 3 (line 4): no value for brand",
                          "entry 4 (line 5): brand 26 is outside 0..25",
                          "entry 5 (line 6): date '2026-02-30' does not exist",
                          "entry 6 (line 7): no date",
                          "entry 7 (line 8): the date is not a text",
                          "entry 8 (line 9): total 10 is not the sum of the pillars (4)",
                          "entry 9 (line 10): not a reading (an object with date, brand, people, insights and relationships)",
                          "entry 10 (line 11): date 2026-11-01 is also on entry 1 (line 2): the later entry is kept",
                      });
    CHECK(lines_of(r) == std::vector<int>{3, 4, 5, 6, 7, 8, 9, 10, 11});
    REQUIRE(r.readings.size() == 1);
    CHECK(r.readings[0] == reading({2026, 11, 1}, 2, 2, 2, 2));
}

TEST_CASE("history: JSON that is not a history is refused with the reason", "[history][json]") {
    const auto only = [](std::string_view text) {
        const ImportResult r = import_history_json(text);
        CHECK(r.readings.empty());
        REQUIRE(r.problems.size() == 1);
        return r.problems[0];
    };
    CHECK(said(only("{\"format\":\"ssi-history\",\n\"readings\":[}")) ==
          Said{2, "line 2, column 13: not valid JSON: expected a value"});
    CHECK(english(only("")) == "line 1, column 1: not valid JSON: unexpected end of the text");
    CHECK(english(only(R"({"format":"other","readings":[]})")) == "line 1: not an SSI history (format 'other')");
    CHECK(english(only(R"({"format":"ssi-history","version":2,"readings":[]})")) ==
          "line 1: written by a newer version of the calculator (version 2)");
    CHECK(english(only(R"({"format":"ssi-history","version":1})")) == "line 1: not an SSI history (no \"readings\")");
    CHECK(english(only(R"({"format":"ssi-history","version":1,"readings":{}})")) == "line 1: the readings are not a list");
    CHECK(english(only("42")) == "line 1: not an SSI history (expected an object or a list)");
}

TEST_CASE("history: the largest history there can be still exports and imports exactly", "[history][limits]") {
    // One reading a day from 1900 to 2200, pillars with 2 decimals: 109,938 readings.
    History h;
    Random rng{3};
    for (Date d{min_year, 1, 1}; d.year <= max_year;) {
        h.readings.push_back(make_reading(d, {rng.between(1000, 2499) / 100.0, rng.between(1000, 2499) / 100.0,
                                              rng.between(1000, 2499) / 100.0, rng.between(1000, 2499) / 100.0}));
        if (++d.day > days_in_month(d.year, d.month)) {
            d.day = 1;
            if (++d.month > 12) d = {d.year + 1, 1, 1};
        }
    }
    REQUIRE(h.readings.size() == 109938);
    for (const char separator : {',', ';'}) {
        const std::string csv = export_history_csv(h, separator);
        CHECK(csv.size() < max_import_bytes);
        const ImportResult r = import_history_csv(csv);
        CHECK(r.problems.empty());
        CHECK(r.readings == h.readings);
    }
    const std::string json = export_history_json(h);
    CHECK(json.size() > json::max_text_bytes);  // why the history import allows more than 5 MB
    const ImportResult r = import_history_json(json);
    CHECK(r.problems.empty());
    CHECK(r.readings == h.readings);
}

TEST_CASE("history: a header with unnamed and unknown columns is reported, never misread", "[history][csv]") {
    // Found by the fuzzer: an unnamed column between named ones.
    const ImportResult r = import_history_csv("date,brand,pleats,,12.5,18,\n2026-11-21,1,2,3,4,5\n");
    std::vector<std::string> messages;
    for (const ImportProblem& p : r.problems) messages.push_back(english(p));
    CHECK(messages == std::vector<std::string>{
                          "line 1: column 'pleats' is not known: it is ignored",
                          "line 1: column '12.5' is not known: it is ignored",
                          "line 1: column '18' is not known: it is ignored",
                          "line 1: the header has no column for people, insights, relationships: nothing was read",
                      });
    CHECK(r.readings.empty());
    const ImportResult gap = import_history_csv("date;brand;;people;insights;relationships\n21/11/2026;20,5;x;12;15;18\n");
    CHECK(gap.problems.empty());
    CHECK(gap.readings == std::vector<Reading>{reading({2026, 11, 21}, 20.5, 12, 15, 18)});
}
