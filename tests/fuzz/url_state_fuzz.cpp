// libFuzzer target for the URL-hash codec: any bytes as location.hash. Run by scripts/fuzz.sh.
// Besides ASan and UBSan catching memory errors and undefined behaviour, it checks what a link
// must never do, and abort()s (a crash to libFuzzer) when one breaks:
//   - leave a metric outside its range (unknown is fine), a pillar outside 0..25, a setting
//     outside its range, or an origin the codec would refuse;
//   - report an item longer than 40 characters or holding a control byte;
//   - load into a state whose own link does not recreate it: encode(apply(x)) applied to a
//     default state gives the same state, with no problem, and the same link again.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "app/url_state.hpp"
#include "core/catalog.hpp"

namespace {

using ssi::app::State;

void check(bool ok, const char* invariant) {
    if (ok) return;
    std::fprintf(stderr, "url_state_fuzz: invariant broken: %s\n", invariant);
    std::abort();
}

bool within(double value, double lo, double hi) { return std::isfinite(value) && value >= lo && value <= hi; }

// What a link carries (not the baseline, the remembered values or the notices).
bool same_settings(const State& a, const State& b) {
    return a.scenario == b.scenario && a.actual_pillars == b.actual_pillars && a.industry_average == b.industry_average &&
           a.network_average == b.network_average && a.target == b.target && a.language == b.language && a.theme == b.theme &&
           a.accent == b.accent && a.allowed_origins == b.allowed_origins;
}

void check_valid(const State& s) {
    for (std::size_t i = 0; i < ssi::core::metric_count; ++i) {
        const auto& value = s.scenario.values[i];
        const ssi::core::Metric& m = ssi::core::catalog[i];
        check(!value || within(*value, m.min, m.max), "metric within its range or unknown");
    }
    if (s.actual_pillars)
        for (const double p : *s.actual_pillars) check(within(p, 0, ssi::core::pillar_max), "actual in 0..25");
    check(within(s.industry_average, 1, 99) && within(s.network_average, 1, 99), "averages in 1..99");
    check(s.target >= 0 && s.target <= 100, "target in 0..100");
    check(!s.accent || *s.accent <= 0xFFFFFFu, "accent is 24 bits");
    check(s.allowed_origins.size() <= 16, "at most 16 origins");
    check(s.baseline == s.scenario, "the baseline is the loaded scenario");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view hash(reinterpret_cast<const char*>(data), size);

    State loaded;
    const ssi::app::UrlLoad load = ssi::app::apply_url_hash(loaded, hash);
    check_valid(loaded);
    for (const ssi::app::UrlProblem& p : load.problems) {
        check(!p.reason.empty(), "every problem has a reason");
        std::size_t chars = 0;
        for (const char c : p.item) {
            check(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F, "items are printable");
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;  // UTF-8 lead bytes
        }
        check(chars <= 40, "items are cut to 40 characters");
    }
    // One line per problem, up to 8, then one line counting the rest.
    const std::size_t lines = ssi::app::describe(load.problems).size();
    check(lines == (load.problems.size() <= 8 ? load.problems.size() : 9), "one line per problem, the rest counted");

    // encode∘apply is idempotent: the state's own link recreates it exactly and cleanly.
    const std::string link = ssi::app::encode_url_hash(loaded);
    State reloaded;
    const ssi::app::UrlLoad again = ssi::app::apply_url_hash(reloaded, link);
    check(again.problems.empty(), "a written link loads without a problem");
    check(same_settings(loaded, reloaded), "encode(apply(x)) recreates the state");
    check(ssi::app::encode_url_hash(reloaded) == link, "a state's link is stable");
    check(again.language_set == (loaded.language != ssi::app::Language::en), "lang written when not en");
    return 0;
}
