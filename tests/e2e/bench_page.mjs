// Page benchmark, run by scripts/bench.sh (not a test: the runner only picks up *.test.mjs).
// Measures our dist/ page and a reference page (Dear ImGui's GLFW + OpenGL3 example, built by
// bench.sh) in Debian's Chromium:
//   - size of every file the page requested, compressed by GNU gzip -9 (and brotli -q 11 beside),
//   - navigation start to the first WebGL draw call, median of fresh page loads,
//   - frames drawn during idle after settling,
//   - UI frame CPU time: for our page getState().frame_us and its parts (widgets, evaluation,
//     draw lists, GL) over frames forced by setInputs, mouse moves and a slider drag; for both
//     pages the duration of each animation-frame callback during mouse moves; at full speed
//     and with the CPU throttled 6x (DevTools' Emulation.setCPUThrottlingRate, about a low-end
//     phone). These pages are served cross-origin isolated (COOP + COEP), which gives
//     performance.now() 5 µs steps instead of 100 µs;
//   - for our page: memory before and after 1,000 input changes.
//   - where the time of a slider-drag frame goes, from a CPU profile of our page linked with
//     function names (--profiled DIR).
// Usage: node tests/e2e/bench_page.mjs --example DIR [--ours DIR] [--profiled DIR] [--out FILE] [--loads N]
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';
import { commandOptions, dist, launch, reveal, serve, settle, watchProblems } from './harness.mjs';

const args = commandOptions();
const oursDir = resolve(args.ours ?? dist);
const exampleDir = args.example ? resolve(args.example) : null;
const outFile = args.out ? resolve(args.out) : null;
const profiledDir = args.profiled ? resolve(args.profiled) : null;  // our page with function names
const loads = Number(args.loads ?? 9);
const throttledLoads = Number(args['throttled-loads'] ?? 3);
const idleMs = Number(args['idle-ms'] ?? 3000);
const frameSamples = Number(args['frame-samples'] ?? 50);
const memoryChanges = Number(args['memory-changes'] ?? 1000);
const viewport = { width: 1280, height: 800 };

const log = (...parts) => console.error('[bench-page]', ...parts);
const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 1) => (value == null ? null : Number(value.toFixed(digits)));
const percentile = (values, p) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : null;
};
const stats = (values, scale = 1) => ({
  samples: values.length, median_us: round(median(values) * scale), p90_us: round(percentile(values, 0.9) * scale),
  max_us: round(Math.max(...values) * scale),
});
// Served with these, performance.now() has 5 µs steps (100 µs otherwise).
const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

// Injected before any page script: records the first WebGL draw call (performance.now() is
// relative to the navigation's time origin), counts animation-frame callbacks, and counts the
// animation frames in which something was drawn (drawElements or clear), on WebGL 1 and 2.
function instrument() {
  const bench = {
    firstDraw: null, firstClear: null, drawCalls: 0, clearCalls: 0,
    rafCallbacks: 0, drawnFrames: 0, frameTime: -1, lastDrawnFrameTime: null,
    recording: false, callbackMs: [],  // how long each page callback ran, while recording
  };
  Object.defineProperty(window, '__bench', { value: bench });
  const nativeRaf = window.requestAnimationFrame.bind(window);
  bench.nextFrame = () => new Promise((done) => nativeRaf(() => done()));  // the bench's own, not recorded
  window.requestAnimationFrame = (callback) => nativeRaf((time) => {
    bench.rafCallbacks += 1;
    bench.frameTime = time;  // the same for every callback of one frame
    const start = performance.now();
    const result = callback(time);
    if (bench.recording) bench.callbackMs.push(performance.now() - start);
    return result;
  });
  const drew = () => {
    if (bench.lastDrawnFrameTime !== bench.frameTime) {
      bench.lastDrawnFrameTime = bench.frameTime;
      bench.drawnFrames += 1;
    }
  };
  for (const name of ['WebGLRenderingContext', 'WebGL2RenderingContext']) {
    const proto = window[name]?.prototype;
    if (!proto) continue;
    const drawElements = proto.drawElements;
    proto.drawElements = function (...a) {
      if (bench.firstDraw === null) bench.firstDraw = performance.now();
      bench.drawCalls += 1;
      drew();
      return drawElements.apply(this, a);
    };
    const clear = proto.clear;
    proto.clear = function (...a) {
      if (bench.firstClear === null) bench.firstClear = performance.now();
      bench.clearCalls += 1;
      drew();
      return clear.apply(this, a);
    };
  }
}

