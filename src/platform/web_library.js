// C++ -> page calls, linked into ssi.js with --js-library.
mergeInto(LibraryManager.library, {
  // The state changed (a slider moved, setInputs was called): the page mirrors it out.
  ssi_js_state_changed: function () {
    if (typeof Module['onStateChanged'] === 'function') Module['onStateChanged']();
  },
  // Sizes the canvas's backing store and tells GLFW. glfwSetWindowSize would instead go
  // fullscreen when the size happens to equal the screen's (Emscripten 3.1.6's GLFW).
  ssi_js_set_canvas_size__deps: ['$Browser'],
  ssi_js_set_canvas_size: function (width, height) {
    Browser.setCanvasSize(width, height);
  },
  // The page's colour scheme, for the "auto" theme.
  ssi_js_prefers_dark: function () {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
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
});
