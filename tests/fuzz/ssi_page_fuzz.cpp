// libFuzzer target for the LinkedIn page reader (app/ssi_page): the bytes go in as a plain-text
// paste and as an HTML paste. Besides ASan and UBSan catching memory errors and undefined
// behaviour, it abort()s (a crash to libFuzzer) when the reader:
//   - accepts a page with a pillar outside 0..25, a total that is not its pillars' sum rounded
//     half up, a rank outside 1..100, an average outside 0..100 or a pillar average outside 0..25;
//   - accepts a page and reports a problem, or refuses one without saying why;
//   - reads the content of a <script> as text: the input with its angle brackets removed is put
//     around a script holding a marker, which must not come out.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "app/ssi_page.hpp"
#include "core/model.hpp"

namespace {

using namespace ssi::app;

void check(bool ok, const char* invariant) {
    if (ok) return;
    std::fprintf(stderr, "ssi_page_fuzz: invariant broken: %s\n", invariant);
    std::abort();
}

void check_read(const PageRead& read) {
    check(read.page.has_value() == (read.problem == PageProblem::none), "a page is read exactly when there is no problem");
    if (!read.page) return;
    const SsiPage& page = *read.page;
    double sum = 0;
    for (double p : page.pillars) {
        check(p >= 0 && p <= 25, "pillars within 0..25");
        sum += p;
    }
    if (page.total) check(ssi::core::displayed_total(sum) == *page.total, "the total is the pillars' sum as LinkedIn rounds it");
    for (const GroupFigures* g : {&page.industry, &page.network}) {
        if (g->top) check(*g->top >= 1 && *g->top <= 100, "ranks within 1..100");
        if (g->average) check(*g->average >= 0 && *g->average <= 100, "averages within 0..100");
        if (g->pillars)
            for (double p : *g->pillars) check(p >= 0 && p <= 25, "pillar averages within 0..25");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check_read(read_ssi_page(text));
    check_read(read_ssi_page("", text));
    check_read(read_ssi_page(text, text));
    constexpr std::string_view marker = "SSIFUZZSCRIPT";
    if (text.find(marker) == std::string_view::npos) {
        std::string flat;
        for (char c : text)
            if (c != '<' && c != '>') flat += c;
        const std::string html = flat + "<script>" + std::string(marker) + "</script>" + flat;
        check(html_to_text(html).find(marker) == std::string::npos, "script content never read as text");
    }
    return 0;
}