const counters = (page) => page.evaluate(() => ({
  raf: window.__bench.rafCallbacks,
  drawn: window.__bench.drawnFrames,
  draws: window.__bench.drawCalls,
  ssi: window.SSI?.getState()?.frames ?? null,
}));

async function openPage(browser, url, { throttle = 1 } = {}) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const problems = watchProblems(page);
  if (throttle !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstDraw !== null, null, { timeout: 30000 });
  return { context, page, problems };
}

async function gzipSizes(directory, paths) {
  const files = [];
  for (const path of [...new Set(paths)].sort()) {
    const file = join(directory, path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      files.push({ path, bytes: body.length, gzip: execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 1 << 28 }).length,
                   brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length });
    } catch {
      files.push({ path, missing: true, bytes: 0, gzip: 0, brotli: 0 });  // a 404, e.g. /favicon.ico
    }
  }
  return {
    files,
    total_bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    total_gzip: files.reduce((sum, f) => sum + f.gzip, 0),
    total_brotli: files.reduce((sum, f) => sum + f.brotli, 0),
  };
}

// One fresh load (new context: empty profile, empty cache) up to the first draw.
// The server's requests are split at the first draw: what the first frame needed, and what the
// page loads after it (the report code, the service worker and the files it caches).
async function oneLoad(browser, url, { isOurs, server }, { throttle = 1 } = {}) {
  const start = server.requests.length;
  const { context, page, problems } = await openPage(browser, url, { throttle });
  const atFirstDraw = server.requests.length;
  // By the time node hears of the draw the page may have asked for more (report.js comes half a
  // second after the first frame): the page's own clock says which requests came after the draw.
  const afterDraw = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((r) => r.startTime > window.__bench.firstDraw).map((r) => new URL(r.name).pathname));
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      first_draw_ms: window.__bench.firstDraw,
      first_clear_ms: window.__bench.firstClear,
      dom_content_loaded_ms: nav?.domContentLoadedEventEnd ?? null,
      load_event_ms: nav?.loadEventEnd ?? null,
      // Where the time before the first draw goes: downloads done, then compile, start-up, frame.
      // (Of the files asked for before the first draw: not the program's second part.)
      js_response_end_ms: Math.max(0, ...performance.getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js') && r.startTime < window.__bench.firstDraw).map((r) => r.responseEnd)),
      wasm_response_end_ms: Math.max(0, ...performance.getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.wasm') && r.startTime < window.__bench.firstDraw).map((r) => r.responseEnd)),
    };
  });
  // Let everything the page loads arrive (the server records each request).
  if (isOurs) await page.waitForFunction(() => window.SSI?.getState()?.frames > 0, null, { timeout: 30000 });
  await page.waitForTimeout(isOurs ? 3000 : 500);
  await context.close();
  const firstFrame = server.requests.slice(start, atFirstDraw).filter((path) => !afterDraw.includes(path));
  const requests = { first_frame: firstFrame, after: server.requests.slice(start).filter((path) => !firstFrame.includes(path)) };
  return { timing: Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, round(v)])), problems, requests };
}

// Loads of the pages interleaved (alternating which goes first), so that a busy moment of this
// shared machine hits both alike; one warm-up load of each first, not counted.
async function firstFrames(browser, pages) {
  for (const p of pages) p.firstVisit = (await oneLoad(browser, p.server.url, p)).requests;
  for (let i = 0; i < loads; ++i) {
    const order = i % 2 ? [...pages].reverse() : pages;
    for (const p of order) {
      const { timing, problems } = await oneLoad(browser, p.server.url, p);
      p.loads.push(timing);
      p.problems.push(...problems);
    }
  }
  for (const p of pages) {
    const samples = p.loads.map((t) => t.first_draw_ms);
    p.result.first_frame = {
      definition: 'performance.now() at the first WebGL drawElements call (ms after navigation start)',
      loads, warm_up_loads_discarded: 1, median_ms: round(median(samples)), samples_ms: samples,
      loads_detail: p.loads,
    };
    log(`${p.name}: first frame ${samples.join(', ')} ms`);
  }
  // The same with the CPU throttled 6x (about a low-end phone), fewer loads: each takes seconds.
  for (let i = 0; i < throttledLoads; ++i) {
    const order = i % 2 ? [...pages].reverse() : pages;
    for (const p of order) {
      const { timing, problems } = await oneLoad(browser, p.server.url, p, { throttle: 6 });
      (p.throttledLoads ??= []).push(timing.first_draw_ms);
      p.problems.push(...problems);
    }
  }
  for (const p of pages) {
    if (!p.throttledLoads) continue;
    p.result.first_frame_throttled_6x = { loads: throttledLoads, median_ms: round(median(p.throttledLoads)), samples_ms: p.throttledLoads };
    log(`${p.name}: first frame at 6x throttling ${p.throttledLoads.join(', ')} ms`);
  }
}

