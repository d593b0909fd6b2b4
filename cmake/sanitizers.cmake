# ASan + UBSan for the native test build: a bad input that reaches undefined behaviour fails
# the tests instead of passing by luck.
add_library(ssi_sanitizers INTERFACE)
if(SSI_SANITIZE AND NOT EMSCRIPTEN)
    target_compile_options(ssi_sanitizers INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(ssi_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
# The fuzz build (clang, scripts/fuzz.sh): the same sanitizers plus libFuzzer's coverage
# instrumentation, so a fuzzer sees inside the very targets the calculator links.
if(SSI_FUZZ)
    target_compile_options(ssi_sanitizers INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(ssi_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
