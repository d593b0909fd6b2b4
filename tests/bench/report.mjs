// Joins the benchmark outputs in a folder (scripts/bench.sh writes them to build/bench/),
// checks them against the goals, prints a table and writes core.json and results.json.
// Usage: node tests/bench/report.mjs build/bench
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'build/bench');
const read = (name) => (existsSync(join(dir, name)) ? JSON.parse(readFileSync(join(dir, name), 'utf8')) : null);
const readLines = (name) => (existsSync(join(dir, name))
  ? readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean) : []);

const goals = {
  core_wasm_us_max: 20,
  core_ratio_max: 2,
  page_gzip_bytes_max: 220 * 1000,  // 220 KB, KB = 1000 bytes (220 KiB would be 225,280)
  idle_frames_max: 0,
  js_heap_growth_bytes_max: 64 * 1024,  // "flat": after GC, per 1,000 changes
  page_gzip_bytes_low_end_max: 200 * 1000,  // the low-end phone goal
  first_frame_ratio_max: 0.9,  // of the example's
  first_frame_throttled_ms_max: 2500,  // with the CPU throttled 6x
  // UI frame CPU in wasm (frame_us), median and p90, at full speed and throttled 6x.
  frame: { full_speed: { median_us: 600, p90_us: 1500 }, throttled_6x: { median_us: 3000, p90_us: 8000 } },
  // Lighthouse's mobile preset on the served page.
  lighthouse: { performance_min: 95, total_blocking_time_ms_max: 200, accessibility_min: 100, best_practices_min: 100, seo_min: 100 },
};

// ---- Core
// Each of core_native.jsonl and core_wasm.jsonl holds one line per run (bench.sh alternates
// native and wasm runs): the best of the runs' best rounds, the median of their medians.
const runsOf = (name) => readLines(name).map((l) => JSON.parse(l));
const combine = (runs) => {
  if (!runs.length) return null;
  const combined = { runs: runs.length };
  for (const key of Object.keys(runs[0])) {
    const values = runs.map((r) => r[key]).sort((a, b) => a - b);
    combined[key] = key.endsWith('median_us') ? values[values.length >> 1] : key.endsWith('_us') ? values[0] : runs[0][key];
  }
  return combined;
};
const nativeRuns = runsOf('core_native.jsonl');
const wasmRuns = runsOf('core_wasm.jsonl');
const native = combine(nativeRuns);
const wasm = combine(wasmRuns);
const core = { native, wasm, native_runs: nativeRuns, wasm_runs: wasmRuns };
if (native && wasm) {
  core.ratio = wasm.evaluate_tips_plan_us / native.evaluate_tips_plan_us;
  core.ratio_median = wasm.evaluate_tips_plan_median_us / native.evaluate_tips_plan_median_us;
  core.goals = {
    wasm_us: { goal: `<= ${goals.core_wasm_us_max}`, value: wasm.evaluate_tips_plan_us,
               met: wasm.evaluate_tips_plan_us <= goals.core_wasm_us_max },
    ratio: { goal: `<= ${goals.core_ratio_max}`, value: core.ratio, met: core.ratio <= goals.core_ratio_max },
  };
}
writeFileSync(join(dir, 'core.json'), JSON.stringify(core, null, 2) + '\n');