async function idleFrames(page, { isOurs }) {
  if (isOurs) await settle(page);
  else await page.waitForTimeout(1500);  // the example draws every frame: nothing to settle
  const before = await counters(page);
  await page.waitForTimeout(idleMs);
  const after = await counters(page);
  return {
    window_ms: idleMs,
    raf_callbacks: after.raf - before.raf,
    frames_with_draw_calls: after.drawn - before.drawn,
    draw_calls: after.draws - before.draws,
    ssi_frames: isOurs ? after.ssi - before.ssi : null,
  };
}

// Frames forced by input: each sample changes one input, moves the mouse or drags a slider a
// step, waits for the next frame and reads that frame's CPU time and its parts from the
// calculator; the longest animation-frame callback of each run is the page's whole frame (the
// loop's JavaScript around the wasm frame included).
async function frameTimes(page) {
  const sampleFrame = (before) => page.evaluate(async (b) => {
    for (let k = 0; k < 20; ++k) {
      await window.__bench.nextFrame();
      const state = window.SSI.getState();
      if (state.frames > b) return { frame: state.frame_us, parts: state.frame_parts_us };
    }
    return null;
  }, before);
  const frames = () => page.evaluate(() => window.SSI.getState().frames);
  const summary = async (run) => {
    await settle(page);
    await page.evaluate(() => { window.__bench.callbackMs.length = 0; window.__bench.recording = true; });
    const samples = (await run()).filter((s) => s);
    const callbacks = await page.evaluate(() => { window.__bench.recording = false; return window.__bench.callbackMs; });
    const part = (name) => round(median(samples.map((s) => s.parts[name])));
    return {
      ...stats(samples.map((s) => s.frame)),
      parts_median_us: { widgets: part('widgets'), evaluation: part('evaluation'), draw_lists: part('draw_lists'), gl: part('gl') },
      animation_frame_callbacks: stats(callbacks, 1000),
    };
  };
  const metrics = ['connections', 'followers', 'views_made', 'comments', 'endorsements'];
  const set_inputs = await summary(async () => {
    const samples = [];
    for (let i = 0; i < frameSamples; ++i) {
      const before = await frames();
      await page.evaluate(({ id, value }) => window.SSI.setInputs({ [id]: value }), { id: metrics[i % metrics.length], value: 20 + i * 7 });
      samples.push(await sampleFrame(before));
    }
    return samples;
  });
  const box = await page.locator('canvas').boundingBox();
  const mouse_moves = await summary(async () => {
    const samples = [];
    for (let i = 0; i < frameSamples; ++i) {
      const before = await frames();
      await page.mouse.move(box.x + 40 + ((i * 23) % (box.width - 80)), box.y + 60 + ((i * 37) % (box.height - 120)));
      samples.push(await sampleFrame(before));
    }
    return samples;
  });
  // A slider held and moved: each step changes its value, so the frame draws twice.
  const slider = await reveal(page, 'followers');
  const slider_drag = await summary(async () => {
    const samples = [];
    const y = box.y + slider.y + slider.height / 2;
    await page.mouse.move(box.x + slider.x + slider.width * 0.05, y);
    await page.mouse.down();
    for (let i = 0; i < frameSamples; ++i) {
      const before = await frames();
      const at = 0.05 + 0.9 * ((i % 20) / 19);
      await page.mouse.move(box.x + slider.x + slider.width * (i % 40 < 20 ? at : 0.95 - (at - 0.05)), y);
      samples.push(await sampleFrame(before));
    }
    await page.mouse.up();
    return samples;
  });
  return { set_inputs, mouse_moves, slider_drag };
}

// The example draws every frame: its animation-frame callbacks while the mouse moves over it.
async function exampleFrameTimes(page) {
  const box = await page.locator('canvas').boundingBox();
  await page.waitForTimeout(500);
  await page.evaluate(() => { window.__bench.callbackMs.length = 0; window.__bench.recording = true; });
  for (let i = 0; i < frameSamples; ++i) {
    await page.mouse.move(box.x + 40 + ((i * 23) % (box.width - 80)), box.y + 60 + ((i * 37) % (box.height - 120)));
    await page.evaluate(() => window.__bench.nextFrame());
  }
  const callbacks = await page.evaluate(() => { window.__bench.recording = false; return window.__bench.callbackMs; });
  return { mouse_moves: { animation_frame_callbacks: stats(callbacks, 1000) } };
}

