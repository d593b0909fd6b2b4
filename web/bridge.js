// The page side of the calculator: configures the Emscripten module and loads the program,
// wakes the sleeping frame loop on input, and exposes window.SSI (documented in README.md).
// accessibility.js and host.js build on SSI.on('ready' | 'change').
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('status');
  const listeners = { ready: [], change: [] };
  const emit = (event) => listeners[event].forEach((listener) => listener());
  let ready = false;
  // The page's mirrors (accessible controls, host page, address bar, storage) hear of changes
  // after the frame, at most every 100 ms: during a drag the state changes every frame, and
  // reading it out each time cost the main thread as much as drawing it.
  let changePending = false;
  let changeQuietUntil = 0;
  function changed() {
    if (changePending) return;
    changePending = true;
    setTimeout(() => {
      changePending = false;
      changeQuietUntil = performance.now() + 100;
      emit('change');
    }, Math.max(0, changeQuietUntil - performance.now()));
  }

  const Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    // After the first frame (ssi_js_start_page), not main(): the page shows before its
    // listeners and mirrors are set up.
    startPage: () => {
      ready = true;
      status.hidden = true;
      startWakeListeners();
      deferredCodeAfterFirstFrame();  // first: a listener that throws must not keep it out
      emit('ready');
    },
    onAbort: (what) => {
      status.hidden = false;
      status.textContent = 'The calculator stopped: ' + what;
    },
    // Listeners hear of the state from 'ready' on.
    onStateChanged: () => { if (ready) changed(); },
    // The Share button: copy the link to this state; say how it went.
    share: async (hash) => {
      keepAddressInStep();
      const link = location.href.split('#')[0] + hash;
      let copied = false;
      try {
        await navigator.clipboard.writeText(link);
        copied = true;
      } catch {
        // No clipboard API here (insecure context, sandboxed frame): the old way.
        const area = document.createElement('textarea');
        area.value = link;
        area.readOnly = true;
        area.className = 'visually-hidden';
        document.body.append(area);
        area.select();
        try { copied = document.execCommand('copy'); } catch { copied = false; }
        area.remove();
      }
      Module._ssi_share_done(copied ? 1 : 0);
    },
  };

  // The address bar always holds the current state, so a reload or a bookmark keeps it.
  let addressTimer = 0;
  function keepAddressInStep() {
    clearTimeout(addressTimer);
    const hash = Module.UTF8ToString(Module._ssi_url_hash());
    const address = hash || location.pathname + location.search;
    try { history.replaceState(null, '', address); } catch { /* some sandboxes forbid it */ }
  }
  listeners.change.push(() => {
    clearTimeout(addressTimer);
    addressTimer = setTimeout(keepAddressInStep, 250);
  });
  window.Module = Module;

  // The program: ssi.js fetches ssi.wasm beside it; where the page has no origin to fetch from
  // (file://, or an iframe sandboxed without allow-same-origin) ssi-single.js carries the wasm.
  const opaqueOrigin = location.protocol === 'file:' || self.origin === 'null';
  let compiled = null;  // ssi.wasm, compiled
  let primaryModule = null;  // the same, once it is
  let deferredLoad = null;  // ssi.deferred.wasm (below): being fetched and compiled,
  let deferredModule = null;  // compiled
  let deferredInstance = null;  // and in the program
  if (opaqueOrigin) {
    // Emscripten's loader fetches the wasm even when it is a data: URL, which the page's
    // Content-Security-Policy rightly refuses; answer such fetches from memory instead.
    const networkFetch = window.fetch.bind(window);
    window.fetch = (resource, options) => {
      const url = String(resource);
      if (!url.startsWith('data:application/octet-stream;base64,')) return networkFetch(resource, options);
      const text = atob(url.slice(url.indexOf(',') + 1));
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
      return Promise.resolve(new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } }));
    };
  } else {
    // A served page fetches and compiles ssi.wasm at once, while ssi.js downloads: Emscripten's
    // loader would only start once ssi.js runs. Servers that send wasm without its MIME type
    // get the slower, non-streaming compilation.
    compiled = fetch('ssi.wasm', { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return WebAssembly.compileStreaming(response.clone())
        .catch(() => response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)));
    });
    compiled.then((module) => { primaryModule = module; }, () => {});  // a failure is reported below
    // A page the service worker serves has the program's second part in its cache: it is in
    // before main() runs, so no call can come before it (offline, none could load it later).
    const servedByWorker = !!navigator.serviceWorker?.controller;
    if (servedByWorker) loadDeferredCode();
    Module.instantiateWasm = (imports, receive) => {
      Promise.all([compiled, servedByWorker && deferredLoad.catch(() => {})])
        .then(([module]) => WebAssembly.instantiate(module, imports).then((instance) => {
          try {
            if (deferredModule) instantiateDeferred(deferredModule, instance.exports);
          } catch {
            // not this build's: a call into it loads it again, and says so if it cannot
          }
          receive(instance, module);
        }))
        .catch((error) => Module.onAbort('ssi.wasm could not be loaded (' + error.message + ')'));
      return {};
    };
  }

  // ssi.wasm holds the code the start-up runs; the rest of the program is in ssi.deferred.wasm
  // (scripts/split_wasm.mjs). A first visit fetches it after the first frame, while nobody has
  // touched anything yet; a page the service worker serves, at once (above). Its functions fill
  // the program's table when it is instantiated; a call to one of them before then lands in
  // loadSplitModule (through Emscripten's placeholder), which loads it at once, synchronously
  // (a synchronous request, which Chromium's and Safari's service workers do not answer). Both
  // parts carry the id of the build that made them (a custom section), so a part from another
  // deployment (an old copy in the HTTP cache) is refused, not linked. ssi-single.js is one
  // whole program: nothing deferred.
  function loadDeferredCode() {
    if (compiled && !deferredLoad) {
      deferredLoad = (async () => {
        await compiled;
        // A program split in two imports placeholders (one linked whole, for a profile, does not).
        if (!WebAssembly.Module.imports(primaryModule).some((entry) => entry.module === 'placeholder')) return;
        if (deferredModule) return;  // already loaded at once, by a call into it
        const response = await fetch('ssi.deferred.wasm', { credentials: 'same-origin' });
        if (!response.ok) throw new Error('HTTP ' + response.status);
        const module = await WebAssembly.compile(await response.arrayBuffer());
        deferredModule = deferredModule || module;
      })();
      deferredLoad.catch(() => {});  // a call into it will try again, and say so if it cannot
    }
    return deferredLoad;
  }
  const buildOf = (module) => {
    const section = WebAssembly.Module.customSections(module, 'ssi-build')[0];
    return section ? new TextDecoder().decode(section) : '';
  };
  function instantiateDeferred(module, primary = Module.asm) {
    if (deferredInstance) return;
    if (primaryModule && buildOf(module) !== buildOf(primaryModule)) throw new Error('it is from another version of the site');
    deferredInstance = new WebAssembly.Instance(module, { primary });
  }
  const deferredCodeAfterFirstFrame = () => loadDeferredCode()
    ?.then(() => { if (deferredModule) instantiateDeferred(deferredModule); })
    .catch(() => {});  // as above
  Module.loadSplitModule = () => {
    try {
      if (!deferredModule) {
        const request = new XMLHttpRequest();
        request.open('GET', 'ssi.deferred.wasm', false);
        request.overrideMimeType('text/plain; charset=x-user-defined');  // the bytes, as they are
        request.send();
        if (request.status !== 200) throw new Error('HTTP ' + request.status);
        const text = request.responseText;
        const bytes = new Uint8Array(text.length);
        for (let i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i) & 0xff;
        deferredModule = new WebAssembly.Module(bytes);
      }
      instantiateDeferred(deferredModule);
    } catch (error) {
      Module.onAbort('part of its code, ssi.deferred.wasm, could not be loaded (' +
                     (error.name === 'NetworkError' ? 'no network' : error.message) + '); reload the page');
      throw error;
    }
  };
  // ssi.js carries the English texts only; the page's language, when it is another, is fetched
  // beside ssi.wasm and handed over before main() draws the first frame (ssi-single.js has all).
  const texts = {};
  const fetchTexts = (lang) => texts[lang] || (texts[lang] = fetch('i18n/' + lang + '.txt', { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '')
    .then((text) => { texts[lang].text = text; return text; }));
  const setTexts = (lang, text) => {
    if (text) Module.ccall('ssi_set_texts', null, ['string', 'string'], [lang, text]);
  };
  // The languages the build carries, the first the fallback (SSI_LANGUAGES in cmake/texts.cmake,
  // written into index.html by the build).
  const languages = (document.documentElement.dataset.languages || 'en').split(' ');
  // As the program decides it: the link's lang=, else the one of the work kept at the last
  // visit (web/storage.js), else the browser's first language we speak.
  const guessLanguage = () => {
    const lang = /(?:^#|&)lang=([^&"]*)/;
    let kept = null;
    try {
      const key = localStorage.getItem('ssi-calculator:working');
      kept = key && lang.exec(JSON.parse(localStorage.getItem(key)).link.replace(/^#/, '&'));
    } catch { /* nothing kept, or storage blocked */ }
    const link = lang.exec(location.hash) || kept;
    let tags = navigator.languages || [navigator.language || 'en'];
    try { if (link) tags = [decodeURIComponent(link[1])]; } catch { /* a malformed escape: the browser's */ }
    for (const tag of tags) {
      const primary = String(tag).slice(0, 2).toLowerCase();
      if (languages.includes(primary)) return primary;
    }
    return languages[0];
  };
  Module.loadTexts = (lang) => {
    const pending = fetchTexts(lang);
    if (pending.text !== undefined) setTexts(lang, pending.text);  // already here: this frame
    else pending.then((text) => setTexts(lang, text));
  };
  if (!opaqueOrigin && guessLanguage() !== languages[0]) {
    const pending = fetchTexts(guessLanguage());
    Module.preRun = [() => {
      Module.addRunDependency('texts');
      pending.then(() => Module.removeRunDependency('texts'));
    }];
  }

  const program = document.createElement('script');
  program.src = opaqueOrigin ? 'ssi-single.js' : 'ssi.js';
  program.onerror = () => {
    status.textContent = 'The calculator could not be loaded (' + program.src + ').';
  };
  document.body.appendChild(program);

  // The frame loop pauses when nothing changes; any input wakes it. A touch also tells the
  // program where the finger is before GLFW reports the press (capture phase runs first).
  function startWakeListeners() {
    // Keyboard focus inside an iframe: the canvas has it from the start, and takes it again on
    // a press (web/text_input.js, which gives it to its text input on a text field). Before the
    // listeners: this focus event is no input, and would draw frames for nothing.
    canvas.focus();
    const wake = () => Module._ssi_wake();
    const pointer = (event) => {
      if (event.target !== canvas) return wake();
      const rect = canvas.getBoundingClientRect();
      const point = event.touches ? event.changedTouches[0] : event;
      Module._ssi_pointer(point.clientX - rect.left, point.clientY - rect.top, event.touches ? 1 : 0);
    };
    const options = { capture: true, passive: true };
    for (const type of ['touchstart', 'touchmove', 'mousedown', 'mousemove']) {
      window.addEventListener(type, pointer, options);
    }
    for (const type of ['touchend', 'touchcancel', 'mouseup', 'wheel', 'keydown', 'keyup', 'resize',
                        'focus', 'blur', 'mouseleave', 'visibilitychange']) {
      window.addEventListener(type, wake, options);
    }
    // Browser zoom and moving to another screen change the device pixel ratio without a
    // resize; the colour scheme can change at any time (the "auto" theme follows it).
    const watchRatio = () => {
      matchMedia('(resolution: ' + devicePixelRatio + 'dppx)').addEventListener('change', () => {
        wake();
        watchRatio();
      }, { once: true });
    };
    watchRatio();
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', wake);
    // A link opened in this tab changes only the hash: start again from it.
    window.addEventListener('hashchange', () => {
      Module.ccall('ssi_apply_link', null, ['string'], [location.hash.slice(0, 16384)]);
    });
  }

  const json = (pointer) => JSON.parse(Module.UTF8ToString(pointer));

  // A script of the site loaded on first use (once; again after a failure): resolves to the
  // global it defines.
  const lazyScript = (src, global) => {
    let pending = null;
    return () => pending || (pending = new Promise((done, fail) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => done(window[global]);
      script.onerror = () => {
        pending = null;
        fail(new Error(src + ' could not be loaded'));
      };
      document.head.append(script);
    }));
  };
  // The score card's drawing code, loaded the first time a card is asked for.
  const loadCard = lazyScript('card.js', 'SSICard');
  const scoreCard = async () => {
    if (!ready) throw new Error('the calculator is still loading');
    return (await loadCard()).draw(json(Module._ssi_score_card_json()));
  };
  // The printed report (web/report.js): loaded once the calculator is drawn, so that it is there,
  // synchronously, when the browser is about to print; built afresh before each print.
  const loadReport = lazyScript('report.js', 'SSIReport');
  const buildReport = () => {
    if (!ready || !window.SSIReport) return null;
    return window.SSIReport.build(json(Module._ssi_report_json()));
  };
  window.addEventListener('beforeprint', buildReport);
  listeners.ready.push(() => setTimeout(() => loadReport().catch(() => {}), 500));

  // "Save image": shared where the browser shares files (phones), else downloaded.
  Module.saveImage = async () => {
    try {
      const blob = await scoreCard();
      const name = 'ssi-' + new Date().toISOString().slice(0, 10) + '.png';
      const file = new File([blob], name, { type: 'image/png' });
      if (navigator.canShare && navigator.canShare({ files: [file] })) {
        await navigator.share({ files: [file] }).catch(() => {});  // cancelled: nothing to do
        return;
      }
      Module.download(name, 'image/png', blob);
    } catch (error) {
      window.SSI.notify(String(error.message || error));
    }
  };

  window.SSI = {
    // The calculator's state with the values as displayed; null while loading.
    getState: () => (ready ? json(Module._ssi_state_json()) : null),
    // Where each metric's control is drawn, in CSS pixels from the canvas's top left:
    // [{ id, x, y, width, height, visible }]. For tooling and tests.
    controls: () => (ready ? json(Module._ssi_controls_json()) : []),
    // Sets metrics as a user would: { <metric id>: number, or null for unknown }.
    // Out-of-range values are clamped. Returns what was applied, clamped and ignored.
    setInputs(inputs) {
      const report = { applied: [], clamped: [], ignored: [] };
      if (!ready) {
        report.ignored.push({ key: '*', reason: 'still loading' });
        return report;
      }
      if (!inputs || typeof inputs !== 'object' || Array.isArray(inputs)) {
        report.ignored.push({ key: String(inputs).slice(0, 40), reason: 'not an object of metric ids' });
        return report;
      }
      for (const [id, raw] of Object.entries(inputs)) {
        const known = raw !== null;
        if (known && typeof raw !== 'number') {
          report.ignored.push({ key: id, reason: 'not a number' });
          continue;
        }
        const status = Module.ccall('ssi_set_input', 'number', ['string', 'number', 'number'],
                                    [id, known ? raw : 0, known ? 1 : 0]);
        if (status === -1) report.ignored.push({ key: id, reason: 'unknown metric' });
        else if (status === 2) report.ignored.push({ key: id, reason: 'not a number' });
        else if (status === 1) report.clamped.push(id);
        else report.applied.push(id);
      }
      return report;
    },
    // The score card: a Promise of a PNG Blob, 2400 x 1254 (1200 x 627 drawn at 2x).
    scoreCard,
    // Builds the printed report into the page (printing does it too); a Promise of its element.
    report: async () => { await loadReport(); return buildReport(); },
    // For the page's own scripts: SSI.on('ready' | 'change', listener).
    on(event, listener) {
      listeners[event].push(listener);
      if (event === 'ready' && ready) listener();
    },
    // Internal helpers for accessibility.js and host.js.
    metrics: () => (ready ? json(Module._ssi_metrics_json()) : []),
    summary: () => (ready ? Module.UTF8ToString(Module._ssi_summary_text()) : ''),
    text: (key) => (ready ? Module.ccall('ssi_text', 'string', ['string'], [key]) : key),
    contentHeight: () => (ready ? Module._ssi_content_height() : 0),
    allowedOrigins: () => (ready ? Module.UTF8ToString(Module._ssi_allowed_origins()).split(',').filter(Boolean) : []),
    notify: (text) => { if (ready) Module.ccall('ssi_add_notice', null, ['string'], [String(text)]); },
  };
})();
