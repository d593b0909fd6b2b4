// Reading LinkedIn's SSI page from a paste: every page of the committed corpus
// (tests/data/ssi_pages, invented from the public facts about the page, in en/es/pt/fr) reads
// exactly as its manifest says, refused pastes say why, and no paste of any shape breaks the
// reader or gets past its checks.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/ssi_page.hpp"
#include "core/model.hpp"
#include "random.hpp"

namespace {

using namespace ssi::app;
using ssi::test::Random;

const std::string corpus_dir = std::string(SSI_TEST_DATA_DIR) + "/ssi_pages/";

std::string read_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    REQUIRE(file.good());
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// One CSV row; fields may be quoted ("a, b").
std::vector<std::string> csv_fields(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            fields.emplace_back();
        else if (c != '\r')
            fields.back() += c;
    }
    return fields;
}

struct Case {
    std::map<std::string, std::string> field;
    const std::string& operator[](const std::string& name) const { return field.at(name); }
};

std::vector<Case> manifest() {
    std::istringstream text(read_file(corpus_dir + "expected.csv"));
    std::string line;
    std::getline(text, line);
    const auto header = csv_fields(line);
    std::vector<Case> cases;
    while (std::getline(text, line)) {
        if (line.empty()) continue;
        const auto fields = csv_fields(line);
        REQUIRE(fields.size() == header.size());
        Case c;
        for (std::size_t i = 0; i < header.size(); ++i) c.field[header[i]] = fields[i];
        cases.push_back(c);
    }
    return cases;
}

// A clipboard as the browser gives it: HTML files are the text/html part (with no plain text,
// the hardest case), text files the text/plain part.
PageRead read_case(const std::string& file) {
    const std::string content = read_file(corpus_dir + file);
    return file.ends_with(".html") ? read_ssi_page("", content) : read_ssi_page(content);
}

void check_number(const std::string& expected, std::optional<double> actual, const char* what) {
    INFO(what << ": expected '" << expected << "'");
    if (expected.empty()) {
        CHECK(!actual);
    } else {
        REQUIRE(actual);
        CHECK(*actual == Approx(std::stod(expected)).margin(1e-9));
    }
}

void check_pillars(const std::string& expected, const std::optional<std::array<double, 4>>& actual, const char* what) {
    INFO(what << ": expected '" << expected << "'");
    if (expected.empty()) {
        CHECK(!actual);
        return;
    }
    REQUIRE(actual);
    std::istringstream parts(expected);
    std::string part;
    for (std::size_t p = 0; p < 4 && std::getline(parts, part, '/'); ++p)
        CHECK((*actual)[p] == Approx(std::stod(part)).margin(1e-9));
}

std::optional<double> as_double(std::optional<int> v) { return v ? std::optional<double>(*v) : std::nullopt; }

// What every accepted reading satisfies.
void check_invariants(const SsiPage& page) {
    double sum = 0;
    for (double p : page.pillars) {
        CHECK(p >= 0);
        CHECK(p <= 25);
        sum += p;
    }
    if (page.total) CHECK(ssi::core::displayed_total(sum) == *page.total);
    for (const GroupFigures* g : {&page.industry, &page.network}) {
        if (g->top) CHECK((*g->top >= 1 && *g->top <= 100));
        if (g->average) CHECK((*g->average >= 0 && *g->average <= 100));
        if (g->pillars)
            for (double p : *g->pillars) CHECK((p >= 0 && p <= 25));
    }
}

}  // namespace

TEST_CASE("every page of the corpus reads as its manifest says") {
    const auto cases = manifest();
    REQUIRE(cases.size() >= 26);
    for (const Case& c : cases) {
        INFO("file " << c["file"]);
        const PageRead read = read_case(c["file"]);
        CHECK(page_problem_id(read.problem) == c["outcome"]);
        if (c["outcome"] != "ok") {
            CHECK(!read.page);
            continue;
        }
        REQUIRE(read.page);
        const SsiPage& page = *read.page;
        CHECK(page_language_id(page.language) == c["language"]);
        const char* names[] = {"brand", "people", "insights", "relationships"};
        for (std::size_t p = 0; p < 4; ++p) check_number(c[names[p]], page.pillars[p], names[p]);
        check_number(c["total"], as_double(page.total), "total");
        check_number(c["industry_top"], as_double(page.industry.top), "industry top");
        check_number(c["network_top"], as_double(page.network.top), "network top");
        check_number(c["industry_average"], page.industry.average, "industry average");
        check_number(c["network_average"], page.network.average, "network average");
        CHECK(page.industry_name == c["industry"]);
        check_number(c["weekly_change"], page.weekly_change, "weekly change");
        check_pillars(c["industry_pillars"], page.industry.pillars, "industry pillars");
        check_pillars(c["network_pillars"], page.network.pillars, "network pillars");
        check_invariants(page);
    }
}