// Where a frame's time goes: a CPU profile (DevTools' sampling profiler, 50 µs) of our page
// built with function names (bench.sh links it apart: --profiling-funcs), over slider-drag
// frames. Self time per function, the top ones, and per family: ImGui, our views (ssi::ui),
// the model and app (ssi::core, ssi::app), libc/libc++ and the allocator, and the JavaScript
// around the wasm (Emscripten's GL and GLFW, the page's scripts, the browser's WebGL).
async function profileFrames(browser, url) {
  const { context, page, problems } = await openPage(browser, url);
  try {
    await page.waitForFunction(() => window.SSI?.getState()?.frames > 0, null, { timeout: 30000 });
    await settle(page);
    const slider = await reveal(page, 'followers');
    const box = await page.locator('canvas').boundingBox();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    const y = box.y + slider.y + slider.height / 2;
    await page.mouse.move(box.x + slider.x + slider.width * 0.05, y);
    await page.mouse.down();
    await cdp.send('Profiler.start');
    const startFrames = await page.evaluate(() => window.SSI.getState().frames);
    for (let i = 0; i < 4 * frameSamples; ++i) {
      await page.mouse.move(box.x + slider.x + slider.width * (0.05 + 0.9 * ((i % 20) / 19)), y);
      await page.evaluate(() => window.__bench.nextFrame());
    }
    const { profile } = await cdp.send('Profiler.stop');
    const frames = (await page.evaluate(() => window.SSI.getState().frames)) - startFrames;
    await page.mouse.up();
    await cdp.detach();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    profile.samples.forEach((id, i) => {
      const { functionName, url } = byId.get(id).callFrame;
      const name = functionName || (url ? `(anonymous) ${url.split('/').pop()}` : '(program)');
      self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    const family = (name) => {
      if (/^\((idle|program|garbage collector)\)/.test(name)) return 'browser: idle, GC, other';
      if (/^(ImGui|Im[A-Z]|ImGuiFreeType|stb)/.test(name)) return 'Dear ImGui';
      if (/^ssi::ui::/.test(name)) return 'our views (ssi::ui)';
      if (/^ssi::(core|app)::/.test(name)) return 'model and app (ssi::core, ssi::app)';
      if (/^(std::|operator new|operator delete|malloc|free|emmalloc|memcpy|memset|memmove|strlen|vsnprintf|snprintf|__|fmt_|printf|pop_arg|out|pad)/.test(name)) return 'libc, libc++, allocator';
      if (/^ssi::platform::/.test(name)) return 'platform (wasm)';
      if (/^(_gl|gl[A-Z]|_emscripten_gl|GL\.|emscriptenWebGL)/.test(name)) return 'Emscripten GL (JS)';
      if (/^(_glfw|GLFW)/.test(name)) return 'Emscripten GLFW (JS)';
      if (/^(drawElements|bufferData|bufferSubData|texImage2D|uniform|useProgram|bindBuffer|bindTexture|bindVertexArray|vertexAttribPointer|enableVertexAttribArray|scissor|viewport|blendEquation|blendFunc|enable|disable|clear|clearColor|activeTexture|getParameter|pixelStorei)/.test(name)) return 'WebGL calls (browser)';
      return 'other (JS and wasm)';
    };
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    const busy = [...self.entries()].filter(([name]) => family(name) !== 'browser: idle, GC, other');
    const busyTotal = busy.reduce((a, [, us]) => a + us, 0);
    const families = {};
    for (const [name, us] of busy) families[family(name)] = (families[family(name)] ?? 0) + us;
    const perFrame = (us) => round(us / Math.max(1, frames));
    return {
      frames, sampled_ms: round(total / 1000), busy_ms: round(busyTotal / 1000), busy_us_per_frame: perFrame(busyTotal),
      families_us_per_frame: Object.fromEntries(Object.entries(families).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, perFrame(v)])),
      top_functions: busy.sort((a, b) => b[1] - a[1]).slice(0, 25)
        .map(([name, us]) => ({ name, us_per_frame: perFrame(us), share: round(us / busyTotal, 3), family: family(name) })),
      problems,
    };
  } finally {
    await context.close();
  }
}

