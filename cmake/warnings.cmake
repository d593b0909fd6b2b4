# Strict warnings for our own targets (never for Dear ImGui's sources).
add_library(ssi_warnings INTERFACE)
target_compile_options(ssi_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)
