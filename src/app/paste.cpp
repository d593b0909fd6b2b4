#include "app/paste.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "app/json.hpp"
#include "core/model.hpp"

namespace ssi::app {

namespace {

std::string pillar_name(app::Language language, std::size_t pillar) {
    return std::string(app::text_lookup(language, "pillar." + std::string(core::pillar_id(core::all_pillars[pillar])) + ".name"));
}

std::string number(double value) { return json::format_number(std::round(value * 1000) / 1000); }

std::optional<Reading> reading_on(const History& history, Date date) {
    for (const Reading& r : history.readings)
        if (r.date == date) return r;
    return std::nullopt;
}

json::Value pillars_json(const std::array<double, core::pillar_count>& pillars) {
    json::Value object = json::make_object();
    for (std::size_t p = 0; p < core::pillar_count; ++p)
        object.add(std::string(core::pillar_id(core::all_pillars[p])), json::make_number(pillars[p]));
    return object;
}

json::Value group_json(const GroupFigures& group) {
    json::Value object = json::make_object();
    object.add("top", group.top ? json::make_number(*group.top) : json::Value{});
    object.add("average", group.average ? json::make_number(*group.average) : json::Value{});
    object.add("pillars", group.pillars ? pillars_json(*group.pillars) : json::Value{});
    return object;
}

}  // namespace

PageRead paste_page(State& state, std::string_view pasted_text, std::string_view html, Date today, std::size_t pasted_bytes) {
    PageRead read;
    if (pasted_bytes > std::max(pasted_text.size(), max_paste_bytes)) {
        read.problem = PageProblem::too_large;
        read.value = static_cast<double>(pasted_bytes);
    } else {
        read = read_ssi_page(pasted_text, html);
    }
    if (!read.page) {
        // The notices banner keeps the latest few: a user pasting again and again sees the last.
        constexpr std::size_t most_notices = 16;
        if (state.notices.size() >= most_notices) state.notices.erase(state.notices.begin());
        state.notices.push_back(paste_problem(read, state.language));
        return read;
    }
    const SsiPage& page = *read.page;
    // What the paste replaces, for Undo; a second paste before Undo keeps the first's record, so
    // Undo still goes back to before both.
    if (!state.last_paste || state.last_paste->date != today) {
        state.last_paste = State::PasteRecord{page,
                                              state.actual_pillars,
                                              state.industry_average,
                                              state.network_average,
                                              today,
                                              reading_on(state.saved.history, today)};
    } else {
        state.last_paste->page = page;
    }
    set_actual_pillars(state, page.pillars);
    set_averages(state, page.industry.average.value_or(state.industry_average),
                 page.network.average.value_or(state.network_average));
    add_reading(state, make_reading(today, page.pillars));
    return read;
}

bool undo_paste(State& state) {
    if (!state.last_paste) return false;
    const State::PasteRecord record = std::move(*state.last_paste);
    state.last_paste.reset();
    state.actual_pillars = record.actual_pillars;
    state.industry_average = record.industry_average;
    state.network_average = record.network_average;
    if (record.replaced)
        add_reading(state, *record.replaced);
    else
        remove_reading(state, record.date);
    return true;
}

void dismiss_paste(State& state) { state.last_paste.reset(); }

std::string paste_summary(const SsiPage& page, app::Language language) {
    double sum = 0;
    std::string pillars;
    for (std::size_t p = 0; p < core::pillar_count; ++p) {
        sum += page.pillars[p];
        pillars += (p ? ", " : "") + core::format_pillar(page.pillars[p]);
    }
    std::string out = app::format_text(language, "ui.paste_read",
                                       {{"total", std::to_string(core::displayed_total(sum))}, {"pillars", pillars}});
    const std::pair<const GroupFigures*, std::string_view> groups[] = {{&page.industry, "ui.paste_industry"},
                                                                       {&page.network, "ui.paste_network"}};
    for (const auto& [group, key] : groups) {
        if (!group->top && !group->average) continue;
        const std::string dash = "\xE2\x80\x93";
        out += " " + app::format_text(language, key,
                                      {{"top", group->top ? std::to_string(*group->top) : dash},
                                       {"average", group->average ? number(*group->average) : dash}});
    }
    if (page.weekly_change) {
        const double change = *page.weekly_change;
        out += " " + (change == 0 ? app::format_text(language, "ui.paste_no_change", {})
                                  : app::format_text(language, "ui.paste_change",
                                                     {{"change", (change > 0 ? "+" : "") + number(change)}}));
    }
    return out + " " + app::format_text(language, "ui.paste_applied", {});
}

std::string paste_problem(const PageRead& read, app::Language language) {
    std::string reason;
    switch (read.problem) {
        case PageProblem::none:
            return {};
        case PageProblem::empty:
            reason = app::format_text(language, "ui.paste_empty", {});
            break;
        case PageProblem::too_large:
            reason = app::format_text(language, "ui.paste_too_large", {{"size", number(std::ceil(read.value / 1e5) / 10)}});
            break;
        case PageProblem::not_ssi_page:
            reason = app::format_text(language, "ui.paste_not_page", {});
            break;
        case PageProblem::missing_pillar:
            reason = app::format_text(language, "ui.paste_missing_pillar", {{"pillar", pillar_name(language, read.pillar)}});
            break;
        case PageProblem::pillar_out_of_range:
            reason = app::format_text(language, "ui.paste_pillar_range",
                                      {{"pillar", pillar_name(language, read.pillar)}, {"value", number(read.value)}});
            break;
        case PageProblem::total_mismatch:
            reason = app::format_text(language, "ui.paste_total_mismatch",
                                      {{"total", std::to_string(read.total)}, {"sum", number(read.value)}});
            break;
        case PageProblem::two_pages:
            reason = app::format_text(language, "ui.paste_two_pages",
                                      {{"total", std::to_string(read.total)}, {"other", std::to_string(read.other_total)}});
            break;
        case PageProblem::rank_out_of_range:
            reason = app::format_text(language, "ui.paste_rank_range", {{"value", number(read.value)}});
            break;
        case PageProblem::average_out_of_range:
            reason = app::format_text(language, "ui.paste_average_range", {{"value", number(read.value)}});
            break;
    }
    return app::format_text(language, "ui.paste_nothing_changed", {{"reason", reason}});
}

std::string page_read_json(const PageRead& read, app::Language language) {
    json::Value out = json::make_object();
    out.add("ok", json::make_bool(read.page.has_value()));
    if (!read.page) {
        out.add("problem", json::make_string(std::string(page_problem_id(read.problem))));
        out.add("message", json::make_string(paste_problem(read, language)));
        return json::write_json(out);
    }
    const SsiPage& page = *read.page;
    double sum = 0;
    for (double p : page.pillars) sum += p;
    out.add("language", json::make_string(std::string(page_language_id(page.language))));
    out.add("total", json::make_number(core::displayed_total(sum)));
    out.add("pillars", pillars_json(page.pillars));
    json::Value industry = group_json(page.industry);
    industry.add("name", page.industry_name.empty() ? json::Value{} : json::make_string(page.industry_name));
    out.add("industry", std::move(industry));
    out.add("network", group_json(page.network));
    out.add("weekly_change", page.weekly_change ? json::make_number(*page.weekly_change) : json::Value{});
    out.add("summary", json::make_string(paste_summary(page, language)));
    return json::write_json(out);
}

}  // namespace ssi::app
