#include "url_state.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "json.hpp"
#include "app/characters.hpp"

namespace ssi::app {

namespace {

// Browsers accept links of megabytes; nothing we write comes near 1 KB. Reading at most 8 KB
// bounds the work and the number of notices a hostile link can cause.
constexpr std::size_t max_hash = std::size_t{8} * 1024;
constexpr std::size_t max_item_chars = 40;
// An allow-list of host pages is a handful of origins. The caps (and the host length limit in
// is_origin) also keep any link we write well under max_hash, so it always reads back whole.
constexpr std::size_t max_origins = 16;
constexpr std::size_t max_host = 253;  // DNS's limit

// The keys after the metrics, in the order encode_url_hash() writes them. A key's index is its
// metric index, or metric_count + its index here.
constexpr std::array<std::string_view, 8> setting_keys{"actual", "industry", "network", "target",
                                                       "lang",   "theme",    "accent",  "origins"};
enum class Setting : std::size_t { actual, industry, network, target, lang, theme, accent, origins };
constexpr std::string_view key_of(Setting setting) { return setting_keys[static_cast<std::size_t>(setting)]; }
constexpr std::size_t key_count = core::metric_count + setting_keys.size();

std::optional<std::size_t> find_key(std::string_view key) {
    if (const auto metric = core::find_metric(key)) return metric;
    for (std::size_t s = 0; s < setting_keys.size(); ++s)
        if (setting_keys[s] == key) return core::metric_count + s;
    return std::nullopt;
}

struct Decoded {
    std::string text;
    bool ok = true;  // false: a '%' not followed by two hex digits (kept as written in text)
};

// %XX becomes byte XX. '+' stays a plus: in a fragment it never meant a space.
Decoded percent_decode(std::string_view s) {
    Decoded d;
    d.text.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%') {
            const int hi = i + 1 < s.size() ? hex_value(s[i + 1]) : -1;
            const int lo = i + 2 < s.size() ? hex_value(s[i + 2]) : -1;
            if (hi >= 0 && lo >= 0) {
                d.text += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
            d.ok = false;
        }
        d.text += s[i];
    }
    return d;
}

// Only what is outside unreserved characters and ':' '/' ',' is encoded, so origins and
// pillar lists stay readable in the address bar.
std::string percent_encode(std::string_view s) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : s) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '-' || c == '.' || c == '_' ||
                          c == '~' || c == ':' || c == '/' || c == ',';
        if (keep) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
    return out;
}

