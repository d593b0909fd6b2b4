// The calculator: the state, the views and the platform's frame loop.
#include "app/state.hpp"
#include "platform/web.hpp"

int main() {
    static ssi::app::State state;  // lives as long as the page: the frame loop outlives main()
    return ssi::platform::run_web(state);
}
