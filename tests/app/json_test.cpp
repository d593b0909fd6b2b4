// The JSON value, parser and writer under the saved document and the history import: strict
// where JSON is strict, exact with numbers, and never a crash on hostile text.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>

#include "app/json.hpp"
#include "random.hpp"

using namespace ssi::app;
using namespace std::string_literals;

namespace {

using ssi::test::Random;

json::Value parse_ok(std::string_view text) {
    const json::ParseResult r = json::parse_json(text);
    INFO(text << " -> " << r.error << " at " << r.line << ":" << r.column);
    REQUIRE(r.value);
    return *r.value;
}

json::ParseResult parse_bad(std::string_view text) {
    json::ParseResult r = json::parse_json(text);
    INFO(text);
    REQUIRE_FALSE(r.value);
    REQUIRE_FALSE(r.error.empty());
    return r;
}

json::Value random_value(Random& rng, int depth) {
    const std::size_t kind = depth > 3 ? rng.below(4) : rng.below(6);
    switch (kind) {
        case 0:
            return json::make_null();
        case 1:
            return json::make_bool(rng.below(2) == 1);
        case 2: {
            double d = 0;
            if (rng.below(2) == 0) {
                const std::uint64_t bits = rng.next();
                std::memcpy(&d, &bits, sizeof d);
                if (!std::isfinite(d)) d = 1.5;
            } else {
                d = static_cast<double>(rng.below(100000)) / 100.0;
            }
            return json::make_number(d);
        }
        case 3: {
            std::string s;
            const std::size_t n = rng.below(12);
            static const std::string pieces[] = {"a", "\"", "\\", "\n", "\x01", "\xC3\xA9", "\xF0\x9F\x98\x80", "/", " ", "\x7F"};
            for (std::size_t i = 0; i < n; ++i) s += pieces[rng.below(std::size(pieces))];
            return json::make_string(s);
        }
        case 4: {
            json::Value a = json::make_array();
            const std::size_t n = rng.below(5);
            for (std::size_t i = 0; i < n; ++i) a.push(random_value(rng, depth + 1));
            return a;
        }
        default: {
            json::Value o = json::make_object();
            const std::size_t n = rng.below(5);
            for (std::size_t i = 0; i < n; ++i) o.add("k" + std::to_string(rng.below(4)), random_value(rng, depth + 1));
            return o;
        }
    }
}

}  // namespace

TEST_CASE("json: every kind of value is read, members in document order", "[json]") {
    const json::Value v = parse_ok(R"( {"b": [1, -2.5e3, true, false, null], "a": "x", "c": {}} )");
    REQUIRE(v.is_object());
    REQUIRE(v.object.size() == 3);
    CHECK(v.object[0].key == "b");
    CHECK(v.object[1].key == "a");
    CHECK(v.object[2].key == "c");
    const json::Value& b = *v.get("b");
    REQUIRE(b.array.size() == 5);
    CHECK(b.array[0].number == 1);
    CHECK(b.array[1].number == -2500);
    CHECK(b.array[2].boolean);
    CHECK_FALSE(b.array[3].boolean);
    CHECK(b.array[4].is_null());
    CHECK(v.get("a")->string == "x");
    CHECK(v.get("c")->is_object());
    CHECK(v.get("missing") == nullptr);
}

TEST_CASE("json: a repeated member name reads as the last one, as JSON.parse does", "[json]") {
    const json::Value v = parse_ok(R"({"a":1,"a":2})");
    CHECK(v.object.size() == 2);
    CHECK(v.get("a")->number == 2);
}

TEST_CASE("json: values remember the line they start on", "[json]") {
    const json::Value v = parse_ok("[\n1,\r\n2,\r3\n]");
    CHECK(v.line == 1);
    CHECK(v.array[0].line == 2);
    CHECK(v.array[1].line == 3);
    CHECK(v.array[2].line == 4);
}

