# Writes DIST/sw.js from TEMPLATE (web/sw.js): the files a served page needs, and a version that
# is a hash of their contents, so that any change to any of them is a new version for browsers.
# ssi-single.js (file:// and sandboxed frames, which have no service worker) and the embedding
# files (they run on the host's site) are not cached.
set(files index.html page.js style.css ssi.js ssi.wasm ssi.deferred.wasm favicon.svg manifest.webmanifest
          card.js report.js i18n/fr.txt i18n/es.txt icons/icon-192.png icons/icon-512.png icons/icon.svg)
set(hashes "")
set(quoted "")
foreach(file ${files})
    if(NOT EXISTS "${DIST}/${file}")
        message(FATAL_ERROR "service worker: ${DIST}/${file} is missing")
    endif()
    file(SHA256 "${DIST}/${file}" hash)
    string(APPEND hashes "${file}:${hash}\n")
    list(APPEND quoted "'${file}'")
endforeach()
string(SHA256 version "${hashes}")
string(SUBSTRING "${version}" 0 16 version)
list(JOIN quoted ", " quoted)
file(READ "${TEMPLATE}" text)
string(REPLACE "@VERSION@" "${version}" text "${text}")
string(REPLACE "@FILES@" "${quoted}" text "${text}")
file(CONFIGURE OUTPUT "${DIST}/sw.js" CONTENT "${text}" @ONLY)