// The same measurement at full speed and with the CPU throttled 6x.
async function atSpeeds(page, measure) {
  const cdp = await page.context().newCDPSession(page);
  const result = {};
  for (const rate of [1, 6]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    result[rate === 1 ? 'full_speed' : 'throttled_6x'] = await measure(page);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return result;
}

async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  const measure = async () => {
    await settle(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    const fromPage = await page.evaluate(() => ({
      heap_bytes: window.SSI.getState().heap_bytes,
      used_js_heap_size: performance.memory?.usedJSHeapSize ?? null,
    }));
    return { ...fromPage, js_heap_used_after_gc: usage.usedSize };
  };
  const change = (offset) => page.evaluate(async ({ n, offset }) => {
    const nextFrame = () => new Promise((done) => requestAnimationFrame(() => done()));
    const ids = Object.keys(window.SSI.getState().inputs);
    let applied = 0;
    let waitedFrames = 0;
    for (let i = 0; i < n; ++i) {
      // Walk every metric with ever-changing values; out-of-range ones are clamped.
      const report = window.SSI.setInputs({ [ids[i % ids.length]]: ((offset + i) * 37) % 1000 });
      applied += report.applied.length + report.clamped.length;
      if (i % 50 === 49) {  // let the calculator draw every 50 changes
        const frames = window.SSI.getState().frames;
        for (let k = 0; k < 30 && window.SSI.getState().frames <= frames; ++k) await nextFrame();
        waitedFrames += window.SSI.getState().frames - frames;
      }
    }
    return { calls: n, applied, frames_while_changing: waitedFrames };
  }, { n: memoryChanges, offset });
  const minus = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k] == null || b[k] == null ? null : a[k] - b[k]]));
  const before = await measure();
  const changes = await change(0);
  const after = await measure();
  // A second round tells steady growth (a leak) from one-time allocations (JIT, caches).
  await change(memoryChanges);
  const afterSecond = await measure();
  await cdp.detach();
  return {
    changes, before, after, difference: minus(after, before),
    second_round: { after: afterSecond, difference: minus(afterSecond, after) },
  };
}

// Idle frames, frame CPU time, and for our page memory, on one more fresh page (isolated).
async function steadyState(browser, p) {
  const { context, page, problems } = await openPage(browser, p.isolatedServer.url);
  try {
    if (p.isOurs) await page.waitForFunction(() => window.SSI?.getState()?.frames > 0, null, { timeout: 30000 });
    p.result.idle = await idleFrames(page, p);
    log(`${p.name}: idle`, JSON.stringify(p.result.idle));
    p.result.frame_cpu = await atSpeeds(page, p.isOurs ? frameTimes : exampleFrameTimes);
    log(`${p.name}: frame CPU`, JSON.stringify(p.result.frame_cpu));
    if (p.isOurs) {
      p.result.memory = await memory(page);
      log(`${p.name}: memory`, JSON.stringify(p.result.memory.difference));
    }
  } finally {
    p.problems.push(...problems);
    await context.close();
  }
}

const pages = [{ name: 'ours', directory: oursDir, isOurs: true }];
if (exampleDir) pages.push({ name: 'example', directory: exampleDir, isOurs: false });
const browser = await launch();
const results = { chromium: browser.version(), viewport };
try {
  for (const p of pages) {
    p.server = await serve(p.directory);
    p.isolatedServer = await serve(p.directory, { headers: isolation });
    p.loads = [];
    p.problems = [];
    p.result = { directory: p.directory, url: p.server.url };
    log(`${p.name}: serving ${p.directory} at ${p.server.url}`);
  }
  await firstFrames(browser, pages);
  for (const p of pages) await steadyState(browser, p);
  if (profiledDir) {
    const server = await serve(profiledDir, { headers: isolation });
    try {
      results.profile = { directory: profiledDir, ...(await profileFrames(browser, server.url)) };
      log('profile', JSON.stringify(results.profile.families_us_per_frame));
    } finally {
      await server.close();
    }
  }
  for (const p of pages) {
    // The first visit: the files the warm-up load requested before its first draw.
    p.result.requests = [...new Set(p.firstVisit.first_frame)];
    p.result.size = await gzipSizes(p.directory, p.firstVisit.first_frame);
    const later = p.firstVisit.after.filter((path) => !p.firstVisit.first_frame.includes(path));
    p.result.after_first_frame = await gzipSizes(p.directory, later);
    p.result.problems = [...new Set(p.problems)];
    log(`${p.name}: ${p.result.size.total_gzip} B gzip over ${p.result.size.files.length} requested paths`);
    results[p.name] = p.result;
  }
} finally {
  await browser.close();
  for (const p of pages) {
    await p.server?.close();
    await p.isolatedServer?.close();
  }
}
const json = JSON.stringify(results, null, 2);
if (outFile) {
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, json + '\n');
  log(`wrote ${outFile}`);
} else {
  console.log(json);
}