// Length of the well-formed UTF-8 sequence starting s (overlong forms, surrogates and code
// points past U+10FFFF are not), 0 when there is none; its code point in cp.
std::size_t utf8_sequence(std::string_view s, std::uint32_t& cp) {
    const auto lead = static_cast<unsigned char>(s[0]);
    std::size_t length = 0;
    std::uint32_t min = 0;
    if (lead < 0x80) {
        cp = lead;
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, cp = lead & 0x1Fu, min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, cp = lead & 0x0Fu, min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, cp = lead & 0x07u, min = 0x10000;
    } else {
        return 0;
    }
    if (s.size() < length) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(s[i]);
        if ((byte & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return length;
}

// An item the notice banner can show: control characters and bytes that are not UTF-8 become
// '?' (a NUL would end the text early in the UI), and at most 40 characters.
std::string printable_item(std::string_view text) {
    std::string out;
    std::size_t chars = 0;
    std::size_t cut_at = 0;  // length of out after max_item_chars - 3 characters
    std::size_t i = 0;
    while (i < text.size() && chars <= max_item_chars) {
        std::uint32_t cp = 0;
        const std::size_t length = utf8_sequence(text.substr(i), cp);
        if (length == 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            out += '?';
            i += length == 0 ? 1 : length;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
        if (++chars == max_item_chars - 3) cut_at = out.size();
    }
    if (chars > max_item_chars) {  // longer than 40: 37 characters and "..."
        out.resize(cut_at);
        out += "...";
    }
    return out;
}

// Plain decimal numbers only (see the grammar in the header): no hex, no "nan" or "inf", no
// spaces, nothing after the number. strtod() then reads exactly what was checked.
std::optional<double> parse_number(std::string_view s) {
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && is_digit(s[i])) ++i;
        return i - start;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t mantissa_digits = digits();
    if (i < s.size() && s[i] == '.') {
        ++i;
        mantissa_digits += digits();
    }
    if (mantissa_digits == 0) return std::nullopt;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (digits() == 0) return std::nullopt;
    }
    if (i != s.size()) return std::nullopt;
    const std::string text(s);                                // strtod needs the terminating NUL
    const double value = std::strtod(text.c_str(), nullptr);  // 1e999 gives inf: clamped later
    return value == 0 ? 0.0 : value;                          // no "-0" in links
}

// The JSON writer's shortest text that reads back as the same double ("800", "20.1"), with
// exponents written without '+' or leading zeros ("1e-5") and no "-0". Callers pass finite values.
std::string format_number(double value) {
    if (value == 0) return "0";
    std::string text = json::format_number(value);
    const std::size_t e = text.find('e');
    if (e == std::string::npos) return text;
    std::string exponent = text.substr(e + 1);
    const bool negative = exponent[0] == '-';
    exponent.erase(0, exponent.find_first_not_of("+-0"));
    return text.substr(0, e + 1) + (negative ? "-" : "") + exponent;
}

// A serialized http(s) origin, as a browser writes event.origin: "https://coach.example",
// "http://127.0.0.1:8000", "http://[::1]:3000". Anything else could never match a message's
// origin, so it is refused rather than stored.
bool is_origin(std::string_view s) {
    std::string_view rest;
    int default_port = 0;
    if (s.starts_with("https://")) {
        rest = s.substr(8), default_port = 443;
    } else if (s.starts_with("http://")) {
        rest = s.substr(7), default_port = 80;
    } else {
        return false;
    }
    std::size_t host_end = 0;
    if (!rest.empty() && rest[0] == '[') {  // IPv6: lowercase hex digits, ':' and '.'
        host_end = rest.find(']');
        // At most 45 characters between the brackets: "ffff:...:ffff:255.255.255.255".
        if (host_end == std::string_view::npos || host_end == 1 || host_end > 46) return false;
        const std::string_view inner = rest.substr(1, host_end - 1);
        if (inner.find(':') == std::string_view::npos) return false;
        for (const char c : inner)
            if (!(is_digit(c) || (c >= 'a' && c <= 'f') || c == ':' || c == '.')) return false;
        ++host_end;
    } else {  // a name or IPv4: non-empty dot-separated labels of [a-z0-9-]
        host_end = std::min(rest.find(':'), rest.size());
        const std::string_view host = rest.substr(0, host_end);
        if (host.empty() || host.size() > max_host || host.front() == '.' || host.back() == '.' ||
            host.find("..") != std::string_view::npos)
            return false;
        for (const char c : host)
            if (!(is_digit(c) || (c >= 'a' && c <= 'z') || c == '-' || c == '.')) return false;
    }
    const std::string_view port = rest.substr(host_end);
    if (port.empty()) return true;
    // ":port": 1..65535, no leading zero, not the scheme's default (a browser leaves it out).
    if (port[0] != ':' || port.size() < 2 || port.size() > 6 || port[1] == '0') return false;
    int number = 0;
    for (const char c : port.substr(1)) {
        if (!is_digit(c)) return false;
        number = number * 10 + (c - '0');
    }
    return number <= 65535 && number != default_port;
}

// One entry of the link: "key=value" as written, and its key once decoded.
struct Entry {
    std::string_view raw;
    Decoded key;
    std::optional<std::size_t> id;  // index of a known key
};

class Loader {
public:
    Loader(State& state, UrlLoad& load) : state_(state), load_(load) {}

    void apply(const Entry& entry, bool is_last_of_key) {
        entry_ = &entry;
        if (!entry.key.ok) return report(url_reason::bad_encoding);
        if (entry.key.text.empty()) return report(url_reason::empty_key);
        if (!entry.id) return report(url_reason::unknown_key);
        if (!is_last_of_key) return report(url_reason::duplicate);
        const std::size_t eq = entry.raw.find('=');
        if (eq == std::string_view::npos) return report(url_reason::no_value);
        const Decoded value = percent_decode(entry.raw.substr(eq + 1));
        if (!value.ok) return report(url_reason::bad_encoding);
        if (value.text.empty()) return report(url_reason::no_value);
        if (*entry.id < core::metric_count) return set_metric(*entry.id, value.text);
        switch (static_cast<Setting>(*entry.id - core::metric_count)) {
            case Setting::actual:
                return set_actual(value.text);
            case Setting::industry:
                if (const auto v = number_in(value.text, 1, 99)) set_averages(state_, *v, state_.network_average);
                return;
            case Setting::network:
                if (const auto v = number_in(value.text, 1, 99)) set_averages(state_, state_.industry_average, *v);
                return;
            case Setting::target:
                return set_goal(value.text);
            case Setting::lang:
                return set_language(value.text);
            case Setting::theme:
                return set_theme(value.text);
            case Setting::accent:
                return set_accent(value.text);
            case Setting::origins:
                return set_origins(value.text);
        }
    }

private:
    // Reports the current entry, as written (decoded where it can be).
    void report(std::string_view reason) { report_item(percent_decode(entry_->raw).text, reason); }
    void report_item(std::string_view item, std::string_view reason) {
        load_.problems.push_back({printable_item(item), std::string(reason)});
    }

    void set_metric(std::size_t metric, std::string_view text) {
        if (text == "unknown") return set_unknown(state_, metric, true);
        const auto value = parse_number(text);
        if (!value) return report(url_reason::not_a_number);
        // set_input is the one place metric values are cleaned; it says what it had to do.
        const core::InputProblem problem = set_input(state_, metric, *value);
        if (problem == core::InputProblem::not_a_number) return report(url_reason::not_a_number);  // no NaN in the grammar
        if (problem != core::InputProblem::none)
            report(std::string(url_reason::clamped) + format_number(*state_.scenario.values[metric]));
    }

    // A number clamped to lo..hi, the clamp reported; nullopt (reported) when not a number.
    std::optional<double> number_in(std::string_view text, double lo, double hi) {
        const auto value = parse_number(text);
        if (!value) {
            report(url_reason::not_a_number);
            return std::nullopt;
        }
        const double clamped = std::clamp(*value, lo, hi);  // inf lands on the edge too
        if (clamped != *value) report(std::string(url_reason::clamped) + format_number(clamped));
        return clamped;
    }

    void set_actual(std::string_view text) {
        if (std::count(text.begin(), text.end(), ',') != core::pillar_count - 1) return report(url_reason::needs_four);
        std::array<double, core::pillar_count> pillars{};
        bool clamped = false;
        for (std::size_t p = 0, start = 0; p < core::pillar_count; ++p) {
            const std::size_t end = std::min(text.find(',', start), text.size());
            const auto value = parse_number(text.substr(start, end - start));
            if (!value) return report(url_reason::not_a_number);
            // Clamped here, not left to set_actual_pillars: it turns infinities into 0.
            pillars[p] = std::clamp(*value, 0.0, core::pillar_max);
            clamped = clamped || pillars[p] != *value;
            start = end + 1;
        }
        if (clamped) report(url_reason::pillars_clamped);
        set_actual_pillars(state_, pillars);
    }

    void set_goal(std::string_view text) {
        const auto value = parse_number(text);
        if (!value) return report(url_reason::not_a_number);
        if (std::floor(*value) != *value) return report(url_reason::not_whole);
        const double clamped = std::clamp(*value, 0.0, 100.0);  // before the cast: no overflow
        if (clamped != *value) report(std::string(url_reason::clamped) + format_number(clamped));
        set_target(state_, static_cast<int>(clamped));
    }

    void set_language(std::string_view text) {
        const auto language = app::parse_language(text);
        if (!language) return report(url_reason::unknown_language);
        state_.language = *language;
        load_.language_set = true;
    }

    void set_theme(std::string_view text) {
        for (const Theme t : {Theme::automatic, Theme::light, Theme::dark})
            if (theme_id(t) == text) {
                state_.theme = t;
                return;
            }
        report(url_reason::unknown_theme);
    }

    void set_accent(std::string_view text) {
        if (text.starts_with('#')) text.remove_prefix(1);
        if (text.size() != 6) return report(url_reason::not_a_colour);
        std::uint32_t rgb = 0;
        for (const char c : text) {
            const int digit = hex_value(c);
            if (digit < 0) return report(url_reason::not_a_colour);
            rgb = rgb * 16 + static_cast<std::uint32_t>(digit);
        }
        state_.accent = rgb;
    }

    // Each origin is checked on its own: the valid ones replace the list, the others are
    // reported by name. Empty pieces ("a,,b", a trailing comma) are skipped like empty entries.
    void set_origins(std::string_view text) {
        std::vector<std::string> accepted;
        std::vector<std::string_view> seen;  // views into text; a few entries (the hash is short)
        for (std::size_t start = 0; start <= text.size();) {
            const std::size_t end = std::min(text.find(',', start), text.size());
            const std::string_view origin = text.substr(start, end - start);
            start = end + 1;
            if (origin.empty()) continue;
            if (!is_origin(origin)) {
                report_item(origin, url_reason::not_an_origin);
            } else if (std::find(seen.begin(), seen.end(), origin) != seen.end()) {
                report_item(origin, url_reason::duplicate_origin);
            } else {
                seen.push_back(origin);
                if (accepted.size() == max_origins)
                    report_item(origin, url_reason::too_many_origins);
                else
                    accepted.emplace_back(origin);
            }
        }
        if (!accepted.empty()) state_.allowed_origins = std::move(accepted);
    }

    State& state_;
    UrlLoad& load_;
    const Entry* entry_ = nullptr;
};

}  // namespace

