// C++ -> page calls, linked into ssi.js with --js-library.
mergeInto(LibraryManager.library, {
  // The state changed (a slider moved, setInputs was called): the page mirrors it out.
  ssi_js_state_changed: function () {
    if (typeof Module['onStateChanged'] === 'function') Module['onStateChanged']();
  },
  // The page's own start-up (listeners, mirrors, 'ready'): after the first frame, or when the
  // GPU context is lost before there was one (web.cpp: start_page).
  ssi_js_start_page: function () {
    if (typeof Module['startPage'] === 'function') Module['startPage']();
  },
  // Sizes the canvas's backing store and tells GLFW. glfwSetWindowSize would instead go
  // fullscreen when the size happens to equal the screen's (Emscripten 3.1.6's GLFW).
  ssi_js_set_canvas_size__deps: ['$Browser'],
  ssi_js_set_canvas_size: function (width, height) {
    Browser.setCanvasSize(width, height);
  },
  // The canvas's size in CSS pixels. Measured when it changes (a ResizeObserver), not every
  // frame: getBoundingClientRect in each frame cost 100 µs or more of layout.
  $ssiCanvasSize: null,
  ssi_js_canvas_css_size__deps: ['$ssiCanvasSize'],
  ssi_js_canvas_css_size: function (width, height) {
    var canvas = Module['canvas'];
    var measure = function () {
      var box = canvas.getBoundingClientRect();
      ssiCanvasSize = [box.width, box.height];
    };
    if (!ssiCanvasSize || typeof ResizeObserver !== 'function') {
      measure();
      if (typeof ResizeObserver === 'function') {
        new ResizeObserver(function () {
          var before = ssiCanvasSize;
          measure();
          // Its first call, right after observe(), brings the size just measured: no frames
          // for that (on a phone each start-up frame is a long task).
          if (ssiCanvasSize[0] !== before[0] || ssiCanvasSize[1] !== before[1]) Module['_ssi_wake']();
        }).observe(canvas);
      }
    }
    HEAPF64[width >> 3] = ssiCanvasSize[0];
    HEAPF64[height >> 3] = ssiCanvasSize[1];
  },
  // The page's colour scheme, for the "auto" theme. The query is made once and its answer kept
  // until it changes: asked every frame, matchMedia cost 40 µs, and reading .matches 10-20.
  $ssiDarkQuery: null,
  $ssiDark: 0,
  ssi_js_prefers_dark__deps: ['$ssiDarkQuery', '$ssiDark'],
  ssi_js_prefers_dark: function () {
    if (!ssiDarkQuery && window.matchMedia) {
      ssiDarkQuery = window.matchMedia('(prefers-color-scheme: dark)');
      ssiDark = ssiDarkQuery.matches ? 1 : 0;
      ssiDarkQuery.addEventListener('change', function (event) { ssiDark = event.matches ? 1 : 0; });
    }
    return ssiDark;
  },
  // The browser's preferred languages, most preferred first, comma-separated, into buffer.
  ssi_js_browser_languages: function (buffer, size) {
    var list = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || 'en'];
    stringToUTF8(list.join(','), buffer, size);
  },
  // The link's hash (#...), at most size - 1 bytes of it: the rest is reported as too long by
  // the codec, which sees the cut.
  ssi_js_location_hash: function (buffer, size) {
    stringToUTF8(location.hash.slice(0, size), buffer, size);
  },
  // Share: copy the calculator's link (the current page with this state's hash).
  ssi_js_share: function (hash) {
    if (typeof Module['share'] === 'function') Module['share'](UTF8ToString(hash));
  },
  // Storage: write the saved document; 1 when stored, 0 when the browser refuses (web/storage.js).
  ssi_js_store: function (json) {
    return typeof Module['store'] === 'function' && Module['store'](UTF8ToString(json)) ? 1 : 0;
  },
  // "Save image": the page draws the score card and shares or downloads it (web/bridge.js).
  ssi_js_save_image: function () {
    if (typeof Module['saveImage'] === 'function') Module['saveImage']();
  },
  // "Print report": the browser prints the report the page builds (web/report.js).
  ssi_js_print_report: function () {
    setTimeout(function () { window.print(); }, 0);  // after the frame: print() blocks
  },
  // Read storage and open the page (web/storage.js calls ssi_open_page).
  ssi_js_open_storage: function () {
    if (typeof Module['openStorage'] === 'function') Module['openStorage']();
    else Module['ccall']('ssi_open_page', 'number', ['string', 'string', 'string', 'number'], ['', '', '', 0]);
  },
  // What storage holds under the calculator's key now, in the program's heap (it frees it).
  ssi_js_stored_document: function () {
    return allocateUTF8(typeof Module['readStored'] === 'function' ? Module['readStored']() : '');
  },
  // Save a file the views produced (an export), or the unreadable data kept at start.
  ssi_js_download: function (filename, mime, content) {
    if (typeof Module['download'] === 'function') Module['download'](UTF8ToString(filename), UTF8ToString(mime), UTF8ToString(content));
  },
  ssi_js_download_backup: function (key) {
    if (typeof Module['downloadBackup'] === 'function') Module['downloadBackup'](UTF8ToString(key));
  },
  // Ask the user for a file to import; the page calls ssi_import_text with its content.
  ssi_js_pick_import: function () {
    if (typeof Module['pickImport'] === 'function') Module['pickImport']();
  },
  // "Paste from LinkedIn": the page reads the clipboard or opens its paste box (web/paste.js).
  ssi_js_request_paste: function () {
    if (typeof Module['requestPaste'] === 'function') Module['requestPaste']();
  },
  // The texts of a language ssi.js does not carry: the page fetches them and calls ssi_set_texts.
  ssi_js_load_texts: function (lang) {
    if (typeof Module['loadTexts'] === 'function') Module['loadTexts'](UTF8ToString(lang));
  },
  // The field being edited, for the page's text input (web/text_input.js); positions in CSS
  // pixels from the canvas's top left, selection in UTF-8 bytes.
  ssi_js_text_field: function (editing, x, y, width, height, label, text, numeric, selectStart, selectEnd) {
    if (typeof Module['textField'] === 'function') {
      Module['textField']({ 'editing': !!editing, 'x': x, 'y': y, 'width': width, 'height': height, 'label': UTF8ToString(label),
                            'text': UTF8ToString(text), 'numeric': !!numeric, 'selectStart': selectStart, 'selectEnd': selectEnd });
    }
  },
  // ImGui copied text (Ctrl+C in a field it handles itself): to the browser's clipboard.
  ssi_js_copy: function (text) {
    var value = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(function () {});
  },
  // A short message over the canvas (the GPU context was lost); "" hides it.
  ssi_js_show_status: function (text) {
    var status = document.getElementById('status');
    if (!status) return;
    status.textContent = UTF8ToString(text);
    status.hidden = !status.textContent;
  },
  // <html lang> and the title follow the chosen language.
  ssi_js_set_document_language: function (lang, title) {
    document.documentElement.lang = UTF8ToString(lang);
    document.title = UTF8ToString(title);
    var heading = document.getElementById('heading');
    if (heading) heading.textContent = document.title;
  },
  // The UI font for the atlas builder (platform/web_fonts.cpp). The browser rasterises it: the
  // bytes become a FontFace ('SSI UI'; an ArrayBuffer source is parsed at once, no network),
  // measured and drawn on 2D canvases.
  $ssiFontContext: function (css) {
    if (!ssiFontContext.context) ssiFontContext.context = document.createElement('canvas').getContext('2d');
    ssiFontContext.context.font = css + 'px ' + ssiFontContext.family;
    return ssiFontContext.context;
  },
  // bytes: the CSS font-family list (cmake/font.cmake); system fonts need no loading.
  ssi_js_font_open__deps: ['$ssiFontContext'],
  ssi_js_font_open: function (bytes, size, metrics) {
    ssiFontContext.family = UTF8ToString(bytes, size);
    // The font's line box at 1000 px: ImGui sizes a font by ascent + descent.
    var line = ssiFontContext(1000).measureText('H');
    var ascent = line.fontBoundingBoxAscent, descent = line.fontBoundingBoxDescent;
    if (ascent > 0 && descent >= 0) {
      HEAPF64[metrics >> 3] = ascent / (ascent + descent);
      HEAPF64[(metrics >> 3) + 1] = 1000 / (ascent + descent);
    }
  },
  // advance, left, top, right, bottom of each codepoint, whole pixels around the ink.
  ssi_js_font_measure__deps: ['$ssiFontContext'],
  ssi_js_font_measure: function (css, codepoints, count, out) {
    var context = ssiFontContext(css);
    for (var i = 0; i < count; i++) {
      var m = context.measureText(String.fromCodePoint(HEAPU32[(codepoints >> 2) + i]));
      var o = (out >> 2) + i * 5;
      HEAPF32[o] = m.width;
      HEAPF32[o + 1] = Math.floor(-m.actualBoundingBoxLeft);
      HEAPF32[o + 2] = Math.floor(-m.actualBoundingBoxAscent);
      HEAPF32[o + 3] = Math.ceil(m.actualBoundingBoxRight);
      HEAPF32[o + 4] = Math.ceil(m.actualBoundingBoxDescent);
    }
  },
  // Every glyph in one pass on one canvas; its alpha is the atlas.
  ssi_js_font_render__deps: ['$ssiFontContext'],
  ssi_js_font_render: function (glyphs, count, width, height, pixels) {
    var canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    var context = canvas.getContext('2d', { 'willReadFrequently': true });
    context.fillStyle = '#fff';
    var size = 0;
    for (var i = 0; i < count; i++) {
      var g = (glyphs >> 2) + i * 4;
      if (HEAPF32[g + 1] !== size) {
        size = HEAPF32[g + 1];
        context.font = size + 'px ' + ssiFontContext.family;
      }
      context.fillText(String.fromCodePoint(HEAPF32[g]), HEAPF32[g + 2], HEAPF32[g + 3]);
    }
    var rgba = context.getImageData(0, 0, width, height).data;
    for (var p = 0, n = width * height; p < n; p++) HEAPU8[pixels + p] = rgba[p * 4 + 3];
  },
  // Numbers to and from text (platform/web_numbers.cpp): the browser's correctly rounded
  // conversions. value >= 0 and finite. toFixed and toExponential round exact ties away from
  // zero where C rounds them to even, so a possible tie (a 5 one digit further) is redone
  // exactly, in BigInt; toFixed writes exponents from 1e21, BigInt does not.
  $ssiExactDigits: function (value, decimals) {
    // round-half-even(value * 10^decimals) as a BigInt, value = mantissa * 2^exponent exactly.
    // (BigInt() rather than 1n literals: Emscripten 3.1.6's JavaScript optimiser predates them.)
    var one = BigInt(1), two = BigInt(2), ten = BigInt(10);
    var bits = new DataView(new ArrayBuffer(8));
    bits.setFloat64(0, value);
    var high = bits.getUint32(0), biased = (high >>> 20) & 0x7ff;
    var mantissa = (BigInt(high & 0xfffff) << BigInt(32)) | BigInt(bits.getUint32(4));
    if (biased) mantissa |= one << BigInt(52);
    var exponent = (biased || 1) - 1075;
    var num = mantissa, den = one;
    // 10^|decimals| by squaring (not **, which Closure Compiler may turn into Math.pow).
    var power = one;
    for (var base = ten, n = Math.abs(decimals); n; n >>= 1, base *= base) if (n & 1) power *= base;
    if (decimals >= 0) num *= power; else den *= power;
    if (exponent >= 0) num <<= BigInt(exponent); else den <<= BigInt(-exponent);
    var q = num / den, twice = two * (num - q * den);
    if (twice > den || (twice === den && q % two === one)) q += one;
    return q;
  },
  ssi_js_number_text__deps: ['$ssiExactDigits'],
  ssi_js_number_text: function (value, exponential, precision, out, size) {
    var text;
    if (!exponential) {
      if (value >= 1e21) {
        text = BigInt(value).toString() + (precision > 0 ? '.' + '0'.repeat(precision) : '');
      } else {
        text = value.toFixed(precision);
        if (precision < 100 && /5$/.test(value.toFixed(precision + 1))) {
          var digits = ssiExactDigits(value, precision).toString().padStart(precision + 1, '0');
          text = precision ? digits.slice(0, -precision) + '.' + digits.slice(-precision) : digits;
        }
      }
    } else {
      text = value.toExponential(precision);
      if (value && precision < 100 && /5e/.test(value.toExponential(precision + 1))) {
        var x = Number(text.split('e')[1]), q;
        // The exponent may move by one where the two roundings differ across a power of ten.
        for (;;) {
          q = ssiExactDigits(value, precision - x).toString();
          if (q.length > precision + 1) ++x; else if (q.length < precision + 1) --x; else break;
        }
        text = q[0] + (precision ? '.' + q.slice(1) : '') + 'e' + (x < 0 ? '-' : '+') + Math.abs(x);
      }
    }
    return stringToUTF8(text, out, size);
  },
  ssi_js_number: function (text) {
    return Number(UTF8ToString(text));
  },
});
