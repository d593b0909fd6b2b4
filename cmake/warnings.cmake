# Strict warnings for our own targets (never for Dear ImGui's sources).
add_library(ssi_warnings INTERFACE)
target_compile_options(ssi_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wformat=2 -Werror
    # GCC 12 at -O2/-O3 reports std::string's own memcpy in `"text" + string` as overlapping
    # (GCC bug 105329, a false positive in libstdc++'s inlined code).
    $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