UrlLoad apply_url_hash(State& state, std::string_view hash) {
    UrlLoad load;
    if (hash.starts_with('#')) hash.remove_prefix(1);
    const bool too_long = hash.size() > max_hash;
    if (too_long) {
        // Whole entries only: the one the limit cuts ("comments=12" of "comments=123") would
        // otherwise load a wrong value without a word.
        const bool cut_between_entries = hash[max_hash] == '&';
        hash = hash.substr(0, max_hash);
        if (!cut_between_entries) {
            const std::size_t last_separator = hash.rfind('&');
            hash = hash.substr(0, last_separator == std::string_view::npos ? 0 : last_separator);
        }
    }

    // First pass: split and identify the keys, so a repeated key can be reported on its
    // earlier entries while the last one is applied.
    std::vector<Entry> entries;
    std::array<std::size_t, key_count> last{};  // index + 1 of each key's last entry
    for (std::size_t start = 0; start < hash.size();) {
        const std::size_t end = std::min(hash.find('&', start), hash.size());
        const std::string_view raw = hash.substr(start, end - start);
        start = end + 1;
        if (raw.empty()) continue;  // "&&", a trailing '&': nothing was written, nothing to say
        Entry entry{raw, percent_decode(raw.substr(0, std::min(raw.find('='), raw.size()))), std::nullopt};
        if (entry.key.ok) entry.id = find_key(entry.key.text);
        if (entry.id) last[*entry.id] = entries.size() + 1;
        entries.push_back(std::move(entry));
    }

    Loader loader(state, load);
    for (std::size_t i = 0; i < entries.size(); ++i) loader.apply(entries[i], !entries[i].id || last[*entries[i].id] == i + 1);
    if (too_long) load.problems.push_back({"", std::string(url_reason::too_long)});

    // A shared link opens on the sender's scenario with nothing marked as changed.
    set_baseline(state);
    return load;
}