TEST_CASE("json: the writer is compact and escapes what JSON requires", "[json]") {
    json::Value o = json::make_object();
    o.add("text", json::make_string("a\"b\\c\nd\te\x01\xC3\xA9/"));
    o.add("list", json::make_array().push(json::make_number(1)).push(json::make_null()).push(json::make_bool(true)));
    o.add("nan", json::make_number(std::nan("")));
    o.add("inf", json::make_number(std::numeric_limits<double>::infinity()));
    CHECK(json::write_json(o) ==
          R"({"text":"a\"b\\c\nd\te\u0001)"s + "\xC3\xA9" + R"(/","list":[1,null,true],"nan":null,"inf":null})");
}

TEST_CASE("json: numbers are written in the shortest form that reads back exactly", "[json]") {
    CHECK(json::format_number(0.1) == "0.1");
    CHECK(json::format_number(20.998) == "20.998");
    CHECK(json::format_number(800) == "800");
    CHECK(json::format_number(-0.0) == "-0");
    CHECK(json::format_number(0.1 + 0.2) == "0.30000000000000004");
    CHECK(json::format_number(1e300) == "1e+300");
    Random rng{42};
    for (int i = 0; i < 20000; ++i) {
        double d = 0;
        const std::uint64_t bits = rng.next();
        std::memcpy(&d, &bits, sizeof d);
        if (!std::isfinite(d)) continue;
        const std::string text = json::format_number(d);
        INFO(text);
        REQUIRE(std::strtod(text.c_str(), nullptr) == d);
        REQUIRE(parse_ok(text).number == d);
    }
}

TEST_CASE("json: write then parse gives the same value (random values)", "[json][property]") {
    Random rng{7};
    for (int i = 0; i < 2000; ++i) {
        const json::Value v = random_value(rng, 0);
        const std::string text = json::write_json(v);
        INFO(text);
        REQUIRE(parse_ok(text) == v);
        REQUIRE(json::write_json(parse_ok(text)) == text);
    }
}

