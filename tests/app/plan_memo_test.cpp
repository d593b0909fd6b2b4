// The plans kept between frames (app::PlanMemo): quick while input comes, exact once it rests.
#include <catch2/catch.hpp>

#include "app/state.hpp"

using namespace ssi;
using namespace ssi::app;

TEST_CASE("plan memo: quick plans while input comes, the exact plan once it rests, kept for that state") {
    // A target whose quick plan cannot be proven optimal: there the two searches differ.
    State state;
    bool found = false;
    for (int target = 1; target <= 100 && !found; ++target) {
        set_target(state, target);
        const Evaluation exact = evaluate(state);
        found = exact.plan.reachable && !core::plan_for_target(state.scenario, target, {}, core::PlanSearch::quick).exact;
    }
    REQUIRE(found);

    PlanMemo memo;
    // The same state twice in one frame (a change drawn again, getState) stays quick: the exact
    // search would take milliseconds of an input frame.
    CHECK_FALSE(evaluate(state, &memo).plan.exact);
    CHECK_FALSE(evaluate(state, &memo).plan.exact);
    CHECK(memo.last_was_quick);

    memo.rested = true;  // the platform's frame at rest
    const Evaluation rested = evaluate(state, &memo);
    CHECK(rested.plan.exact);
    CHECK(rested.plan.minutes_per_week == evaluate(state).plan.minutes_per_week);
    CHECK_FALSE(memo.last_was_quick);

    // Input again: the state planned at rest keeps its exact plan; a new state is quick.
    memo.rested = false;
    CHECK(evaluate(state, &memo).plan.exact);
    CHECK_FALSE(memo.last_was_quick);
    set_target(state, state.target + 1);
    const Evaluation moved = evaluate(state, &memo);
    CHECK(moved.plan.target == state.target);
    CHECK(memo.last_was_quick);
}