std::string encode_url_hash(const State& state) {
    std::string out;
    const auto add = [&out](std::string_view key, std::string_view value) {
        out += out.empty() ? '#' : '&';
        out += percent_encode(key);
        out += '=';
        out += percent_encode(value);
    };
    const auto finite_or = [](double value, double fallback) { return std::isfinite(value) ? value : fallback; };
    const State defaults;

    for (std::size_t i = 0; i < core::metric_count; ++i) {
        // Cleaned as set_input would: a NaN is unknown, anything else within the range.
        const core::CleanValue clean = core::clean_value(core::catalog[i], state.scenario.values[i]);
        if (clean.value == defaults.scenario.values[i]) continue;
        add(core::catalog[i].id, clean.value ? format_number(*clean.value) : "unknown");
    }
    if (state.actual_pillars) {
        std::string pillars;
        for (const double p : *state.actual_pillars) {
            if (!pillars.empty()) pillars += ',';
            pillars += format_number(std::clamp(finite_or(p, 0.0), 0.0, core::pillar_max));
        }
        add(key_of(Setting::actual), pillars);
    }
    const double industry_average = std::clamp(finite_or(state.industry_average, defaults.industry_average), 1.0, 99.0);
    if (industry_average != defaults.industry_average) add(key_of(Setting::industry), format_number(industry_average));
    const double network_average = std::clamp(finite_or(state.network_average, defaults.network_average), 1.0, 99.0);
    if (network_average != defaults.network_average) add(key_of(Setting::network), format_number(network_average));
    const int goal = std::clamp(state.target, 0, 100);
    if (goal != defaults.target) add(key_of(Setting::target), std::to_string(goal));
    if (state.language != defaults.language) add(key_of(Setting::lang), app::language_id(state.language));
    if (state.theme != defaults.theme) add(key_of(Setting::theme), theme_id(state.theme));
    if (state.accent) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "%06x", static_cast<unsigned>(*state.accent & 0xFFFFFFu));
        add(key_of(Setting::accent), hex);
    }
    std::string origin_list;
    std::vector<std::string_view> seen;
    for (const std::string& origin : state.allowed_origins) {
        if (!is_origin(origin) || seen.size() == max_origins || std::find(seen.begin(), seen.end(), origin) != seen.end())
            continue;  // would not load
        seen.push_back(origin);
        if (!origin_list.empty()) origin_list += ',';
        origin_list += origin;
    }
    if (!origin_list.empty()) add(key_of(Setting::origins), origin_list);
    return out;
}

