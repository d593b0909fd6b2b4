// A small JSON value, parser and writer (RFC 8259), for the saved document and history import.
//
// Parser: strict JSON (no comments, no trailing commas, no NaN/Infinity), one optional UTF-8
// byte order mark. Limits: 5 MB of text unless the caller allows more (the history import and
// the saved document do: see readings_csv.hpp), arrays and objects nested at most 64 deep. Numbers
// too large for a double ("1e999") are an error, not infinity. Strings: every escape including
// \uXXXX and surrogate pairs; a lone surrogate becomes U+FFFD; raw bytes that are not valid
// UTF-8 are kept as they are (never a crash). Objects keep their members in document order,
// duplicates included; get() returns the last one, as JSON.parse does.
// Errors name the line and column (1-based; columns count UTF-8 characters) where reading
// stopped.
//
// Writer: compact JSON, members in order, numbers in the shortest form that reads back to the
// same double ("0.1", "20.998", "800"); a non-finite number is written as null.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ssi::app::json {

struct Member;

struct Value {
    enum class Kind { null, boolean, number, string, array, object };
    Kind kind = Kind::null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Value> array;
    std::vector<Member> object;
    // The line where the value starts in the parsed text (1-based); 0 when built in code.
    // Not part of equality.
    int line = 0;

    bool is_null() const { return kind == Kind::null; }
    bool is_bool() const { return kind == Kind::boolean; }
    bool is_number() const { return kind == Kind::number; }
    bool is_string() const { return kind == Kind::string; }
    bool is_array() const { return kind == Kind::array; }
    bool is_object() const { return kind == Kind::object; }

    // The last member named key of an object; nullptr when absent or not an object.
    const Value* get(std::string_view key) const;
    // Appends to an object / an array; returns *this for chaining.
    Value& add(std::string key, Value value);
    Value& push(Value value);
};

struct Member {
    std::string key;
    Value value;
};

bool operator==(const Value& a, const Value& b);
bool operator==(const Member& a, const Member& b);

Value make_null();
Value make_bool(bool b);
Value make_number(double d);
Value make_string(std::string s);
Value make_array();
Value make_object();

inline constexpr std::size_t max_text_bytes = std::size_t{5} * 1024 * 1024;
inline constexpr int max_depth = 64;

struct ParseResult {
    std::optional<Value> value;  // nullopt on error
    std::string error;           // "expected ',' or '}'", empty on success
    int line = 0;                // where the error is, 1-based (0 on success)
    int column = 0;
};
ParseResult parse_json(std::string_view text, std::size_t max_bytes = max_text_bytes);

std::string write_json(const Value& value);

// The shortest decimal text that reads back (strtod) to exactly this double, "%g" style:
// "20.1", "800", "1e+300", "-0". Non-finite: "nan", "inf", "-inf" (write_json writes null).
std::string format_number(double value);

// UTF-8 helpers for names and messages (they live here with the JSON string code).
bool is_valid_utf8(std::string_view text);  // well-formed, no overlongs or surrogates
// Appends code point `cp` (at most 0x10FFFF, not a surrogate) as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp);
std::size_t utf8_length(std::string_view text);  // characters: bytes that start one
// Text safe to quote in a message: control characters and bytes that are not valid UTF-8
// become '?', and after max_chars characters the rest becomes "...".
std::string printable(std::string_view text, std::size_t max_chars = 40);

}  // namespace ssi::app::json