TEST_CASE("the corpus covers the four languages and every refusal, and the manifest lists every file") {
    std::map<std::string, int> languages;
    std::set<std::string> outcomes;
    for (const Case& c : manifest()) {
        if (c["outcome"] == "ok") ++languages[c["language"]];
        outcomes.insert(c["outcome"]);
    }
    CHECK(languages["en"] >= 6);
    CHECK(languages["es"] >= 4);
    CHECK(languages["pt"] >= 4);
    CHECK(languages["fr"] >= 3);
    for (const char* outcome : {"not_ssi_page", "pillar_out_of_range", "total_mismatch", "two_pages", "missing_pillar",
                                "rank_out_of_range", "average_out_of_range", "empty"})
        CHECK(outcomes.count(outcome) == 1);
}

TEST_CASE("a page's HTML and its plain text read the same, and the HTML wins when both are given") {
    const std::string html = read_file(corpus_dir + "en_html_script_style.html");
    const PageRead from_html = read_ssi_page("", html);
    REQUIRE(from_html.page);
    // The plain text a browser would copy with it: the HTML's text.
    const PageRead from_text = read_ssi_page(html_to_text(html));
    REQUIRE(from_text.page);
    CHECK(from_text.page->pillars == from_html.page->pillars);
    // A paste whose plain text is something else but whose HTML is the page reads the page.
    const PageRead both = read_ssi_page("Your Social Selling Index", html);
    REQUIRE(both.page);
    CHECK(both.page->total == 75);
    // HTML that is not a page, with a page as plain text: the plain text is read.
    const std::string text = read_file(corpus_dir + "en_full_pipe.txt");
    const PageRead fallback = read_ssi_page(text, "<p>hello</p>");
    REQUIRE(fallback.page);
    CHECK(fallback.page->total == 33);
}

TEST_CASE("scripts, styles and attributes of a pasted page are never read as its text") {
    const std::string text = html_to_text(read_file(corpus_dir + "en_html_script_style.html"));
    CHECK(text.find("alert") == std::string::npos);
    CHECK(text.find("99 out of 100") == std::string::npos);
    CHECK(text.find("__ssiBoot") == std::string::npos);
    CHECK(text.find("font-size") == std::string::npos);
    CHECK(text.find("75 out of 100") != std::string::npos);
    CHECK(html_to_text("a&amp;b &lt;c&gt; &#233;&#xE9; &nbsp;|&unknown; &") == "a&b <c> \xC3\xA9\xC3\xA9 \xC2\xA0|&unknown; &");
    CHECK(html_to_text("<script>never</script  ><b>kept</b><!-- hidden -->") == "\nkept");
    CHECK(html_to_text("<tr><td>a</td><td>b</td></tr>").find("\ta\t") != std::string::npos);
    // Cut or unterminated markup ends the text, never the program.
    CHECK(html_to_text("<p>ok<scr").find("ok") != std::string::npos);
    CHECK(html_to_text("<script>x").empty());
    CHECK(html_to_text("<!-- open").empty());
}

TEST_CASE("two SSI pages in one paste are refused") {
    const std::string a = read_file(corpus_dir + "en_full_pipe.txt");
    const std::string b = read_file(corpus_dir + "en_essentials_only.txt");
    const PageRead read = read_ssi_page(a + "\n" + b);
    CHECK(read.problem == PageProblem::two_pages);
    CHECK(read.total == 33);
    CHECK(read.other_total == 53);
    CHECK(!read.page);
    // The same page copied twice is one page.
    CHECK(read_ssi_page(a + "\n" + a).page);
}

