// The scenario and settings in the URL hash, human-readable, so a link recreates what the
// sender saw:
//
//   #comments=35&reply_hours=unknown&actual=20,10.5,12,15&industry=30&network=40&target=80
//    &lang=fr&theme=dark&accent=0a66c2&origins=https://coach.example,http://127.0.0.1:8000
//
// Grammar (after one leading '#', if any, is dropped):
//   hash    = entry *( "&" entry )          empty entries ("&&") are skipped silently
//   entry   = key [ "=" value ]             split at the first '='; key and value are then
//                                           percent-decoded (%XX, either case; '+' stays '+')
//   <metric id> = number | "unknown"        any catalog id; clamped to its range by set_input
//   actual  = number "," number "," number "," number
//                                           real pillar scores (brand, people, insights,
//                                           relationships), each clamped to 0..25; turns
//                                           calibration on
//   industry, network = number              averages for the rank estimate, clamped to 1..99
//   target  = number                        a whole number, clamped to 0..100
//   lang    = en | fr | es                  as app::parse_language (also "fr-CA", "ES")
//   theme   = light | dark | auto
//   accent  = 6 hex digits, '#' optional    "0a66c2", "%230A66C2"
//   origins = origin *( "," origin )        serialized http(s) origins: scheme "http" or
//                                           "https", "://", lowercase host (letters, digits,
//                                           '-', '.', at most 253 of them, or [IPv6]), optional
//                                           ":port" (1..65535, no leading zero, not the scheme's
//                                           default), no path; at most 16 origins
//   number  = [ "+" | "-" ] ( digits [ "." [ digits ] ] | "." digits ) [ ( "e" | "E" ) [ "+" | "-" ] digits ]
//             Plain decimal only: "0x10", "12abc", " 5", "nan" and "inf" are "not a number"
//             (an empty value is "no value").
//             A literal too large for a double (1e999) counts as infinite and is clamped to
//             the edge of the range like any other out-of-range number. Values are not rounded
//             to a metric's step. Keys and "unknown" are case-sensitive.
//
// Anything that cannot be used is ignored or clamped, entry by entry, and reported as a
// UrlProblem; the rest still loads. Only the first 8 KB are read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "state.hpp"

namespace ssi::app {

// The reasons a UrlProblem gives. Short and stable: tests and the README quote them.
namespace url_reason {
inline constexpr std::string_view too_long = "link too long: the end was ignored";
inline constexpr std::string_view bad_encoding = "bad percent-encoding";
inline constexpr std::string_view empty_key = "empty key";  // "=5", "=="
inline constexpr std::string_view unknown_key = "unknown key";
inline constexpr std::string_view no_value = "no value";                       // "comments", "comments="
inline constexpr std::string_view duplicate = "duplicate key: last one kept";  // on the earlier ones
inline constexpr std::string_view not_a_number = "not a number";
inline constexpr std::string_view clamped = "clamped to ";               // + the value kept: "clamped to 300"
inline constexpr std::string_view pillars_clamped = "clamped to 0..25";  // actual: any of the four
inline constexpr std::string_view needs_four = "needs 4 numbers";        // actual
inline constexpr std::string_view not_whole = "not a whole number";      // target
inline constexpr std::string_view unknown_language = "unknown language";
inline constexpr std::string_view unknown_theme = "unknown theme";
inline constexpr std::string_view not_a_colour = "not a hex colour";        // accent
inline constexpr std::string_view not_an_origin = "not an http(s) origin";  // one origin of the list
inline constexpr std::string_view duplicate_origin = "duplicate origin";
inline constexpr std::string_view too_many_origins = "more than 16 origins";  // on each one past 16
}  // namespace url_reason

struct UrlProblem {
    // The entry as written ("comments=1e9"; for origins, the one origin), percent-decoded where
    // possible, made printable (control bytes and invalid UTF-8 become '?') and cut to 40
    // characters ("..." ends a cut one). Empty for the "too long" problem.
    std::string item;
    std::string reason;  // one of url_reason
    friend bool operator==(const UrlProblem&, const UrlProblem&) = default;
};

struct UrlLoad {
    std::vector<UrlProblem> problems;  // in the order of the link, "too long" last
    bool language_set = false;         // a valid lang= was applied: do not guess from the browser
};

// Applies a location.hash (with or without the leading '#') on top of `state`: the keys present
// replace what the state had, the others are left alone. Then the baseline is set equal to the
// scenario, so a shared link opens with no "change from baseline" showing. Never throws (short
// of running out of memory), never aborts; linear time; reads only the first 8 KB (the entry
// cut by that limit is dropped whole). It does not touch state.notices: the caller appends
// describe(load.problems) there, so it decides how a link's notices are shown.
UrlLoad apply_url_hash(State& state, std::string_view hash);

// The hash ("#..." or "" for a default state) that recreates `state`'s scenario and settings on a
// default State: metrics that differ from core::typical_inputs() in catalog order, then actual,
// industry, network, target, lang, theme, accent, origins when not at their defaults. Values are
// cleaned the way the intents clean them (NaN metric: unknown; out of range: clamped; invalid
// origins: left out), so the link always loads without a problem. Numbers are printed in the
// shortest form that reads back to the same double.
std::string encode_url_hash(const State& state);

// One line per problem for the notice banner: "comments=1e9: clamped to 300"; the reason alone
// when the item is empty.
std::vector<std::string> describe(const std::vector<UrlProblem>& problems, app::Language language = app::Language::en);

}  // namespace ssi::app