// ---- Page
const page = read('page.json');
const ours = page?.ours;
const example = page?.example;
const pageGoals = {};
if (ours) {
  pageGoals.gzip = { goal: `<= ${goals.page_gzip_bytes_max} bytes`, value: ours.size.total_gzip,
                     met: ours.size.total_gzip <= goals.page_gzip_bytes_max };
  pageGoals.gzip_low_end = { goal: `<= ${goals.page_gzip_bytes_low_end_max} bytes`, value: ours.size.total_gzip,
                             met: ours.size.total_gzip <= goals.page_gzip_bytes_low_end_max };
  for (const [speed, goal] of Object.entries(goals.frame)) {
    const runs = ours.frame_cpu?.[speed];
    if (!runs) continue;
    // Every kind of input frame must meet it: the worst of setInputs, mouse moves and drag.
    const worst = (key) => Math.max(...['set_inputs', 'mouse_moves', 'slider_drag'].map((k) => runs[k][key]));
    pageGoals[`frame_${speed}`] = {
      goal: `median <= ${goal.median_us} µs, p90 <= ${goal.p90_us} µs`,
      value: { median_us: worst('median_us'), p90_us: worst('p90_us') },
      met: worst('median_us') <= goal.median_us && worst('p90_us') <= goal.p90_us,
    };
  }
  const idle = Math.max(ours.idle.ssi_frames ?? 0, ours.idle.frames_with_draw_calls, ours.idle.raf_callbacks);
  pageGoals.idle_frames = { goal: `== ${goals.idle_frames_max}`, value: idle, met: idle <= goals.idle_frames_max };
  if (example) {
    const limit = goals.first_frame_ratio_max * example.first_frame.median_ms;
    pageGoals.first_frame = { goal: `<= ${goals.first_frame_ratio_max} x example (${example.first_frame.median_ms} ms)`,
                              value: ours.first_frame.median_ms, met: ours.first_frame.median_ms <= limit };
  }
  if (ours.first_frame_throttled_6x) {
    const t6 = ours.first_frame_throttled_6x.median_ms;
    pageGoals.first_frame_throttled_6x = { goal: `<= ${goals.first_frame_throttled_ms_max} ms`, value: t6,
                                           met: t6 <= goals.first_frame_throttled_ms_max };
  }
  const m = ours.memory;
  if (m) {
    const jsGrowth = m.difference.js_heap_used_after_gc;
    pageGoals.memory_flat = {
      goal: `wasm heap unchanged, JS heap after GC grows < ${goals.js_heap_growth_bytes_max} bytes`,
      value: { wasm_heap: m.difference.heap_bytes, js_heap_after_gc: jsGrowth,
               js_heap_after_gc_second_round: m.second_round?.difference.js_heap_used_after_gc ?? null },
      met: m.difference.heap_bytes === 0 && jsGrowth < goals.js_heap_growth_bytes_max,
    };
  }
}

const lighthouse = read('lighthouse.json');
const lighthouseOurs = lighthouse?.ours?.median;
if (lighthouseOurs) {
  const g = goals.lighthouse;
  const sc = lighthouseOurs.scores;
  const tbt = lighthouseOurs.metrics.total_blocking_time_ms;
  pageGoals.lighthouse = {
    goal: `performance >= ${g.performance_min} with TBT <= ${g.total_blocking_time_ms_max} ms, accessibility, best practices, SEO ${g.seo_min}`,
    value: { ...sc, total_blocking_time_ms: tbt },
    met: sc.performance >= g.performance_min && tbt <= g.total_blocking_time_ms_max && sc.accessibility >= g.accessibility_min &&
         sc['best-practices'] >= g.best_practices_min && sc.seo >= g.seo_min,
  };
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version,
             chromium: page?.chromium ?? null, load_average: readLines('loadavg.txt') },
  build_notes: readLines('build_notes.txt'),
  example_build: read('example_build.json'),
  goals,
  core,
  page: page ?? null,
  lighthouse: lighthouse ?? null,
  page_goals: pageGoals,
};
writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');

// ---- Table
const fixed = (v, d = 1) => (v == null || !Number.isFinite(v) ? '-' : v.toFixed(d));
const kb = (bytes) => (bytes == null ? '-' : (bytes / 1000).toFixed(1));
const verdict = (g) => (g == null ? '' : g.met ? 'met' : 'MISSED');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const rows = [];
const line = (...cells) => rows.push(cells);
const out = [];
const flush = (widths) => {
  for (const cells of rows) {
    out.push('  ' + cells.map((c, i) => (i === 0 ? pad(c, widths[0]) : i < widths.length ? lpad(c, widths[i]) : '  ' + c)).join(' ').trimEnd());
  }
  rows.length = 0;
};

