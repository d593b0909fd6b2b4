// The URL-hash codec: every state survives a link, and hostile links load what they can and
// name exactly what they could not.
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "app/url_state.hpp"
#include "core/catalog.hpp"
#include "random.hpp"

using namespace ssi;
using namespace std::string_literals;
using app::UrlProblem;
namespace reason = app::url_reason;

// Readable failures: {"comments=1e9", "clamped to 300"}.
namespace Catch {
template <>
struct StringMaker<UrlProblem> {
    static std::string convert(const UrlProblem& p) { return "{\"" + p.item + "\", \"" + p.reason + "\"}"; }
};
}  // namespace Catch

namespace {

using ssi::test::Random;

std::size_t metric(std::string_view id) { return *core::find_metric(id); }

// A state loaded from a default one, and what the load reported.
struct Loaded {
    app::State state;
    app::UrlLoad load;
};
Loaded load(std::string_view hash) {
    Loaded l;
    l.load = app::apply_url_hash(l.state, hash);
    return l;
}

UrlProblem problem(std::string item, std::string_view why) { return {std::move(item), std::string(why)}; }

// Where two states differ in what a link carries; empty when they do not.
std::string differences(const app::State& a, const app::State& b) {
    std::string out;
    for (std::size_t i = 0; i < core::metric_count; ++i)
        if (a.scenario.values[i] != b.scenario.values[i]) out += std::string(core::catalog[i].id) + " ";
    if (a.actual_pillars != b.actual_pillars) out += "actual ";
    if (a.industry_average != b.industry_average) out += "industry ";
    if (a.network_average != b.network_average) out += "network ";
    if (a.target != b.target) out += "target ";
    if (a.language != b.language) out += "lang ";
    if (a.theme != b.theme) out += "theme ";
    if (a.accent != b.accent) out += "accent ";
    if (a.allowed_origins != b.allowed_origins) out += "origins ";
    return out;
}

// A value a user could reach: an edge, a random step of the range, or any double inside it.
double random_in(Random& rng, double lo, double hi, double step) {
    switch (rng.below(5)) {
        case 0:
            return lo;
        case 1:
            return hi;
        case 2:
            return lo + rng.uniform() * (hi - lo);  // full precision: the shortest form is long
        case 3:
            return std::round((lo + rng.uniform() * (hi - lo)) * 100) / 100;  // as LinkedIn shows
        default:
            return lo + static_cast<double>(rng.below(static_cast<std::size_t>((hi - lo) / step) + 1)) * step;
    }
}

const std::vector<std::string> origin_pool{"https://coach.example",   "http://127.0.0.1:8000", "http://localhost:3000",
                                           "https://a-b.example.org", "http://[::1]:8080",     "https://xn--bcher-kva.example"};

app::State random_state(Random& rng) {
    app::State s;
    for (std::size_t i = 0; i < core::metric_count; ++i) {
        const core::Metric& m = core::catalog[i];
        switch (rng.below(6)) {
            case 0:
                app::set_unknown(s, i, true);
                break;
            case 1:
                break;  // typical
            case 2:
                app::set_input(s, i, rng.below(2) ? m.min : m.max);
                break;
            default: {
                const auto steps = static_cast<std::size_t>((m.max - m.min) / m.step);
                app::set_input(s, i, m.min + static_cast<double>(rng.below(steps + 1)) * m.step);
            }
        }
    }
    if (rng.below(2)) {
        std::array<double, core::pillar_count> pillars{};
        for (double& p : pillars) p = random_in(rng, 0, core::pillar_max, 0.01);
        app::set_actual_pillars(s, pillars);
    }
    if (rng.below(2)) app::set_averages(s, random_in(rng, 1, 99, 0.1), random_in(rng, 1, 99, 0.1));
    if (rng.below(2)) app::set_target(s, static_cast<int>(rng.below(101)));
    s.language = app::all_languages[rng.below(app::all_languages.size())];
    s.theme = static_cast<app::Theme>(rng.below(3));
    if (rng.below(2)) s.accent = static_cast<std::uint32_t>(rng.below(0x1000000));
    for (const std::string& origin : origin_pool)
        if (rng.below(3) == 0) s.allowed_origins.push_back(origin);
    return s;
}

double elapsed_ms(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

// ---- Round trip

TEST_CASE("every state survives its link exactly, and the link loads without a problem") {
    Random rng{20240611};
    for (int n = 0; n < 5000; ++n) {
        const app::State s = random_state(rng);
        const std::string hash = app::encode_url_hash(s);
        INFO("link: " << hash);
        const Loaded l = load(hash);
        REQUIRE(l.load.problems.empty());
        REQUIRE(differences(s, l.state) == "");
        REQUIRE(l.state.baseline == l.state.scenario);
        REQUIRE(app::encode_url_hash(l.state) == hash);  // links are stable
        // Readable: only what the grammar writes, and '%' only for IPv6 brackets.
        REQUIRE(hash.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-._:/,&=#%BD") == std::string::npos);
    }
}

TEST_CASE("a default state has an empty link, and an empty link changes nothing") {
    CHECK(app::encode_url_hash(app::State{}).empty());
    for (const std::string_view hash : {"", "#", "&", "#&&&"}) {
        const Loaded l = load(hash);
        CHECK(l.load.problems.empty());
        CHECK(differences(l.state, app::State{}) == "");
        CHECK_FALSE(l.load.language_set);
    }
}

TEST_CASE("a link lists changed metrics in catalog order, then the settings, readably") {
    app::State s;
    app::set_input(s, metric("reply_hours"), 6);
    app::set_input(s, metric("comments"), 35);
    app::set_unknown(s, metric("followers"), true);
    app::set_input(s, metric("photo"), 1);  // typical: left out
    app::set_actual_pillars(s, std::array<double, 4>{20, 10.5, 12.34, 15});
    app::set_averages(s, 30, 28.2);
    app::set_target(s, 80);
    s.language = app::Language::fr;
    s.theme = app::Theme::dark;
    s.accent = 0x0a66c2;
    s.allowed_origins = {"https://coach.example", "http://127.0.0.1:8000"};
    CHECK(app::encode_url_hash(s) ==
          "#followers=unknown&comments=35&reply_hours=6&actual=20,10.5,12.34,15&industry=30&target=80"
          "&lang=fr&theme=dark&accent=0a66c2&origins=https://coach.example,http://127.0.0.1:8000");
}

TEST_CASE("numbers are written in the shortest form that reads back the same") {
    app::State s;
    app::set_actual_pillars(s, std::array<double, 4>{0.1, 1e-5, 0.1 + 0.2, 1.0 / 3});
    CHECK(app::encode_url_hash(s) == "#actual=0.1,1e-5,0.30000000000000004,0.3333333333333333");
    CHECK(load(app::encode_url_hash(s)).state.actual_pillars == s.actual_pillars);
}

TEST_CASE("a link is encoded from clean values, so what the state holds by mistake never breaks it") {
    app::State s;
    s.scenario.values[metric("comments")] = std::nan("");  // NaN: unknown
    s.scenario.values[metric("posts")] = 1e9;              // clamped to 30
    s.scenario.values[metric("shares")] = -0.0;            // typical 0: left out
    s.target = 400;
    s.accent = 0xff0a66c2;  // only the colour's 24 bits
    s.allowed_origins = {"https://ok.example", "ftp://no.example", "https://ok.example", "https://x/"};
    CHECK(app::encode_url_hash(s) == "#comments=unknown&posts=30&target=100&accent=0a66c2&origins=https://ok.example");
}

TEST_CASE("the baseline is the loaded scenario, and keys not in the link keep the state's values") {
    app::State s;
    app::set_input(s, metric("posts"), 4);
    s.language = app::Language::es;
    const app::UrlLoad l = app::apply_url_hash(s, "comments=20");  // without '#' too
    CHECK(l.problems.empty());
    CHECK(s.scenario.values[metric("comments")] == 20.0);
    CHECK(s.scenario.values[metric("posts")] == 4.0);
    CHECK(s.language == app::Language::es);
    CHECK(s.baseline == s.scenario);
}

// ---- Values

TEST_CASE("metric values are plain decimal numbers or 'unknown'") {
    const Loaded l = load(
        "#comments=12.5&posts=1e1&shares=+3&groups=.5&messages=5.&engagement=1E2"
        "&reactions=-0&followers=unknown&searches=0007");
    CHECK(l.load.problems.empty());
    const auto& v = l.state.scenario.values;
    CHECK(v[metric("comments")] == 12.5);
    CHECK(v[metric("posts")] == 10.0);
    CHECK(v[metric("shares")] == 3.0);
    CHECK(v[metric("groups")] == 0.5);
    CHECK(v[metric("messages")] == 5.0);
    CHECK(v[metric("engagement")] == 100.0);
    CHECK(v[metric("reactions")] == 0.0);
    CHECK_FALSE(std::signbit(*v[metric("reactions")]));
    CHECK_FALSE(v[metric("followers")]);
    CHECK(v[metric("searches")] == 7.0);
}

TEST_CASE("NaN, infinities, hex, trailing text and spaces are not numbers; the rest loads") {
    const Loaded l = load(
        "#comments=nan&posts=inf&shares=-Infinity&groups=0x10&messages=12abc"
        "&coworkers= 5&reactions=1e&followers=Unknown&articles=1.2.3&about=1&views_made=-");
    CHECK(l.load.problems == std::vector<UrlProblem>{
                                 problem("comments=nan", reason::not_a_number),
                                 problem("posts=inf", reason::not_a_number),
                                 problem("shares=-Infinity", reason::not_a_number),
                                 problem("groups=0x10", reason::not_a_number),
                                 problem("messages=12abc", reason::not_a_number),
                                 problem("coworkers= 5", reason::not_a_number),
                                 problem("reactions=1e", reason::not_a_number),
                                 problem("followers=Unknown", reason::not_a_number),
                                 problem("articles=1.2.3", reason::not_a_number),
                                 problem("views_made=-", reason::not_a_number),
                             });
    app::State expected;
    app::set_input(expected, metric("about"), 1);
    CHECK(differences(l.state, expected) == "");
}

TEST_CASE("huge and negative numbers are clamped to the range, and the clamp is reported") {
    const Loaded l = load("#comments=1e9&posts=-5&followers=1e308&connections=1e999&shares=-1e999&groups=100");
    CHECK(app::describe(l.load.problems) == std::vector<std::string>{
                                                "comments=1e9: clamped to 300",
                                                "posts=-5: clamped to 0",
                                                "followers=1e308: clamped to 50000",
                                                "connections=1e999: clamped to 30000",
                                                "shares=-1e999: clamped to 0",
                                            });
    const auto& v = l.state.scenario.values;
    CHECK(v[metric("comments")] == 300.0);
    CHECK(v[metric("posts")] == 0.0);
    CHECK(v[metric("followers")] == 50000.0);
    CHECK(v[metric("connections")] == 30000.0);
    CHECK(v[metric("shares")] == 0.0);
    CHECK(v[metric("groups")] == 100.0);
}

TEST_CASE("actual takes exactly four pillar scores, each clamped to 0..25") {
    CHECK(load("#actual=20,10.5,12,15").state.actual_pillars == std::array<double, 4>{20, 10.5, 12, 15});

    const Loaded clamped = load("#actual=30,-1,5,1e999");
    CHECK(clamped.state.actual_pillars == std::array<double, 4>{25, 0, 5, 25});
    CHECK(clamped.load.problems == std::vector{problem("actual=30,-1,5,1e999", reason::pillars_clamped)});

    for (const std::string_view bad : {"actual=1,2,3", "actual=1,2,3,4,5", "actual=12"}) {
        const Loaded l = load(bad);
        CHECK_FALSE(l.state.actual_pillars);
        CHECK(l.load.problems == std::vector{problem(std::string(bad), reason::needs_four)});
    }
    for (const std::string_view bad : {"actual=1,x,3,4", "actual=,,,", "actual=1,2,3,nan"}) {
        const Loaded l = load(bad);
        CHECK_FALSE(l.state.actual_pillars);
        CHECK(l.load.problems == std::vector{problem(std::string(bad), reason::not_a_number)});
    }
}

TEST_CASE("averages are clamped to 1..99 and the target is a whole number in 0..100") {
    const Loaded l = load("#industry=0&network=150&target=1e9");
    CHECK(l.state.industry_average == 1.0);
    CHECK(l.state.network_average == 99.0);
    CHECK(l.state.target == 100);
    CHECK(app::describe(l.load.problems) ==
          std::vector<std::string>{"industry=0: clamped to 1", "network=150: clamped to 99", "target=1e9: clamped to 100"});
    CHECK(load("#target=-3").state.target == 0);
    CHECK(load("#target=85&industry=31.5").state.target == 85);
    CHECK(load("#industry=31.5").state.industry_average == 31.5);
    const Loaded half = load("#target=70.5&industry=x");
    CHECK(half.state.target == 70);
    CHECK(half.load.problems ==
          std::vector{problem("target=70.5", reason::not_whole), problem("industry=x", reason::not_a_number)});
}

TEST_CASE("lang, theme and accent accept their documented forms only") {
    const Loaded good = load("#lang=fr-CA&theme=dark&accent=%230A66C2");
    CHECK(good.load.problems.empty());
    CHECK(good.load.language_set);
    CHECK(good.state.language == app::Language::fr);
    CHECK(good.state.theme == app::Theme::dark);
    CHECK(good.state.accent == 0x0a66c2u);
    CHECK(load("#accent=#ff0000").state.accent == 0xff0000u);  // a raw '#' arrives as written
    CHECK(load("#theme=light").state.theme == app::Theme::light);

    const Loaded bad = load("#lang=de&theme=Dark&accent=0a66c&accent2=1&theme=auto");
    CHECK_FALSE(bad.load.language_set);
    CHECK(bad.state.language == app::Language::en);
    CHECK(bad.state.theme == app::Theme::automatic);
    CHECK_FALSE(bad.state.accent);
    CHECK(bad.load.problems == std::vector{problem("lang=de", reason::unknown_language), problem("theme=Dark", reason::duplicate),
                                           problem("accent=0a66c", reason::not_a_colour),
                                           problem("accent2=1", reason::unknown_key)});
    CHECK(load("#accent=gg66c2").load.problems == std::vector{problem("accent=gg66c2", reason::not_a_colour)});
}

TEST_CASE("origins keep the valid serialized http(s) origins and name each one refused") {
    const Loaded good = load("#origins=https://coach.example,http://127.0.0.1:8000");
    CHECK(good.load.problems.empty());
    CHECK(good.state.allowed_origins == std::vector<std::string>{"https://coach.example", "http://127.0.0.1:8000"});
    CHECK(load("#origins=https%3A%2F%2Fcoach.example").state.allowed_origins ==
          std::vector<std::string>{"https://coach.example"});

    const Loaded l = load(
        "#origins=https://coach.example,ftp://x.example,https://Coach.example,https://a.example/,"
        "https://a.example:443,http://a.example:0,http://a.example:65536,https://coach.example,,"
        "http://[::1]:3000,javascript:alert(1),https://,https://a..b,http://a.example:8080");
    CHECK(l.state.allowed_origins ==
          std::vector<std::string>{"https://coach.example", "http://[::1]:3000", "http://a.example:8080"});
    CHECK(l.load.problems == std::vector{
                                 problem("ftp://x.example", reason::not_an_origin),
                                 problem("https://Coach.example", reason::not_an_origin),
                                 problem("https://a.example/", reason::not_an_origin),
                                 problem("https://a.example:443", reason::not_an_origin),
                                 problem("http://a.example:0", reason::not_an_origin),
                                 problem("http://a.example:65536", reason::not_an_origin),
                                 problem("https://coach.example", reason::duplicate_origin),
                                 problem("javascript:alert(1)", reason::not_an_origin),
                                 problem("https://", reason::not_an_origin),
                                 problem("https://a..b", reason::not_an_origin),
                             });

    // An allow-list is a handful of pages: the 17th origin on is refused, as is a host longer
    // than DNS allows. Both keep every link we write far below the 8 KB limit.
    std::string many = "#origins=";
    for (int i = 0; i < 18; ++i) many += "https://p" + std::to_string(i) + ".example,";
    const Loaded capped = load(many);
    CHECK(capped.state.allowed_origins.size() == 16);
    CHECK(capped.load.problems == std::vector{problem("https://p16.example", reason::too_many_origins),
                                              problem("https://p17.example", reason::too_many_origins)});
    const std::string host(254, 'h');
    CHECK(load("#origins=https://" + host).load.problems ==
          std::vector{problem("https://" + std::string(29, 'h') + "...", reason::not_an_origin)});
    CHECK(load("#origins=https://" + host.substr(1)).load.problems.empty());

    app::State s;
    s.allowed_origins = {"https://keep.example"};
    CHECK(app::apply_url_hash(s, "#origins=ftp://x").problems.size() == 1);
    CHECK(s.allowed_origins == std::vector<std::string>{"https://keep.example"});  // none valid: unchanged
}

// ---- Hostile links

TEST_CASE("bad percent-encoding ignores its entry, named as written, and the rest loads") {
    const Loaded l = load("#comments=%zz&posts=3&views_made=%4&searches=5%&%zz=1&shares=%32");
    CHECK(l.load.problems == std::vector{problem("comments=%zz", reason::bad_encoding),
                                         problem("views_made=%4", reason::bad_encoding),
                                         problem("searches=5%", reason::bad_encoding), problem("%zz=1", reason::bad_encoding)});
    app::State expected;
    app::set_input(expected, metric("posts"), 3);
    app::set_input(expected, metric("shares"), 2);  // %32 is '2'
    CHECK(differences(l.state, expected) == "");
    CHECK(load("#%").load.problems == std::vector{problem("%", reason::bad_encoding)});
    CHECK(load("#posts=1+1").load.problems == std::vector{problem("posts=1+1", reason::not_a_number)});
}

TEST_CASE("unknown keys, empty keys, missing values and stray separators are each reported once") {
    const Loaded l = load("#&&&foo=1&=5&==&comments=7&posts&shares=&=&&");
    CHECK(l.load.problems == std::vector{problem("foo=1", reason::unknown_key), problem("=5", reason::empty_key),
                                         problem("==", reason::empty_key), problem("posts", reason::no_value),
                                         problem("shares=", reason::no_value), problem("=", reason::empty_key)});
    CHECK(l.state.scenario.values[metric("comments")] == 7.0);
    CHECK(load("#Comments=3").load.problems == std::vector{problem("Comments=3", reason::unknown_key)});
}

TEST_CASE("a repeated key keeps its last entry and names the earlier ones") {
    const Loaded l = load("#comments=5&posts=2&comments=9&lang=fr&comments=12&lang=es");
    CHECK(l.state.scenario.values[metric("comments")] == 12.0);
    CHECK(l.state.scenario.values[metric("posts")] == 2.0);
    CHECK(l.state.language == app::Language::es);
    CHECK(l.load.problems == std::vector{problem("comments=5", reason::duplicate), problem("comments=9", reason::duplicate),
                                         problem("lang=fr", reason::duplicate)});
    // Last means last, even when it is bad: the link said two things, neither is guessed at.
    const Loaded bad_last = load("#comments=5&comments=abc");
    CHECK(bad_last.state.scenario.values[metric("comments")] == 1.0);
    CHECK(bad_last.load.problems.size() == 2);
}

TEST_CASE("a 100 KB link loads its first 8 KB fast and reports one 'too long' problem") {
    const auto start = std::chrono::steady_clock::now();
    const Loaded l = load("#comments=9&posts=2&filler=" + std::string(100 * 1024, 'a'));
    CHECK(l.state.scenario.values[metric("comments")] == 9.0);
    CHECK(l.state.scenario.values[metric("posts")] == 2.0);
    // The cut entry is dropped whole: it is part of "the end".
    CHECK(l.load.problems == std::vector{problem("", reason::too_long)});
    CHECK(app::describe(l.load.problems) == std::vector<std::string>{"link too long: the end was ignored"});

    // Ten megabytes of entries or of separators: the same, in the same time.
    std::string many = "#posts=3";
    while (many.size() < 10'000'000) many += "&comments=1";
    const Loaded big = load(many);
    CHECK(big.state.scenario.values[metric("posts")] == 3.0);
    CHECK(big.load.problems.back() == problem("", reason::too_long));
    const Loaded separators = load("#posts=4" + std::string(10'000'000, '&'));
    CHECK(separators.state.scenario.values[metric("posts")] == 4.0);
    CHECK(separators.load.problems == std::vector{problem("", reason::too_long)});
    CHECK(elapsed_ms(start) < 2000);  // microseconds of parsing; the rest is building the strings
}

TEST_CASE("the entry cut at 8 KB is dropped, the entry ending there is kept") {
    // comments=000...07 ends at byte 8190 of the hash; posts=123 straddles byte 8192.
    const std::string comments = "comments=" + std::string(8180, '0') + "7";
    REQUIRE(comments.size() == 8190);
    const Loaded straddling = load("#" + comments + "&posts=123");
    CHECK(straddling.state.scenario.values[metric("comments")] == 7.0);
    CHECK(straddling.state.scenario.values[metric("posts")] == 0.0);  // not 1 or 12
    CHECK(straddling.load.problems == std::vector{problem("", reason::too_long)});

    const std::string exact = "comments=" + std::string(8182, '0') + "7";
    REQUIRE(exact.size() == 8192);
    const Loaded ending = load("#" + exact + "&posts=3");
    CHECK(ending.state.scenario.values[metric("comments")] == 7.0);
    CHECK(ending.state.scenario.values[metric("posts")] == 0.0);
    CHECK(ending.load.problems == std::vector{problem("", reason::too_long)});
}

TEST_CASE("8 KB of junk entries is quick and names every one") {
    std::string junk;
    while (junk.size() < 8192) junk += "x&";
    const auto start = std::chrono::steady_clock::now();
    const Loaded l = load(junk);
    CHECK(elapsed_ms(start) < 500);
    CHECK(l.load.problems.size() == 4096);
    for (const UrlProblem& p : l.load.problems) CHECK(p == problem("x", reason::unknown_key));
}

TEST_CASE("NUL bytes and control characters are shown as '?' and never end the item early") {
    const Loaded l = load("#comments\0=5&posts=3\0&shares=%00&reactions=%0A4&groups=2"s);
    CHECK(l.load.problems == std::vector{problem("comments?=5", reason::unknown_key), problem("posts=3?", reason::not_a_number),
                                         problem("shares=?", reason::not_a_number),
                                         problem("reactions=?4", reason::not_a_number)});
    CHECK(l.state.scenario.values[metric("groups")] == 2.0);
}

TEST_CASE("UTF-8 in items is kept, invalid UTF-8 becomes '?'") {
    const Loaded l = load("#café=1&comments=５&\xff\xfe=2&posts=%C3%28&%C0%AF=1&%ED%A0%80=1&shares=1");
    CHECK(l.load.problems == std::vector{problem("café=1", reason::unknown_key), problem("comments=５", reason::not_a_number),
                                         problem("?"
                                                 "?=2",
                                                 reason::unknown_key),
                                         problem("posts=?(", reason::not_a_number),
                                         problem("?"
                                                 "?=1",
                                                 reason::unknown_key),  // overlong '/'
                                         problem("??"
                                                 "?=1",
                                                 reason::unknown_key)});  // a surrogate
    CHECK(l.state.scenario.values[metric("shares")] == 1.0);
}

TEST_CASE("items are cut to 40 characters, counting characters, not bytes") {
    CHECK(load("#" + std::string(100, 'z') + "=1").load.problems ==
          std::vector{problem(std::string(37, 'z') + "...", reason::unknown_key)});
    std::string accents;
    for (int i = 0; i < 50; ++i) accents += "é";
    std::string cut;
    for (int i = 0; i < 37; ++i) cut += "é";
    CHECK(load("#" + accents).load.problems == std::vector{problem(cut + "...", reason::unknown_key)});
    const std::string forty(38, 'k');  // "k...k=1" is exactly 40: kept whole
    CHECK(load("#" + forty + "=1").load.problems == std::vector{problem(forty + "=1", reason::unknown_key)});
}

TEST_CASE("the notice lists the first 8 problems and counts the rest") {
    app::State state;
    std::string hash = "#";
    for (int i = 0; i < 20; ++i) hash += "junk" + std::to_string(i) + "=1&";
    const app::UrlLoad load = app::apply_url_hash(state, hash);
    REQUIRE(load.problems.size() == 20);
    const std::vector<std::string> lines = app::describe(load.problems, app::Language::fr);
    REQUIRE(lines.size() == 9);
    CHECK(lines[0] == "junk0=1: clé inconnue");
    CHECK(lines[8] == "et 12\u00a0autres problèmes");
    // One more than fits: the singular form, in each language's words.
    hash = "#";
    for (int i = 0; i < 9; ++i) hash += "junk" + std::to_string(i) + "=1&";
    const app::UrlLoad nine = app::apply_url_hash(state, hash);
    CHECK(app::describe(nine.problems, app::Language::en).back() == "and 1 more problem");
    CHECK(app::describe(nine.problems, app::Language::es).back() == "y 1 problema más");
    CHECK(app::describe(load.problems, app::Language::en).back() == "and 12 more problems");
}