TEST_CASE("pastes over 2 MB are refused, HTML over 2 MB is ignored") {
    const std::string page = read_file(corpus_dir + "en_essentials_only.txt");
    std::string huge = page + std::string(max_paste_bytes, ' ');
    CHECK(read_ssi_page(huge).problem == PageProblem::too_large);
    CHECK(read_ssi_page("", huge).problem == PageProblem::too_large);
    const PageRead with_big_html = read_ssi_page(page, "<p>" + huge + "</p>");
    REQUIRE(with_big_html.page);
    CHECK(with_big_html.page->total == 53);
    // Exactly at the limit is read.
    std::string at_limit = page;
    at_limit.resize(max_paste_bytes, ' ');
    CHECK(read_ssi_page(at_limit).page);
}

TEST_CASE("a refused paste names what was wrong") {
    const PageRead pillar = read_case("neg_pillar_26.txt");
    CHECK(pillar.pillar == 0);
    CHECK(pillar.value == 26);
    const PageRead mismatch = read_case("neg_total_mismatch.txt");
    CHECK(mismatch.total == 61);
    CHECK(mismatch.value == Approx(52.6).margin(1e-6));
    const PageRead missing = read_case("neg_missing_pillar.txt");
    CHECK(missing.pillar == 3);
    CHECK(read_case("neg_average_140.txt").value == 140);
    CHECK(read_case("neg_rank_top_101.html").value == 101);
    CHECK(read_case("neg_rank_top_0.txt").value == 0);
}

TEST_CASE("the same page with decimal commas, tabs or Windows line ends reads the same") {
    const std::string page = read_file(corpus_dir + "en_full_pipe.txt");
    const PageRead base = read_ssi_page(page);
    REQUIRE(base.page);
    std::string crlf;
    std::string tabs;
    for (char c : page) {
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        tabs += c == '|' ? '\t' : c;
    }
    for (const std::string& variant : {crlf, tabs}) {
        const PageRead read = read_ssi_page(variant);
        REQUIRE(read.page);
        CHECK(read.page->pillars == base.page->pillars);
        CHECK(read.page->industry.top == base.page->industry.top);
        CHECK(read.page->network.pillars == base.page->network.pillars);
    }
}

TEST_CASE("no cut, mangled or spliced paste breaks the reader or gets past its checks") {
    std::vector<std::string> pages;
    for (const Case& c : manifest()) pages.push_back(read_file(corpus_dir + c["file"]));
    Random random{2026};
    for (int n = 0; n < 1500; ++n) {
        std::string text = pages[random.below(pages.size())];
        switch (random.below(4)) {
            case 0:
                text.resize(random.below(text.size() + 1));
                break;  // cut anywhere, even mid-character
            case 1:
                for (int k = 0; k < 8 && !text.empty(); ++k)
                    text[random.below(text.size())] = static_cast<char>(random.below(256));
                break;
            case 2:
                text = text.substr(random.below(text.size() + 1)) + pages[random.below(pages.size())];
                break;
            default: {
                // Digits replaced: pillars of any size, totals that no longer add up.
                for (char& c : text)
                    if (c >= '0' && c <= '9' && random.chance(0.2)) c = static_cast<char>('0' + random.below(10));
            }
        }
        const bool html = random.chance(0.5);
        const PageRead read = html ? read_ssi_page("", text) : read_ssi_page(text);
        CHECK(read.page.has_value() == (read.problem == PageProblem::none));
        if (read.page) check_invariants(*read.page);
    }
}

TEST_CASE("the sample paste in README.md reads as the README says") {
    const std::string readme = read_file(std::string(SSI_TEST_DATA_DIR) + "/../../README.md");
    const std::size_t intro = readme.find("Try it with this text:");
    REQUIRE(intro != std::string::npos);
    const std::size_t start = readme.find("```\n", intro) + 4;
    const std::size_t end = readme.find("```", start);
    const PageRead read = read_ssi_page(readme.substr(start, end - start));
    REQUIRE(read.page);
    CHECK(read.page->pillars == std::array<double, 4>{20.998, 6.4, 10.25, 15});
    CHECK(read.page->total == 53);
    CHECK(read.page->industry.top == 6);
    CHECK(read.page->network.average == 38);
    CHECK(read.page->weekly_change == 0);
}