out.push('', `SSI Calculator benchmarks  (${results.date}, ${results.machine.cpus} × ${results.machine.cpu}, Chromium ${results.machine.chromium ?? '?'})`);
for (const note of results.build_notes) out.push(`  note: ${note}`);
for (const load of results.machine.load_average) out.push(`  load average ${load}`);

out.push('', 'Core: evaluate + rank_tips + plan_for_target(70) as a frame pays while an input moves (the quick plan), µs per call;');
out.push('  the exact plan, computed once when the input rests, below it');
out.push(`  (best round of ${native?.rounds ?? '?'} × ${native?.iterations ?? '?'} calls over ${native?.runs ?? 0} alternating runs each; median round in brackets)`);
if (native && wasm) {
  line('', 'native', 'wasm (node)', 'wasm/native', 'goal');
  const g = core.goals;
  line('evaluate + tips + plan',
       `${fixed(native.evaluate_tips_plan_us)} (${fixed(native.evaluate_tips_plan_median_us)})`,
       `${fixed(wasm.evaluate_tips_plan_us)} (${fixed(wasm.evaluate_tips_plan_median_us)})`,
       `${fixed(core.ratio, 2)} (${fixed(core.ratio_median, 2)})`,
       `wasm <= ${goals.core_wasm_us_max} µs: ${verdict(g.wasm_us)}` +
       (g.wasm_us.met ? '' : ` (+${fixed(wasm.evaluate_tips_plan_us - goals.core_wasm_us_max)} µs, ${fixed(wasm.evaluate_tips_plan_us / goals.core_wasm_us_max, 2)}x the goal)`) +
       `; ratio <= ${goals.core_ratio_max}: ${verdict(g.ratio)}`);
  for (const [label, key] of [['  evaluate', 'evaluate_us'], ['  rank_tips', 'rank_tips_us'], ['  plan (quick)', 'plan_for_target_us'],
                              ['  plan (exact, at rest)', 'plan_exact_us']]) {
    line(label, fixed(native[key], 2), fixed(wasm[key], 2), fixed(wasm[key] / native[key], 2), '');
  }
  flush([24, 16, 16, 14]);
} else {
  out.push('  (missing: core_native.jsonl or core_wasm.jsonl)');
}