TEST_CASE("json: string escapes, \\u escapes and surrogate pairs", "[json]") {
    CHECK(parse_ok(R"("\"\\\/\b\f\n\r\t")").string == "\"\\/\b\f\n\r\t");
    CHECK(parse_ok(R"("\u00e9\u00C9")").string == "\xC3\xA9\xC3\x89");
    CHECK(parse_ok(R"("\u0000")").string == std::string(1, '\0'));
    CHECK(parse_ok(R"("\u20ac")").string == "\xE2\x82\xAC");
    CHECK(parse_ok(R"("\ud83d\ude00")").string == "\xF0\x9F\x98\x80");
    // A lone surrogate cannot be UTF-8: it becomes U+FFFD.
    CHECK(parse_ok(R"("\ud83d")").string == "\xEF\xBF\xBD");
    CHECK(parse_ok(R"("\ude00x")").string == "\xEF\xBF\xBDx");
    CHECK(parse_ok(R"("\ud83d\u0041")").string ==
          "\xEF\xBF\xBD"
          "A");
    CHECK(parse_bad(R"("\x")").error == "invalid escape in a string");
    CHECK(parse_bad(R"("\u12")").error == "\\u needs 4 hex digits");
    CHECK(parse_bad(R"("\u12G4")").error == "\\u needs 4 hex digits");
    CHECK(parse_bad("\"a\nb\"").error == "control character in a string (write it as an escape)");
    CHECK(parse_bad(R"("abc)").error == "a string is not closed");
}

TEST_CASE("json: bytes that are not UTF-8 are kept as they are, never a crash", "[json]") {
    const std::string text = "[\"\xFF\xC3(\x80\"]";
    CHECK(parse_ok(text).array[0].string == "\xFF\xC3(\x80");
    CHECK_FALSE(json::is_valid_utf8("\xFF"));
    CHECK_FALSE(json::is_valid_utf8("\xC0\xAF"));      // overlong
    CHECK_FALSE(json::is_valid_utf8("\xED\xA0\x80"));  // surrogate
    CHECK_FALSE(json::is_valid_utf8("\xE2\x82"));      // truncated
    CHECK(json::is_valid_utf8("\xC3\xA9\xF0\x9F\x98\x80 ok"));
    CHECK(json::printable("a\x01\xFF"
                          "b\xC3\xA9") == "a??b\xC3\xA9");
    CHECK(json::printable("abcdef", 3) == "abc...");
}

TEST_CASE("json: nesting is limited to 64 levels", "[json]") {
    parse_ok(std::string(64, '[') + std::string(64, ']'));
    const json::ParseResult deep = parse_bad(std::string(65, '[') + std::string(65, ']'));
    CHECK(deep.error == "nested deeper than 64 levels");
    CHECK(deep.line == 1);
    CHECK(deep.column == 65);
    parse_bad(std::string(200000, '['));
    std::string objects;
    for (int i = 0; i < 100; ++i) objects += "{\"a\":";
    CHECK(parse_bad(objects).error == "nested deeper than 64 levels");
}

TEST_CASE("json: huge, tiny and long numbers", "[json]") {
    CHECK(parse_bad("1e999").error == "number too large");
    CHECK(parse_bad("[-1e400]").error == "number too large");
    CHECK(parse_ok("1e-999").number == 0);
    CHECK(parse_ok("1.7976931348623157e308").number == std::numeric_limits<double>::max());
    CHECK(parse_ok(std::string(300, '9')).number == 1e300);  // 300 nines round to 1e300
    CHECK(parse_bad(std::string(400, '9')).error == "number too large");
    CHECK(parse_ok("0." + std::string(1000, '0') + "1").number == 0);
    CHECK(parse_ok("-0").number == 0);
    CHECK(std::signbit(parse_ok("-0").number));
}

TEST_CASE("json: what JSON does not allow is refused with its position", "[json]") {
    CHECK(parse_bad("").error == "unexpected end of the text");
    CHECK(parse_bad("   ").error == "unexpected end of the text");
    CHECK(parse_bad("[1,]").error == "expected a value");
    CHECK(parse_bad("{\"a\":1,}").error == "expected a member name in double quotes");
    CHECK(parse_bad("{'a':1}").error == "expected a member name in double quotes");
    CHECK(parse_bad("{\"a\" 1}").error == "expected ':'");
    CHECK(parse_bad("[1 2]").error == "expected ',' or ']'");
    CHECK(parse_bad("{\"a\":1 \"b\":2}").error == "expected ',' or '}'");
    CHECK(parse_bad("// no\n1").error == "expected a value");
    CHECK(parse_bad("NaN").error == "expected a value");
    CHECK(parse_bad("Infinity").error == "expected a value");
    CHECK(parse_bad("01").error == "unexpected text after the end of the JSON value");
    CHECK(parse_bad("1.").error == "invalid number: a digit must follow '.'");
    CHECK(parse_bad(".5").error == "expected a value");
    CHECK(parse_bad("1e").error == "invalid number: a digit must follow the exponent");
    CHECK(parse_bad("-").error == "unexpected end of the text");
    CHECK(parse_bad("tru").error == "expected a value");
    CHECK(parse_bad("[1] [2]").error == "unexpected text after the end of the JSON value");

    const json::ParseResult r = parse_bad("{\n  \"a\": 1,\n  \"b\" 2\n}");
    CHECK(r.line == 3);
    CHECK(r.column == 7);
    // Columns count characters, not bytes.
    const json::ParseResult u = parse_bad("[\"\xC3\xA9\xC3\xA9\" x]");
    CHECK(u.line == 1);
    CHECK(u.column == 7);
}

TEST_CASE("json: every truncation of a document is refused, never a crash", "[json]") {
    const std::string text =
        R"({"format":"ssi-history","version":1,"readings":[{"date":"2026-11-21","brand":20.1,"x":[true,false,null,"\u00e9\ud83d\ude00"]}]})";
    parse_ok(text);
    for (std::size_t n = 0; n < text.size(); ++n) {
        const json::ParseResult r = json::parse_json(text.substr(0, n));
        INFO(text.substr(0, n));
        CHECK_FALSE(r.value);
        CHECK(r.line == 1);
        CHECK(r.column >= 1);
    }
}

TEST_CASE("json: a byte order mark is skipped, whitespace allowed around the value", "[json]") {
    CHECK(parse_ok("\xEF\xBB\xBF {\"a\":true} \r\n").get("a")->boolean);
}

TEST_CASE("json: text over 5 MB is refused before reading", "[json]") {
    std::string big = "[" + std::string(json::max_text_bytes, ' ') + "]";
    CHECK(parse_bad(big).error == "the text is larger than 5 MB");
}
