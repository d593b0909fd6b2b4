# Emscripten specifics, all in one place.
if(NOT EMSCRIPTEN)
    return()
endif()

# Linking at -O2+ runs Emscripten's JS optimizer, which needs acorn: Debian ships it under
# /usr/share/nodejs, where Node 20 does not look by itself.
# Closure Compiler comes from npm (scripts/setup.sh): Debian's is too old for Emscripten 3.1.6.
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
    EM_CLOSURE_COMPILER=${PROJECT_SOURCE_DIR}/node_modules/google-closure-compiler-linux/compiler)

# Smallest code: -Oz at compile and link (wasm-opt too) for the shipped page.
set(CMAKE_CXX_FLAGS_MINSIZEREL "-Oz -DNDEBUG" CACHE STRING "" FORCE)
set(CMAKE_C_FLAGS_MINSIZEREL "-Oz -DNDEBUG" CACHE STRING "" FORCE)
add_link_options($<$<CONFIG:MinSizeRel>:-Oz>)
# Emscripten 3.1.6 adds -fno-inline-functions to -Os and -Oz (its INLINING_LIMIT setting), and
# keeps it even after a later -O2. Letting LLVM inline what it judges worth it at -Oz makes the
# program both smaller (-8 KB gzip: calls to tiny accessors vanish) and faster (frames take
# about half the time).
add_compile_options($<$<CONFIG:MinSizeRel>:-sINLINING_LIMIT=0>)
# Link-time optimisation: a smaller download for the same code.
add_compile_options($<$<CONFIG:MinSizeRel>:-flto>)
add_link_options($<$<CONFIG:MinSizeRel>:-flto>)

# Tests run under node through ctest. emcmake's default emulator passes a flag Node 20 rejects.
set(CMAKE_CROSSCOMPILING_EMULATOR /usr/bin/node CACHE FILEPATH "" FORCE)

# Flags for programs run by node (tests, benchmarks): synchronous compilation, because the
# 3.1.6 loader breaks on Node 20's built-in fetch.
add_library(ssi_node_program INTERFACE)
target_link_options(ssi_node_program INTERFACE
    -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1)