if (ours) {
  out.push('', 'Page: our dist/ vs Dear ImGui 1.90.1 example_glfw_opengl3 (Makefile.emscripten flags), headless Chromium, 1280x800');
  line('', 'ours', 'example', 'goal');
  const sizeOf = (p, path) => p?.size.files.find((f) => f.path === path);
  line('gzip -9, all requests (KB)', kb(ours.size.total_gzip), kb(example?.size.total_gzip),
       `ours <= 220 KB: ${verdict(pageGoals.gzip)} (${pageGoals.gzip.met ? `${kb(goals.page_gzip_bytes_max - ours.size.total_gzip)} KB spare` : `${kb(ours.size.total_gzip - goals.page_gzip_bytes_max)} KB over`}); ` +
       `<= 200 KB: ${verdict(pageGoals.gzip_low_end)}`);
  const paths = [...new Set([...ours.size.files, ...(example?.size.files ?? [])].map((f) => f.path))];
  for (const path of paths) {
    const o = sizeOf(ours, path);
    const e = sizeOf(example, path);
    const cell = (f) => (f ? (f.missing ? '404' : kb(f.gzip)) : '');
    line(`  ${path}`, cell(o), cell(e), '');
  }
  line('  brotli -q 11, the same (KB)', kb(ours.size.total_brotli), kb(example?.size.total_brotli), '');
  const later = ours.after_first_frame;
  if (later) {
    line('after the first frame, gzip -9 (KB)', kb(later.total_gzip), '', 'not in the first-visit total');
    for (const f of later.files) line(`  ${f.path}`, f.missing ? '404' : kb(f.gzip), '', '');
  }
  line('uncompressed total (KB)', kb(ours.size.total_bytes), kb(example?.size.total_bytes), '');
  line(`first frame, median of ${ours.first_frame.loads} (ms)`, fixed(ours.first_frame.median_ms), fixed(example?.first_frame.median_ms),
       pageGoals.first_frame ? `ours <= ${goals.first_frame_ratio_max} x example: ${verdict(pageGoals.first_frame)}` +
       ` (${fixed(ours.first_frame.median_ms / example.first_frame.median_ms, 2)} x)` : '');
  line('  samples (ms)', ours.first_frame.samples_ms.map((v) => fixed(v, 0)).join(' '),
       example?.first_frame.samples_ms.map((v) => fixed(v, 0)).join(' ') ?? '', '');
  const t6 = ours.first_frame_throttled_6x;
  if (t6) {
    line(`  CPU throttled 6x, median of ${t6.loads} (ms)`, fixed(t6.median_ms), fixed(example?.first_frame_throttled_6x?.median_ms),
         `ours <= ${goals.first_frame_throttled_ms_max} ms: ${verdict(pageGoals.first_frame_throttled_6x)}`);
  }
  const med = (p, key) => {
    const v = (p?.first_frame.loads_detail ?? []).map((d) => d[key]).filter(Number.isFinite).sort((a, b) => a - b);
    return v.length ? v[v.length >> 1] : null;
  };
  line('  .wasm downloaded (ms, median)', fixed(med(ours, 'wasm_response_end_ms')), fixed(med(example, 'wasm_response_end_ms')), '');
  line('  DOMContentLoaded (ms, median)', fixed(med(ours, 'dom_content_loaded_ms')), fixed(med(example, 'dom_content_loaded_ms')), '');
  line(`frames in ${ours.idle.window_ms / 1000} s idle`, `${ours.idle.ssi_frames ?? ours.idle.frames_with_draw_calls}`,
       `${example?.idle.frames_with_draw_calls ?? '-'}`, `ours = 0: ${verdict(pageGoals.idle_frames)}`);
  line('  rAF callbacks / draw calls', `${ours.idle.raf_callbacks} / ${ours.idle.draw_calls}`,
       example ? `${example.idle.raf_callbacks} / ${example.idle.draw_calls}` : '-', '');
  flush([34, 22, 22]);
  const fc = ours.frame_cpu;
  if (fc) {
    out.push('', 'UI frame CPU in wasm (µs): getState().frame_us of frames forced by input, median / p90 / max, and its parts\'',
             '  medians; the page\'s whole animation-frame callbacks beside it (the example\'s during mouse moves); served',
             '  cross-origin isolated (5 µs clock)');
    line('', 'frame', 'widgets', 'eval', 'lists', 'GL', 'rAF callback', 'example rAF', 'goal');
    const triple = (r) => `${fixed(r.median_us, 0)} / ${fixed(r.p90_us, 0)} / ${fixed(r.max_us, 0)}`;
    for (const [speed, runs] of Object.entries(fc)) {
      const exampleRun = example?.frame_cpu?.[speed]?.mouse_moves?.animation_frame_callbacks;
      const g = pageGoals[`frame_${speed}`];
      line(speed === 'full_speed' ? 'full speed' : 'CPU throttled 6x', '', '', '', '', '', '', '',
           g ? `${g.goal}: ${verdict(g)}` : '');
      for (const [label, key] of [['  after setInputs', 'set_inputs'], ['  mouse moves', 'mouse_moves'], ['  slider drag', 'slider_drag']]) {
        const r = runs[key];
        const parts = r.parts_median_us;
        line(`${label} (${r.samples})`, triple(r), fixed(parts.widgets, 0), fixed(parts.evaluation, 0), fixed(parts.draw_lists, 0),
             fixed(parts.gl, 0), triple(r.animation_frame_callbacks), key === 'mouse_moves' && exampleRun ? triple(exampleRun) : '', '');
      }
    }
    flush([24, 20, 8, 6, 6, 6, 20, 20]);
  }
  const profile = page.profile;
  if (profile) {
    out.push('', `Where a slider-drag frame's time goes: CPU profile of ${profile.frames} frames (page linked with function names),`,
             `  ${fixed(profile.busy_us_per_frame, 0)} µs of busy main thread per frame; self time per frame`);
    for (const [family, us] of Object.entries(profile.families_us_per_frame)) line(`  ${family}`, fixed(us, 0), '');
    flush([44, 8]);
    out.push('  top functions');
    for (const f of profile.top_functions.slice(0, 15)) line(`    ${f.name.slice(0, 60)}`, fixed(f.us_per_frame, 0), `${fixed(100 * f.share, 1)} %`);
    flush([66, 8, 8]);
  }
  const m = ours.memory;
  if (m) {
    line(`memory, ${m.changes.calls} setInputs`, 'before', 'after', 'difference');
    line('  wasm heap (bytes)', m.before.heap_bytes, m.after.heap_bytes, m.difference.heap_bytes);
    line('  JS heap after GC (bytes)', m.before.js_heap_used_after_gc, m.after.js_heap_used_after_gc,
         `${m.difference.js_heap_used_after_gc}  (next 1,000: ${m.second_round?.difference.js_heap_used_after_gc ?? '-'})`);
    line('  performance.memory used (bytes)', m.before.used_js_heap_size ?? '-', m.after.used_js_heap_size ?? '-',
         m.difference.used_js_heap_size ?? '-');
    line('  memory flat', '', '', `${verdict(pageGoals.memory_flat)} (${pageGoals.memory_flat.goal})`);
  }
  flush([34, 22, 22]);
  for (const [name, p] of [['ours', ours], ['example', example]]) {
    for (const problem of p?.problems ?? []) out.push(`  ${name} page reported: ${problem}`);
  }
} else {
  out.push('', 'Page: (missing page.json)');
}
if (lighthouseOurs) {
  const ex = lighthouse.example?.median;
  out.push('', `Lighthouse ${lighthouseOurs.lighthouse}, ${lighthouseOurs.form_factor} preset (${lighthouseOurs.throttling} throttling), served compressed;` +
           ` the run of median performance of ${lighthouse.ours.runs}`);
  line('', 'ours', 'example', 'goal');
  for (const [label, key] of [['performance', 'performance'], ['accessibility', 'accessibility'], ['best practices', 'best-practices'], ['SEO', 'seo']]) {
    line(`  ${label}`, lighthouseOurs.scores[key], ex?.scores[key] ?? '-', key === 'performance'
      ? `${goals.lighthouse.performance_min}+, TBT <= ${goals.lighthouse.total_blocking_time_ms_max} ms, the rest 100: ${verdict(pageGoals.lighthouse)}` : '');
  }
  line('  performance in each run', lighthouse.ours.performance_scores.join(' '), lighthouse.example?.performance_scores.join(' ') ?? '-', '');
  for (const [name, value] of Object.entries(lighthouseOurs.metrics)) {
    const digits = name.includes('shift') ? 3 : 0;
    line(`  ${name.replace(/_ms$/, ' (ms)').replaceAll('_', ' ')}`, fixed(value, digits), fixed(ex?.metrics[name], digits), '');
  }
  for (const [category, audits] of Object.entries(lighthouseOurs.failed)) {
    for (const a of audits) line(`  ours short in ${category}: ${a.id}`, fixed(a.score * 100, 0), '', a.value);
  }
  const longest = [...lighthouseOurs.long_tasks].sort((a, b) => b.duration_ms - a.duration_ms).slice(0, 5);
  for (const t of longest) line('  ours: long task (ms, simulated)', fixed(t.duration_ms, 0), '', `at ${fixed(t.start_ms, 0)} ms, ${t.url}`);
  flush([40, 10, 10]);
}
out.push('', `Written: ${join(dir, 'results.json')}, ${join(dir, 'core.json')}`, '');
console.log(out.join('\n'));
