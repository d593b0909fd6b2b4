// Lighthouse benchmark, run by scripts/bench.sh (not a test): npm's lighthouse, its default
// configuration (the mobile preset: a mid-range phone emulated, simulated slow 4G and a 4x slower
// CPU), on dist/ served compressed as a static host would (brotli, else gzip), in Debian's
// Chromium with the flags the browser tests use; ImGui's example the same way beside it, when
// given, since this machine's software WebGL weighs on both. Runs each several times and keeps
// the run of median performance score, as Lighthouse's docs advise against reading one run.
// Prints the four category scores, the metrics, the audits short of full marks and the long
// tasks; writes them as JSON.
// Usage: node tests/e2e/bench_lighthouse.mjs [--ours DIR] [--example DIR] [--runs N] [--out FILE]
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath, commandOptions, dist, serve } from './harness.mjs';

const args = commandOptions();
const sites = { ours: resolve(args.ours ?? dist), ...(args.example ? { example: resolve(args.example) } : {}) };
const runs = Number(args.runs ?? 3);
const log = (...parts) => console.error('[bench-lighthouse]', ...parts);

const metricAudits = {
  first_contentful_paint_ms: 'first-contentful-paint', largest_contentful_paint_ms: 'largest-contentful-paint',
  total_blocking_time_ms: 'total-blocking-time', cumulative_layout_shift: 'cumulative-layout-shift',
  speed_index_ms: 'speed-index', max_potential_fid_ms: 'max-potential-fid',
};

// One Lighthouse run in a fresh Chromium (a fresh profile: a first visit, nothing cached).
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath,
                                               chromeFlags: ['--headless=new', ...chromiumArgs] });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, c.score == null ? null : Math.round(c.score * 100)]));
    const metrics = Object.fromEntries(Object.entries(metricAudits).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? null]));
    // Every scored audit short of full marks, by category: what stands between the page and 100.
    const failed = {};
    for (const [id, category] of Object.entries(lhr.categories)) {
      failed[id] = category.auditRefs.filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score != null && lhr.audits[ref.id].score < 1)
        .map((ref) => ({ id: ref.id, score: lhr.audits[ref.id].score, value: lhr.audits[ref.id].displayValue ?? '' }));
    }
    const longTasks = (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url, start_ms: t.startTime, duration_ms: t.duration }));
    return { lighthouse: lhr.lighthouseVersion, user_agent: lhr.environment?.hostUserAgent, form_factor: lhr.configSettings.formFactor,
             throttling: lhr.configSettings.throttlingMethod, scores, metrics, failed, long_tasks: longTasks };
  } finally {
    await chrome.kill();
  }
}

const fmt = (v, d = 0) => (v == null ? '-' : v.toFixed(d));
const report = {};
for (const [name, site] of Object.entries(sites)) {
  const server = await serve(site, { compress: true });
  try {
    const results = [];
    for (let i = 0; i < runs; ++i) {
      log(`${name}: run ${i + 1}/${runs} on ${server.url}`);
      results.push(await runOnce(server.url));
    }
    const sorted = [...results].sort((a, b) => a.scores.performance - b.scores.performance);
    const median = sorted[(sorted.length - 1) >> 1];
    report[name] = { site, runs, performance_scores: results.map((r) => r.scores.performance), median };
    console.log(`${name}: Lighthouse ${median.lighthouse}, ${median.form_factor} preset, ${median.throttling} throttling; median of ${runs} runs`);
    console.log(`  scores: ${Object.entries(median.scores).map(([k, v]) => `${k} ${v}`).join(', ')}` +
                `  (performance in each run: ${report[name].performance_scores.join(' ')})`);
    console.log(`  ${Object.entries(median.metrics).map(([k, v]) => `${k} ${fmt(v, k.includes('shift') ? 3 : 0)}`).join(', ')}`);
    for (const [category, audits] of Object.entries(median.failed)) {
      for (const a of audits) console.log(`  ${category}: ${a.id} ${fmt(a.score * 100)} ${a.value}`);
    }
    for (const t of median.long_tasks) console.log(`  long task ${fmt(t.duration_ms)} ms at ${fmt(t.start_ms)} ms: ${t.url}`);
  } finally {
    await server.close();
  }
}
if (args.out) await writeFile(resolve(args.out), JSON.stringify(report, null, 2) + '\n');
