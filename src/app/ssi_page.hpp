// Reading what a user copies from LinkedIn's SSI page (linkedin.com/sales/ssi: select all, copy),
// as plain text or as the clipboard's HTML, in English, Spanish, Portuguese or French.
//
// What is read, each found by its words, never by CSS class names:
//   - the four pillars with their decimals ("12.275 | Establish your professional brand", the
//     number before or after its label, on the same line or the next, pipes or tabs, decimal
//     point or comma, float noise like 8.750002 kept as written);
//   - the total ("53 out of 100", "53 de 100", "53 sobre 100", "53 sur 100");
//   - the industry and network ranks ("Industry SSI rank" with "Top 65%" after or before it,
//     "Top\nIndustry SSI rank\n65\n%", "51 %", "You rank in the top 65% of your industry");
//   - the industry and network averages ("... have an average SSI of 31.", "SSI médio de 35"),
//     the industry's name when the sentence gives it, and the weekly change ("No change since
//     last week", "Up 3 since last week", "Down 1.5 ...": our reading of its phrasing);
//   - the per-pillar averages of both groups from the hidden accessibility tables (rows
//     "<pillar> | value" and "Remaining points | value"; the table whose values are the
//     member's own is skipped; the others are the industry's and the network's, told apart by
//     the nearest caption before them, else in that order).
// Checks: each pillar 0..25, the total equal to the pillars' sum rounded half up (as LinkedIn
// rounds), ranks whole percents 1..100, averages 0..100 (pillar averages 0..25); one page only.
// A paste that fails a check reads nothing: the caller changes nothing and says why.
// HTML is only read as text: scripts, styles and comments are skipped, nothing is ever run or
// inserted anywhere.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/catalog.hpp"

namespace ssi::app {

enum class PageLanguage { en, es, pt, fr };
std::string_view page_language_id(PageLanguage language);  // "en", "es", "pt", "fr"

struct GroupFigures {                                               // the industry's or the network's
    std::optional<int> top;                                         // "Top X%", 1..100
    std::optional<double> average;                                  // the group's average SSI, 0..100
    std::optional<std::array<double, core::pillar_count>> pillars;  // per-pillar averages
};

struct SsiPage {
    PageLanguage language = PageLanguage::en;
    std::array<double, core::pillar_count> pillars{};  // brand, people, insights, relationships
    std::optional<int> total;                          // as the page shows it (it always equals the rounded sum here)
    GroupFigures industry;
    GroupFigures network;
    std::string industry_name;            // "Software Development"; empty when not given
    std::optional<double> weekly_change;  // signed points since last week; 0: "no change"
};

enum class PageProblem {
    none,
    empty,                 // nothing but blanks
    too_large,             // over max_paste_bytes
    not_ssi_page,          // none of the pillars' labels in a language we read
    missing_pillar,        // `pillar` has no value
    pillar_out_of_range,   // `pillar` is `value`
    total_mismatch,        // the page says `total`; the pillars add up to `value`
    two_pages,             // totals `total` and `other_total`
    rank_out_of_range,     // "top `value`%"
    average_out_of_range,  // an average of `value`
};

// "ok", "total_mismatch"...: as SSI.pasteText() and the tests name them.
std::string_view page_problem_id(PageProblem problem);

struct PageRead {
    std::optional<SsiPage> page;  // set only when every check passed
    PageProblem problem = PageProblem::none;
    std::size_t pillar = 0;  // for the pillar problems
    double value = 0;        // the offending figure
    int total = 0;
    int other_total = 0;
};

// Pastes up to 2 MB are read (LinkedIn's page copies as about 5 KB of text, 300 KB of HTML).
inline constexpr std::size_t max_paste_bytes = std::size_t{2} * 1024 * 1024;

// Reads the clipboard's text and, when there is one, its HTML: the HTML's reading wins when it
// passes the checks (it keeps values that plain text may lose), else the plain text's; when
// both fail, the plain text's problem is reported (the HTML's when there is no plain text).
// An HTML part over the limit is ignored; plain text over it is refused.
PageRead read_ssi_page(std::string_view text, std::string_view html = {});

// The text of an HTML fragment, one line per block element, table cells separated by tabs,
// the value of <progress>/<meter> bars as a line of their own, entities decoded; the content of
// script, style, template, head and comments left out.
std::string html_to_text(std::string_view html);

}  // namespace ssi::app
