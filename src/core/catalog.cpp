#include "catalog.hpp"

namespace ssi::core {

namespace {
using enum Pillar;
using enum Unit;
using enum CurveKind;
using enum Cadence;

constexpr std::string_view linkedin_help = "LinkedIn's SSI help page and its 2015 pillar breakdown";
constexpr std::string_view assumption = "our assumption";

// clang-format off
constexpr std::array<Metric, metric_count> table{{
    // ---- Establish your professional brand: the profile checklist (All-Star criteria), social
    // proof and publishing.
    {"photo",           brand, item, 0, 1, 1, 1, {checkbox, 0, 0}, 2.0, 1, "advice.multimedia", "All-Star criteria; seeds 001, 004 (A.2)", {15, once, "our assumption: choosing and uploading a good photo"}},
    {"cover",           brand, item, 0, 1, 1, 0, {checkbox, 0, 0}, 1.0, 1, "advice.multimedia", "seed 000 (cover photo)", {15, once, assumption}},
    {"headline",        brand, item, 0, 1, 1, 1, {checkbox, 0, 0}, 1.5, 1, "advice.all_star", "seeds 001, 004 (A.1)", {15, once, assumption}},
    {"about",           brand, item, 0, 1, 1, 0, {checkbox, 0, 0}, 1.5, 1, "advice.all_star", "seeds 001, 004 (A.1: extracto)", {45, once, "our assumption: a first draft of the About section"}},
    {"experience",      brand, item, 0, 1, 1, 1, {checkbox, 0, 0}, 1.5, 1, "advice.all_star", "All-Star: current position with description and 2 past positions", {45, once, "our assumption: describing the current and two past positions"}},
    {"education",       brand, item, 0, 1, 1, 1, {checkbox, 0, 0}, 1.0, 1, "advice.all_star", "All-Star criteria", {10, once, assumption}},
    {"skills",          brand, item, 0, 1, 1, 0, {checkbox, 0, 0}, 1.0, 1, "advice.all_star", "All-Star: at least 3-5 skills", {10, once, assumption}},
    {"featured",        brand, item, 0, 1, 1, 0, {checkbox, 0, 0}, 1.0, 1, "advice.multimedia", "seeds 000, 004 (A.2: presentations, videos)", {30, once, assumption}},
    {"endorsements",    brand, count, 0, 500, 1, 5, {log_normal, 20, 99}, 2.0, 10, "advice.social_proof", assumption, {20, once, "our assumption: endorsing and asking 10 contacts"}},
    {"recommendations", brand, count, 0, 100, 1, 0, {log_normal, 3, 12}, 2.0, 2, "advice.social_proof", assumption, {30, once, "our assumption: asking 2 clients or colleagues, with a draft"}},
    {"articles",        brand, count, 0, 200, 1, 0, {log_normal, 4, 24}, 2.0, 2, "advice.publish", "seed 004 (A.4, Pulse); 2 a month earns 90%: our assumption", {180, once, "our assumption: about 90 minutes an article"}},
    {"followers",       brand, count, 0, 50000, 10, 150, {log_normal, 500, 5000}, 2.0, 250, "advice.publish", assumption, {30, weekly, "our assumption: inviting and answering followers"}},

    // ---- Find the right people.
    {"searches",        people, per_week, 0, 200, 1, 2, {log_normal, 10, 50}, 2.0, 10, "advice.search_filters", linkedin_help, {10, weekly, "our assumption: about a minute a search"}},
    {"views_made",      people, per_week, 0, 500, 1, 3, {log_normal, 20, 100}, 2.5, 20, "advice.second_degree", "LinkedIn help: target-customer profiles viewed; counts: our assumption", {20, weekly, "our assumption: about a minute a profile"}},
    {"views_received",  people, per_week, 0, 2000, 1, 5, {log_normal, 25, 150}, 1.5, 10, "advice.follow_viewers", linkedin_help, {15, weekly, "our assumption: visibility from activity that others see"}},
    {"leads_saved",     people, per_month, 0, 500, 1, 0, {log_normal, 10, 50}, 2.0, 10, "advice.beyond_suggestions", "LinkedIn help: leads saved (Sales Navigator)", {5, weekly, "our assumption: 10 leads a month, half a minute each"}},
    {"active_days",     people, days_per_week, 0, 7, 1, 2, {log_normal, 3, 6}, 2.0, 1, "advice.daily", "coaches' target: log in every day", {10, weekly, "our assumption: one more short session a week"}},

    // ---- Engage with insights.
    {"reactions",       insights, per_week, 0, 500, 1, 3, {log_normal, 10, 50}, 1.5, 10, "advice.interact", assumption, {10, weekly, "our assumption: about a minute a reaction, reading included"}},
    {"comments",        insights, per_week, 0, 300, 1, 1, {log_normal, 7, 35}, 2.0, 5, "advice.interact", "coaches' target: ~5 comments a day (35 a week) earns 90%", {25, weekly, "our assumption: about 5 minutes a thoughtful comment"}},
    {"posts",           insights, per_week, 0, 30, 1, 0, {log_normal, 1, 3}, 2.0, 1, "advice.own_content", "coaches' target: ~3 posts a week earns 90%", {45, weekly, "our assumption: about 45 minutes to write a post"}},
    {"engagement",      insights, per_post, 0, 5000, 1, 0, {log_normal, 15, 100}, 1.5, 10, "advice.own_content", assumption, {15, weekly, "our assumption: answering comments on your posts"}},
    {"shares",          insights, per_week, 0, 100, 1, 0, {log_normal, 1, 5}, 1.0, 2, "advice.share_others", assumption, {10, weekly, "our assumption: about 5 minutes a share with a note"}},
    {"groups",          insights, count, 0, 100, 1, 1, {log_normal, 2, 6}, 1.0, 1, "advice.groups", "seed 004 (C.4)", {15, weekly, "our assumption: taking part in one more group"}},
    {"messages",        insights, per_week, 0, 500, 1, 3, {log_normal, 10, 40}, 1.5, 10, "advice.direct_messages", assumption, {30, weekly, "our assumption: about 3 minutes a message"}},
    {"inmail_rate",     insights, percent, 0, 100, 1, 5, {rate, 13, 0}, 1.5, 5, "advice.personalise", "LinkedIn warned recruiters below 13%; 3-8% generic, 18-25% personalised", {20, weekly, "our assumption: personalising the week's InMails"}},
    {"reply_hours",     insights, hours, 0, 168, 1, 48, {log_normal_lower_better, 24, 4}, 1.0, -12, "advice.direct_messages", "LinkedIn help: speed of replying; hours: our assumption", {10, weekly, "our assumption: checking messages twice a day"}},

    // ---- Build relationships.
    {"connections",     relationships, count, 0, 30000, 10, 150, {log_normal, 500, 3000}, 3.0, 100, "advice.grow_network", "500+ is where LinkedIn stops counting; All-Star needs 50", {100, once, "our assumption: about a minute per new connection, note included"}},
    {"decision_makers", relationships, count, 0, 5000, 1, 5, {log_normal, 50, 400}, 2.5, 10, "advice.leaders", "LinkedIn help: VP/C-level and decision-maker connections; counts: our assumption", {30, once, "our assumption: about 3 minutes to find and invite each"}},
    {"coworkers",       relationships, count, 0, 2000, 1, 10, {log_normal, 20, 100}, 1.0, 10, "advice.coworkers", "LinkedIn help: connections with coworkers; seed 004 (D.1)", {10, once, "our assumption: a minute each"}},
    {"acceptance_rate", relationships, percent, 0, 100, 1, 25, {rate, 30, 0}, 2.0, 10, "advice.quality_invites", "10-20% without a note, 40-55% with one; seed 004 (D.3)", {15, weekly, "seed 004 (D.3): a personal note with each invitation; minutes: our assumption"}},
}};
// clang-format on
}  // namespace

const std::array<Metric, metric_count> catalog = table;

std::string_view pillar_id(Pillar pillar) {
    switch (pillar) {
        case Pillar::brand:
            return "brand";
        case Pillar::people:
            return "people";
        case Pillar::insights:
            return "insights";
        case Pillar::relationships:
            return "relationships";
    }
    return "brand";
}

std::string_view unit_id(Unit unit) {
    switch (unit) {
        case Unit::item:
            return "item";
        case Unit::count:
            return "count";
        case Unit::per_week:
            return "per_week";
        case Unit::per_month:
            return "per_month";
        case Unit::per_post:
            return "per_post";
        case Unit::percent:
            return "percent";
        case Unit::hours:
            return "hours";
        case Unit::days_per_week:
            return "days_per_week";
    }
    return "count";
}

std::optional<std::size_t> find_metric(std::string_view id) {
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (catalog[i].id == id) return i;
    return std::nullopt;
}

}  // namespace ssi::core