namespace {
// Each reason's text key: the notice speaks the user's language.
struct ReasonText {
    std::string_view reason;
    app::TextKey key;
};
constexpr ReasonText reason_texts[] = {
    {url_reason::too_long, "url.too_long"},
    {url_reason::bad_encoding, "url.bad_encoding"},
    {url_reason::empty_key, "url.empty_key"},
    {url_reason::unknown_key, "url.unknown_key"},
    {url_reason::no_value, "url.no_value"},
    {url_reason::duplicate, "url.duplicate"},
    {url_reason::not_a_number, "url.not_a_number"},
    {url_reason::pillars_clamped, "url.pillars_clamped"},
    {url_reason::needs_four, "url.needs_four"},
    {url_reason::not_whole, "url.not_whole"},
    {url_reason::unknown_language, "url.unknown_language"},
    {url_reason::unknown_theme, "url.unknown_theme"},
    {url_reason::not_a_colour, "url.not_a_colour"},
    {url_reason::not_an_origin, "url.not_an_origin"},
    {url_reason::duplicate_origin, "url.duplicate_origin"},
    {url_reason::too_many_origins, "url.too_many_origins"},
};

std::string reason_in(app::Language language, std::string_view reason) {
    for (const ReasonText& r : reason_texts)
        if (r.reason == reason) return std::string(app::text(language, r.key));
    // "clamped to 300": the one reason that carries a value.
    if (reason.starts_with(url_reason::clamped))
        return std::string(app::text(language, "url.clamped")) + " " + std::string(reason.substr(url_reason::clamped.size()));
    return std::string(reason);
}
}  // namespace

std::vector<std::string> describe(const std::vector<UrlProblem>& problems, app::Language language) {
    // A hostile link can hold thousands of problems: the banner lists the first few and counts the rest.
    constexpr std::size_t most_lines = 8;
    std::vector<std::string> lines;
    for (const UrlProblem& p : problems) {
        if (lines.size() == most_lines) {
            lines.push_back(app::format_count(language, "url.more", static_cast<long long>(problems.size() - most_lines)));
            break;
        }
        const std::string reason = reason_in(language, p.reason);
        lines.push_back(p.item.empty() ? reason : p.item + ": " + reason);
    }
    return lines;
}

}  // namespace ssi::app
