// End-to-end tests of the page around the calculator, in Debian's Chromium: the state in the
// link (and hostile links), the Share button, languages, themes, embedding in another site's
// iframe (and hostile host pages), the accessible mirror, and the page's security (CSP, no
// foreign requests, file://).
//   node --test --test-reporter=spec tests/e2e/share_embed.test.mjs
// Needs dist/ (scripts/build.sh web) and build/native/tests/core_evaluate (scripts/build.sh native).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildDir, launch, requireSite, serve, settle, snapshotDist, watchProblems } from './harness.mjs';
import { decodePng } from './png.mjs';

const run = promisify(execFile);
const coreEvaluateBinary = process.env.CORE_EVALUATE ?? join(buildDir, 'native', 'tests', 'core_evaluate');

// The catalog's typical values (README.md, "Every metric"): what a page without a link shows.
const typical = {
  photo: 1, cover: 0, headline: 1, about: 0, experience: 1, education: 1, skills: 0, featured: 0,
  endorsements: 5, recommendations: 0, articles: 0, followers: 150, searches: 2, views_made: 3,
  views_received: 5, leads_saved: 0, active_days: 2, reactions: 3, comments: 1, posts: 0,
  engagement: 0, shares: 0, groups: 1, messages: 3, inmail_rate: 5, reply_hours: 48,
  connections: 150, decision_makers: 5, coworkers: 10, acceptance_rate: 25,
};
const metricIds = Object.keys(typical);

// The notice banner's fill (src/ui/layout.cpp, draw_notices): IM_COL32(255, 244, 214).
const noticeFill = [255, 244, 214];

// Pixels of a rectangle that `match` accepts, and the most common colour (the background).
function scan(image, match = () => false, { x = 0, y = 0, width = image.width, height = image.height } = {}) {
  const counts = new Map();
  let matching = 0;
  for (let j = y; j < y + height; ++j) {
    for (let i = x; i < x + width; ++i) {
      const [r, g, b] = image.rgb(i, j);
      if (match(r, g, b)) ++matching;
      const key = (r << 16) | (g << 8) | b;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let background = 0;
  let most = -1;
  for (const [colour, count] of counts) if (count > most) [background, most] = [colour, count];
  return {
    matching,
    distinct: counts.size,
    background: [background >> 16, (background >> 8) & 0xff, background & 0xff],
  };
}

const luminance = ([r, g, b]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const near = (target, tolerance = 3) => (r, g, b) =>
  Math.abs(r - target[0]) <= tolerance && Math.abs(g - target[1]) <= tolerance && Math.abs(b - target[2]) <= tolerance;
// Red, or the half-tone red of slider grabs (green and blue alike); not the orange of a pillar.
const reddish = (r, g, b) => r >= 170 && g <= 140 && b <= 140 && Math.abs(g - b) < 40;

// ---- The native core's answer for the same inputs (the model's pillars, uncalibrated).

async function coreEvaluate(inputs) {
  const args = Object.entries(inputs).map(([id, value]) => `${id}=${value === null ? 'null' : value}`);
  const { stdout } = await run(coreEvaluateBinary, args);
  return JSON.parse(stdout);
}

// ---- Page helpers.

// frame.evaluate, or `fallback` after `ms`: an evaluate can wait for ever on an out-of-process
// frame whose context the driver lost track of.
function evaluateWithin(frame, fn, fallback, ms = 3000) {
  let timer;
  return Promise.race([
    frame.evaluate(fn).catch((error) => error.message),
    new Promise((done) => { timer = setTimeout(done, ms, fallback); }),
  ]).finally(() => clearTimeout(timer));
}

const getState = (target) => target.evaluate(() => window.SSI.getState());
// What a link or a message can change, without the counters that move by themselves.
const stable = ({ total, pillars, inputs, baseline, rank, language, theme, calibrated }) =>
  ({ total, pillars, inputs, baseline, rank, language, theme, calibrated });

// Runs in every page and frame before its own scripts: records CSP violations and the
// messages the window receives (with which frame of the page sent them).
function recorder() {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__csp.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
  });
  window.__messages = [];
  window.addEventListener('message', (event) => {
    let from = '';
    for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) from = frame.id;
    window.__messages.push({ origin: event.origin, from, data: event.data });
  });
}

// ---- The tests.

describe('SSI page: links, sharing, languages, themes, embedding, accessibility, security', () => {
  let server;      // dist/
  let hostServer;  // a hostile host page, on another origin
  let hostDir;
  let site;        // the copy of dist/ that is served
  let browser;
  let origin;      // dist/'s origin, "http://127.0.0.1:<port>"
  const contexts = new Set();

  before(async () => {
    await requireSite();
    site = await snapshotDist();
    server = await serve(site);
    origin = new URL(server.url).origin;
    hostDir = await mkdtemp(join(tmpdir(), 'ssi-host-'));
    hostServer = await serve(hostDir);
    browser = await launch();
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.close();
    await hostServer?.close();
    if (hostDir) await rm(hostDir, { recursive: true, force: true });
    if (site) await rm(site, { recursive: true, force: true });
  });

  // Opens `url` in a fresh context, waits for the calculator's first frame (unless told not
  // to), runs body({ page, context, requests }), then checks the page
  // reported nothing wrong: no console or page errors, no failed requests, no CSP violation in
  // any frame, and no request outside `allowedOrigins` (dist/'s origin by default).
  async function withPage(url, options, body) {
    const { locale = 'en-US', colorScheme = 'light', width = 1280, height = 800, permissions,
            init, waitForCalculator = true, allowedOrigins = [origin], aborted = [], expectedConsole } = options;
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale, colorScheme });
    contexts.add(context);
    if (permissions) await context.grantPermissions(permissions, { origin: new URL(url).origin });
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    const problems = watchProblems(page, { expectedConsole, aborted });
    page.on('dialog', (dialog) => { problems.push(`dialog: ${dialog.message()}`); dialog.dismiss().catch(() => {}); });
    await page.addInitScript(recorder);
    if (init) await page.addInitScript(init);
    try {
      await page.goto(url);
      if (waitForCalculator) await page.waitForFunction(() => window.SSI?.getState()?.frames > 0, null, { timeout: 30000 });
      await body({ page, context, requests });
      const violations = [];
      for (const frame of page.frames()) {
        const csp = await evaluateWithin(frame, () => window.__csp ?? [], []);
        if (!Array.isArray(csp)) continue;  // a frame gone meanwhile
        violations.push(...csp.map((v) => `${frame.url().slice(0, 80)}: ${JSON.stringify(v)}`));
      }
      assert.deepEqual(violations, [], 'Content-Security-Policy violations');
      const foreign = requests.filter((address) => !allowedOrigins.some((allowed) => address.startsWith(allowed + '/')));
      assert.deepEqual(foreign, [], 'requests outside the page\'s own files');
    } catch (error) {
      if (problems.length) error.message += `\n(the page also reported: ${problems.join(' | ')})`;
      throw error;
    } finally {
      await context.close().catch(() => {});
      contexts.delete(context);
    }
    assert.deepEqual(problems, [], 'console errors, page errors, dialogs or failed requests');
  }

  // The calculator in the iframe `selector` of `page`, once it has drawn (the frame may be
  // navigated while loading: retried until then).
  async function calculatorFrame(page, selector) {
    const deadline = Date.now() + 30000;
    let seen = '';
    for (;;) {
      try {
        const src = await page.$eval(selector, (element) => element.src);
        const candidates = [await (await page.$(selector))?.contentFrame(), ...page.frames().filter((f) => f.url() === src)];
        const answers = [];
        for (const frame of candidates) {
          const answer = !frame ? 'no frame'
            : await evaluateWithin(frame, () => window.SSI?.getState()?.frames ?? 'no SSI', 'no answer in 3 s');
          if (answer > 0) return frame;
          answers.push(`${frame?.url()} -> ${answer}`);
        }
        seen = `src ${src}; frames ${page.frames().map((f) => f.url())}; answers ${answers}`;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline) throw new Error(`the calculator in ${selector} did not load in 30 s (${seen})`);
      await page.waitForTimeout(100);
    }
  }

  // Waits until the address bar's hash differs from `previous`; returns it.
  async function nextHash(page, previous) {
    await page.waitForFunction((old) => location.hash !== old, previous, { timeout: 5000 });
    return page.evaluate(() => location.hash);
  }

  // ---------------------------------------------------------------------------------------
  describe('1. the state in the link', () => {
    test('a link sets metrics, unknowns, calibration, averages, target, language, theme, accent and origins', async () => {
      const hash = '#comments=35&posts=3&reply_hours=unknown&photo=0&actual=20,10.5,12,15&industry=30&network=40' +
                   '&target=80&lang=es&theme=dark&accent=0a66c2&origins=https://coach.example,http://127.0.0.1:8000';
      await withPage(server.url + hash, {}, async ({ page }) => {
        const state = await getState(page);
        assert.deepEqual(state.notices, [], 'a valid link produced notices');
        assert.deepEqual(state.inputs, { ...typical, comments: 35, posts: 3, reply_hours: null, photo: 0 });
        assert.equal(state.language, 'es');
        assert.equal(state.theme, 'dark');
        assert.equal(state.calibrated, true, 'actual= should turn calibration on');
        // Calibrated, with the baseline equal to the scenario: the real pillars as given.
        assert.deepEqual(state.pillars, { brand: 20, people: 10.5, insights: 12, relationships: 15 });
        assert.equal(state.total, 58, '20 + 10.5 + 12 + 15 = 57.5 shows as 58 (half up)');
        assert.deepEqual(state.baseline, { total: 58, pillars: state.pillars }, 'a link opens with its state as the baseline');
        // The rank: a lower average puts the same total in a smaller top share.
        assert.ok(state.rank.industry >= 0 && state.rank.network <= 100, JSON.stringify(state.rank));
        assert.ok(state.rank.industry < state.rank.network,
                  `industry average 30 vs network average 40 should rank better: ${JSON.stringify(state.rank)}`);
        assert.deepEqual(await page.evaluate(() => window.SSI.allowedOrigins()),
                         ['https://coach.example', 'http://127.0.0.1:8000']);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');

        // Calibrated: the total moves from the real pillars by the model's deltas.
        const baselineModel = await coreEvaluate(state.inputs);
        const report = await page.evaluate(() => window.SSI.setInputs({ comments: 300, posts: 30 }));
        assert.deepEqual(report, { applied: ['comments', 'posts'], clamped: [], ignored: [] });
        await page.waitForFunction(() => window.SSI.getState().pillars.insights !== 12, null, { timeout: 5000 });
        const moved = await getState(page);
        const movedModel = await coreEvaluate(moved.inputs);
        const delta = movedModel.pillars.insights - baselineModel.pillars.insights;
        assert.ok(delta > 0.5, `the model should gain insights points: ${delta}`);
        assert.ok(Math.abs(moved.pillars.insights - Math.min(25, 12 + delta)) <= 0.011,
                  `calibrated insights ${moved.pillars.insights}, expected 12 + model delta ${delta.toFixed(3)}`);
        assert.equal(moved.pillars.brand, 20);
        assert.equal(moved.pillars.people, 10.5);
        assert.equal(moved.pillars.relationships, 15);
        const sum = 20 + 10.5 + moved.pillars.insights + 15;
        assert.ok(Math.abs(moved.total - sum) <= 0.5 + 0.011, `total ${moved.total} for pillars summing to ${sum}`);
        assert.equal(moved.calibrated, true);
      });
    });

    test('every state round-trips: setInputs -> address bar (debounced) -> a new page shows the same', async () => {
      // A deterministic mix of values for all 30 metrics: fractions, unknowns, edges, out of range.
      let seed = 7;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      const limits = { endorsements: 500, recommendations: 100, articles: 200, followers: 50000, searches: 200,
                       views_made: 500, views_received: 2000, leads_saved: 500, active_days: 7, reactions: 500,
                       comments: 300, posts: 30, engagement: 5000, shares: 100, groups: 100, messages: 500,
                       inmail_rate: 100, reply_hours: 168, connections: 30000, decision_makers: 5000,
                       coworkers: 2000, acceptance_rate: 100 };
      const inputs = {};
      for (const id of metricIds) {
        inputs[id] = id in limits ? Math.round(random() * limits[id] * 100) / 100 : (random() < 0.5 ? 0 : 1);
      }
      Object.assign(inputs, { comments: 0.1 + 0.2, reply_hours: null, featured: null, followers: 1e9, posts: -3 });

      const start = server.url + '#lang=fr&theme=light&industry=35&network=22.5&target=75&accent=123abc';
      let link;
      let sent;
      await withPage(start, {}, async ({ page }) => {
        await settle(page, 300);
        const before = await page.evaluate(() => location.hash);
        // The address bar follows the state after a pause (~250 ms), not at once.
        await page.evaluate(() => {
          window.__hashAtChange = null;
          window.SSI.on('change', () => {
            if (window.__hashAtChange !== null) return;
            window.__hashAtChange = [location.hash];
            setTimeout(() => window.__hashAtChange.push(location.hash), 100);
          });
        });
        const report = await page.evaluate((inputs) => window.SSI.setInputs(inputs), inputs);
        assert.deepEqual(report.clamped.sort(), ['followers', 'posts']);
        assert.deepEqual(report.ignored, []);
        link = await nextHash(page, before).then(() => page.evaluate(() => location.href));
        const seen = await page.evaluate(() => window.__hashAtChange);
        assert.deepEqual(seen, [before, before], 'the hash changed within 100 ms of the change: not debounced');
        assert.ok(link.startsWith(server.url + '#'), link);
        sent = await getState(page);
        // getState() and the link both keep the exact double.
        assert.equal(sent.inputs.comments, 0.1 + 0.2);
        assert.ok(link.includes('comments=0.30000000000000004'), `the link should keep 0.1 + 0.2 exactly: ${link}`);
        assert.equal(sent.inputs.followers, 50000);
        assert.equal(sent.inputs.posts, 0);
        assert.equal(sent.inputs.reply_hours, null);
        for (const key of ['lang=fr', 'theme=light', 'industry=35', 'network=22.5', 'target=75', 'accent=123abc',
                           'reply_hours=unknown', 'featured=unknown', 'followers=50000']) {
          assert.ok(new URL(link).hash.split(/[#&]/).includes(key), `${key} missing from ${link}`);
        }
      });
      await withPage(link, {}, async ({ page }) => {
        const received = await getState(page);
        assert.deepEqual(received.notices, [], 'a link the page wrote produced notices');
        // The link carries the scenario and settings; the baseline is not in it (a link opens
        // with its scenario as the baseline).
        const { baseline, ...compared } = stable(received);
        const { baseline: _, ...written } = stable(sent);
        assert.deepEqual(compared, written, 'the state opened from the link differs from the one that wrote it');
        assert.deepEqual(baseline, { total: received.total, pillars: received.pillars });
        assert.equal(await page.evaluate(() => location.href), link);
      });
    });

    test('a link opened in a tab already showing the calculator (only the hash differs) is applied', async () => {
      // Pasting a shared link into the address bar of a tab on the calculator, or following it
      // from the page, is a same-document navigation: no reload, only a hashchange event.
      await withPage(server.url + '#comments=20', {}, async ({ page }) => {
        await settle(page, 300);
        await page.goto(server.url + '#comments=99&lang=fr');
        assert.equal(await page.evaluate(() => location.hash), '#comments=99&lang=fr');
        const applied = await page.waitForFunction(() => window.SSI.getState().inputs.comments === 99, null, { timeout: 3000 })
          .then(() => true, () => false);
        const state = await getState(page);
        // Not applied, the next change also writes the old state over the link in the address bar.
        await page.evaluate(() => window.SSI.setInputs({ posts: 2 }));
        await page.waitForFunction(() => location.hash.includes('posts=2'), null, { timeout: 5000 });
        const after = await page.evaluate(() => location.hash);
        assert.ok(applied, `the link #comments=99&lang=fr was not applied: comments ${state.inputs.comments}, ` +
                           `language ${state.language}; after one more change the address bar says ${after}`);
        assert.equal(state.language, 'fr');
        assert.ok(after.includes('comments=99') && after.includes('lang=fr'), after);
      });
    });

    test('the Share button (a real click on the canvas) copies the link of this state', async () => {
      await withPage(server.url, { permissions: ['clipboard-read', 'clipboard-write'] }, async ({ page }) => {
        await page.evaluate(() => window.SSI.setInputs({ comments: 42, about: 1 }));
        await page.waitForFunction(() => location.hash.includes('comments=42'), null, { timeout: 5000 });
        await settle(page, 300);
        const before = stable(await getState(page));
        const sentinel = 'nothing copied yet';
        await page.evaluate((text) => navigator.clipboard.writeText(text), sentinel);
        // The button sits right of the title "SSI Calculator" in the header row (y ~ 24 at
        // 1280x800, scale 1); its exact x depends on the font: sweep until a click copies.
        let hit = null;
        for (let x = 100; x <= 320 && !hit; x += 20) {
          await page.mouse.click(x, 24);
          await page.waitForTimeout(250);
          const copied = await page.evaluate(() => navigator.clipboard.readText());
          if (copied !== sentinel) hit = { x, copied };
        }
        assert.ok(hit, 'no click in the header row right of the title copied anything');
        const href = await page.evaluate(() => location.href);
        assert.equal(hit.copied, href, 'the clipboard should hold the page\'s address with this state');
        assert.ok(hit.copied.startsWith(server.url + '#') && hit.copied.includes('comments=42') && hit.copied.includes('about=1'),
                  hit.copied);
        assert.deepEqual(stable(await getState(page)), before, 'sharing changed the state');
      });
    });

    test('without the clipboard API, Share falls back to execCommand("copy") and reports back', async () => {
      // The clipboard refuses (as in an insecure or sandboxed page); the old way must be used.
      const init = () => {
        Object.defineProperty(Navigator.prototype, 'clipboard', {
          configurable: true,
          get: () => ({ writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) }),
        });
        window.__copies = [];
        const execCommand = document.execCommand.bind(document);
        document.execCommand = (command, ...rest) => {
          const selected = document.activeElement?.value ?? null;
          const result = execCommand(command, ...rest);
          window.__copies.push({ command, selected, result });
          return result;
        };
      };
      await withPage(server.url + '#comments=12', { init }, async ({ page }) => {
        await settle(page, 300);
        await page.evaluate(() => {
          window.__done = [];
          const done = window.Module._ssi_share_done;
          window.Module._ssi_share_done = (copied) => { window.__done.push(copied); return done(copied); };
        });
        const before = stable(await getState(page));
        let x = 100;
        for (; x <= 320; x += 20) {
          await page.mouse.click(x, 24);
          await page.waitForTimeout(250);
          if ((await page.evaluate(() => window.__done.length)) > 0) break;
        }
        const { copies, done, href, leftovers } = await page.evaluate(() => ({
          copies: window.__copies, done: window.__done, href: location.href,
          leftovers: document.querySelectorAll('textarea').length,
        }));
        assert.equal(done.length, 1, `clicking the header row never reached Module._ssi_share_done (up to x = ${x})`);
        assert.equal(copies.length, 1, JSON.stringify(copies));
        assert.equal(copies[0].command, 'copy');
        assert.equal(copies[0].selected, href, 'the fallback should copy the page\'s address with this state');
        assert.equal(done[0], copies[0].result ? 1 : 0, 'ssi_share_done should report what execCommand returned');
        assert.equal(leftovers, 0, 'the fallback left its textarea in the page');
        assert.deepEqual(stable(await getState(page)), before, 'sharing changed the state');
      });
    });

    describe('hostile links: the page loads, the rest applies, a notice lists exactly what was ignored', { concurrency: 2 }, () => {
      // Each link also sets posts=2, which must still apply.
      const long = 'posts=2&' + 'nonsense=1&'.repeat(9100);  // ~100 KB
      const read = long.slice(0, 8192);
      const kept = long[8192] === '&' ? read : read.slice(0, read.lastIndexOf('&'));
      const unknownInRead = kept.split('&').filter((entry) => entry === 'nonsense=1').length;
      const cases = [
        { hash: '#%zz=1&posts=2', notices: ['%zz=1: bad percent-encoding'] },
        { hash: '#comments=abc&posts=2', notices: ['comments=abc: not a number'], inputs: { comments: 1 } },
        { hash: '#comments=1e999&posts=2', notices: ['comments=1e999: clamped to 300'], inputs: { comments: 300 } },
        { hash: '#nonsense=3&posts=2', notices: ['nonsense=3: unknown key'] },
        { hash: '#====&&&posts=2&&', notices: ['====: empty key'] },
        { name: '100 KB of unknown keys', hash: '#' + long,
          notices: [...Array(8).fill('nonsense=1: unknown key'), `and ${unknownInRead + 1 - 8} more problems`] },
        { name: '100 KB value', hash: '#posts=2&comments=' + '9'.repeat(100000),
          notices: ['link too long: the end was ignored'], inputs: { comments: 1 } },
        { hash: '#lang=xx&posts=2', notices: ['lang=xx: unknown language'], language: 'en' },
        { hash: '#accent=zzz&theme=neon&posts=2', notices: ['accent=zzz: not a hex colour', 'theme=neon: unknown theme'] },
        { hash: '#actual=1,2&posts=2', notices: ['actual=1,2: needs 4 numbers'], calibrated: false },
        { hash: '#comments=NaN&reply_hours=nan&target=NaN&posts=2',
          notices: ['comments=NaN: not a number', 'reply_hours=nan: not a number', 'target=NaN: not a number'],
          inputs: { comments: 1, reply_hours: 48 } },
        { hash: '#comments=-5&industry=-3&target=-1&actual=-1,30,5,5&posts=2',
          notices: ['comments=-5: clamped to 0', 'industry=-3: clamped to 1', 'target=-1: clamped to 0',
                    'actual=-1,30,5,5: clamped to 0..25'],
          inputs: { comments: 0 }, calibrated: true, pillars: { brand: 0, people: 25, insights: 5, relationships: 5 } },
        { hash: '#comments=%00&%00=1&posts=2&shares=1%00', notices: ['comments=?: not a number', '?=1: unknown key',
                                                                     'shares=1?: not a number'] },
        { hash: '#comments=5&comments=7&posts=2', notices: ['comments=5: duplicate key: last one kept'], inputs: { comments: 7 } },
        { name: 'markup in a value', hash: '#comments=<img src=/x onerror=alert(1)>&posts=2',
          notices: ['comments=<img src=/x onerror=alert(1)>: not a number'] },
        { name: 'origins that are not http(s) origins', hash: '#origins=null,*,https://ok.example/,javascript:alert(1),HTTPS://A.EXAMPLE&posts=2',
          notices: ['null: not an http(s) origin', '*: not an http(s) origin', 'https://ok.example/: not an http(s) origin',
                    'javascript:alert(1): not an http(s) origin', 'HTTPS://A.EXAMPLE: not an http(s) origin'],
          check: async (page) => assert.deepEqual(await page.evaluate(() => window.SSI.allowedOrigins()), []) },
        { name: 'a long item is cut', hash: `#${'k'.repeat(60)}=1&posts=2`, notices: [`${'k'.repeat(37)}...: unknown key`] },
      ];
      for (const c of cases) {
        test(c.name ?? c.hash, async () => {
          await withPage(server.url + c.hash, {}, async ({ page, requests }) => {
            const state = await getState(page);
            assert.ok(state && state.frames > 0, 'the calculator did not load');
            assert.deepEqual(state.notices, c.notices);
            assert.equal(state.inputs.posts, 2, 'the valid posts=2 of the link was not applied');
            for (const [id, value] of Object.entries(c.inputs ?? {})) assert.equal(state.inputs[id], value, id);
            assert.equal(state.language, c.language ?? 'en');
            if ('calibrated' in c) assert.equal(state.calibrated, c.calibrated);
            if (c.pillars) assert.deepEqual(state.pillars, c.pillars);
            if (c.check) await c.check(page);
            assert.ok(!requests.some((address) => new URL(address).pathname === '/x'), 'the markup made a request');
            // The notice is drawn: its banner colour fills part of the header, under the title.
            await settle(page, 250);
            const image = decodePng(await page.screenshot({ clip: { x: 0, y: 0, width: 1280, height: 320 } }));
            const banner = scan(image, near(noticeFill)).matching;
            assert.ok(banner > 20000, `no notice banner drawn in the header (${banner} pixels of its colour)`);
            assert.ok(scan(image).distinct > 50, 'the header is blank');
          });
        });
      }

      test('control: a clean link draws no notice banner', async () => {
        await withPage(server.url + '#posts=2', {}, async ({ page }) => {
          assert.deepEqual((await getState(page)).notices, []);
          await settle(page, 300);
          const image = decodePng(await page.screenshot({ clip: { x: 0, y: 0, width: 1280, height: 320 } }));
          assert.equal(scan(image, near(noticeFill)).matching, 0, 'a notice banner is drawn without any problem');
        });
      });
    });
  });

  // ---------------------------------------------------------------------------------------
  describe('2. languages', () => {
    const page_language = (page) => page.evaluate(() => ({
      lang: document.documentElement.lang, title: document.title,
      firstLabel: document.querySelector('#mirror label')?.textContent,
    }));

    test('#lang=fr shows French: <html lang>, title, mirror labels and notices', async () => {
      await withPage(server.url + '#lang=fr&comments=abc', { locale: 'es-ES' }, async ({ page }) => {
        const state = await getState(page);
        assert.equal(state.language, 'fr');
        assert.deepEqual(state.notices, ['comments=abc: pas un nombre']);
        assert.deepEqual(await page_language(page), { lang: 'fr', title: 'Calculateur SSI', firstLabel: 'Photo de profil' });
      });
    });

    test('no lang= in the link: an es-ES browser gets Spanish (notices too)', async () => {
      await withPage(server.url + '#comments=abc', { locale: 'es-ES' }, async ({ page }) => {
        const state = await getState(page);
        assert.equal(state.language, 'es');
        assert.deepEqual(state.notices, ['comments=abc: no es un número']);
        const { lang, title } = await page_language(page);
        assert.deepEqual({ lang, title }, { lang: 'es', title: 'Calculadora SSI' });
      });
    });

    test('no lang= in the link: a de-DE browser gets English; lang=ES in a link gets Spanish', async () => {
      await withPage(server.url, { locale: 'de-DE' }, async ({ page }) => {
        assert.equal((await getState(page)).language, 'en');
        const { lang, title } = await page_language(page);
        assert.deepEqual({ lang, title }, { lang: 'en', title: 'SSI Calculator' });
      });
      await withPage(server.url + '#lang=ES', { locale: 'de-DE' }, async ({ page }) => {
        assert.equal((await getState(page)).language, 'es');
        assert.equal((await page_language(page)).title, 'Calculadora SSI');
      });
    });
  });

  // ---------------------------------------------------------------------------------------
  describe('3. themes', () => {
    async function shot(hash, colorScheme) {
      let image;
      await withPage(server.url + hash, { colorScheme }, async ({ page }) => {
        await settle(page, 300);
        image = decodePng(await page.screenshot());
      });
      return image;
    }
    const background = (image) => scan(image).background;

    test('#theme=dark is dark and #theme=light is light, whatever the browser prefers', async () => {
      const dark = background(await shot('#theme=dark', 'light'));
      const light = background(await shot('#theme=light', 'dark'));
      assert.ok(luminance(dark) < 60, `theme=dark background ${dark}`);
      assert.ok(luminance(light) > 200, `theme=light background ${light}`);
    });

    test('auto (explicit or by default) follows the browser\'s colour scheme, also when it changes', async () => {
      const dark = background(await shot('#theme=auto', 'dark'));
      assert.ok(luminance(dark) < 60, `auto in a dark browser: background ${dark}`);
      await withPage(server.url, { colorScheme: 'light' }, async ({ page }) => {
        assert.equal((await getState(page)).theme, 'auto');
        await settle(page, 300);
        const light = background(decodePng(await page.screenshot()));
        assert.ok(luminance(light) > 200, `auto in a light browser: background ${light}`);
        // The system switches to dark while the page is open (and idle).
        const frames = (await getState(page)).frames;
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.waitForFunction((n) => window.SSI.getState().frames > n, frames, { timeout: 5000 })
          .catch(() => assert.fail('the page did not redraw when the colour scheme changed'));
        await settle(page, 300);
        const switched = background(decodePng(await page.screenshot()));
        assert.ok(luminance(switched) < 60, `auto after the switch to dark: background ${switched}`);
      });
    });

    test('#accent=ff0000 colours the controls red', async () => {
      // The inputs column (left half) has no red of its own; the gauge on the right does.
      const column = { x: 0, y: 200, width: 560, height: 600 };
      const plain = scan(await shot('#theme=light', 'light'), reddish, column).matching;
      const red = scan(await shot('#theme=light&accent=ff0000', 'light'), reddish, column).matching;
      const hashForm = scan(await shot('#theme=light&accent=%23FF0000', 'light'), reddish, column).matching;
      assert.ok(plain < 20, `${plain} reddish pixels in the inputs column without an accent`);
      assert.ok(red > 500, `only ${red} reddish pixels in the inputs column with accent=ff0000`);
      assert.ok(hashForm > 500, `only ${hashForm} reddish pixels with accent=%23FF0000`);
    });
  });

  // ---------------------------------------------------------------------------------------
  describe('4. embedding', () => {
    // Inside a frame that replaces window.parent (replaceable) to see the target origins used.
    function watchTargets() {
      window.__targets = [];
      if (window.parent === window) return;
      const parent = window.parent;
      Object.defineProperty(window, 'parent', {
        configurable: true,
        get: () => ({ postMessage: (message, target) => { window.__targets.push(target); parent.postMessage(message, target); } }),
      });
    }

    test('embed.html: sandboxed frame loads, is sized without inner scrolling, and ssi:set / ssi:change work', async () => {
      // embed.html's markup loads index.html, then embed.js points the frame at index.html#origins=...:
      // the first load may be cut short (see the report).
      const options = { init: watchTargets, waitForCalculator: false, aborted: [server.url + 'index.html'] };
      await withPage(server.url + 'embed.html', options, async ({ page }) => {
        await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'ssi:resize' && m.data.height > 1000),
                                   null, { timeout: 30000 });
        const frame = await calculatorFrame(page, '#ssi');
        await settle(frame, 300);
        const inside = await frame.evaluate(() => ({
          origin: self.origin, scripts: [...document.scripts].map((s) => new URL(s.src).pathname),
          hash: location.hash, innerHeight, scrollHeight: document.documentElement.scrollHeight,
          content: Math.ceil(window.SSI.contentHeight()), targets: window.__targets,
          allowed: window.SSI.allowedOrigins(),
        }));
        assert.equal(inside.origin, 'null', 'the sandboxed frame should have an opaque origin');
        assert.ok(inside.scripts.includes('/ssi-single.js') && !inside.scripts.includes('/ssi.js'),
                  `an opaque origin should load ssi-single.js: ${inside.scripts}`);
        assert.equal(inside.hash, `#origins=${origin}`);
        assert.deepEqual(inside.allowed, [origin]);

        const messages = await page.evaluate(() => window.__messages.filter((m) => m.from === 'ssi'));
        assert.ok(messages.length >= 2, JSON.stringify(messages));
        assert.ok(messages.every((m) => m.origin === 'null' && m.data.version === 1), JSON.stringify(messages));
        assert.equal(messages[0].data.type, 'ssi:ready', 'ssi:ready should come first');
        const resizes = messages.filter((m) => m.data.type === 'ssi:resize');
        const lastHeight = resizes.at(-1).data.height;
        assert.ok(lastHeight > 1000, `the frame asked for ${lastHeight} px`);
        assert.equal(lastHeight, inside.content, 'the last ssi:resize should be the content height');
        // The host followed it, and the frame does not scroll inside.
        const frameHeight = await page.evaluate(() => document.getElementById('ssi').clientHeight);
        assert.ok(frameHeight > 1000, `iframe height ${frameHeight}`);
        assert.ok(inside.innerHeight >= inside.content, `frame inner height ${inside.innerHeight} < content ${inside.content}`);
        assert.ok(inside.scrollHeight <= inside.innerHeight, `the frame scrolls inside: ${inside.scrollHeight} > ${inside.innerHeight}`);
        // Every message went to the host's origin explicitly, never '*'.
        assert.ok(inside.targets.length >= messages.length, `${inside.targets.length} posts seen for ${messages.length} messages`);
        assert.deepEqual([...new Set(inside.targets)], [origin], `target origins: ${inside.targets}`);

        // The host's button sends ssi:set; the frame applies it and answers with ssi:change.
        await page.click('#set-active');
        // The frame may already have posted an ssi:change at start (its storage notice): wait for
        // the change that carries the host's inputs.
        await frame.waitForFunction(() => window.SSI.getState().inputs.comments === 35, null, { timeout: 10000 });
        const state = await getState(frame);
        await page.waitForFunction((text) => document.getElementById('last-change').textContent === text,
                                   `SSI ${state.total}`, { timeout: 10000 });
        assert.equal(state.inputs.comments, 35);
        assert.equal(state.inputs.posts, 3);
        assert.equal(state.inputs.active_days, 7);
        // A sandboxed frame cannot store anything and says so (storage_history.test.mjs checks
        // that notice); nothing else may be reported.
        assert.deepEqual(state.notices.filter((n) => !n.startsWith('Storage is blocked')), []);
        assert.equal(await page.textContent('#last-change'), `SSI ${state.total}`);
        const change = (await page.evaluate(() => window.__messages)).filter((m) => m.data?.type === 'ssi:change').at(-1);
        assert.deepEqual({ total: change.data.total, pillars: change.data.pillars, version: change.data.version },
                         { total: state.total, pillars: state.pillars, version: 1 });

        // The host asks for the score card through its own page: a PNG comes back.
        const card = await page.evaluate(() => new Promise((done) => {
          addEventListener('message', (event) => {
            if (event.data?.type === 'ssi:score-card') done({ type: event.data.png.type, size: event.data.png.size });
          });
          document.getElementById('ssi').contentWindow.postMessage({ type: 'ssi:score-card', version: 1 }, '*');
        }));
        assert.equal(card.type, 'image/png');
        assert.ok(card.size > 10000, `a card of ${card.size} bytes`);
      });
    });

    test('hostile host pages: other origins and malformed messages are ignored with a notice, the app stays usable', async () => {
      const host = new URL(hostServer.url).origin;
      const calculator = server.url + 'index.html';
      await writeFile(join(hostDir, 'host.html'), `<!doctype html>
<meta charset="utf-8"><title>Another site</title><link rel="icon" href="data:,">
<iframe id="allowed" sandbox="allow-scripts" style="width:1000px;height:600px" src="${calculator}#origins=${host}"></iframe>
<iframe id="other" sandbox="allow-scripts" style="width:1000px;height:600px" src="${calculator}#origins=https://coach.example"></iframe>
`);
      await withPage(hostServer.url + 'host.html', { waitForCalculator: false, allowedOrigins: [origin, host] }, async ({ page }) => {
        const allowed = await calculatorFrame(page, '#allowed');
        const other = await calculatorFrame(page, '#other');
        assert.deepEqual(await allowed.evaluate(() => window.SSI.allowedOrigins()), [host]);
        const send = (id, build) => page.evaluate(([id, source]) => {
          // eslint-disable-next-line no-new-func
          const message = new Function(`return (${source})`)()();
          document.getElementById(id).contentWindow.postMessage(message, '*');
        }, [id, build.toString()]);
        // The sandboxed frames also say storage is blocked (checked in storage_history.test.mjs).
        const notices = (frame) => frame.evaluate(() => window.SSI.getState().notices
          .filter((n) => !n.startsWith('Storage is blocked')));
        const waitNotices = (frame, count) => frame.waitForFunction((n) => window.SSI.getState().notices
          .filter((notice) => !notice.startsWith('Storage is blocked')).length >= n, count,
                                                                    { timeout: 5000 });

        // A well-formed message from an origin that is not in origins=.
        const otherBefore = stable(await getState(other));
        await send('other', () => ({ type: 'ssi:set', version: 1, inputs: { comments: 35 } }));
        await waitNotices(other, 1);
        assert.deepEqual(await notices(other),
                         [`A message from ${host} was ignored: that site is not allowed to set inputs.`]);
        assert.deepEqual(stable(await getState(other)), otherBefore, 'a message from another origin changed the state');

        // Messages that are not ours are not answered at all; ours, malformed, each get a notice.
        const before = stable(await getState(allowed));
        await send('allowed', () => 'ssi:set');
        await send('allowed', () => null);
        await send('allowed', () => ({ type: 'not-ours', version: 1, inputs: { comments: 35 } }));
        const hostile = [
          [() => ({ type: 'ssi:set', version: 1, inputs: [35, 3, 7] }), 'inputs must be an object of metric ids.'],
          [() => ({ type: 'ssi:set', version: 1, inputs: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => ['m' + i, 1])) }),
           'it is too large.'],
          [() => ({ type: 'ssi:set', version: 1, inputs: Object.fromEntries(Array.from({ length: 100 }, (_, i) => ['k' + i, 1])) }),
           'inputs must be an object of metric ids.'],
          [() => ({ type: 'ssi:set', version: 1, inputs: { comments: 35 }, padding: 'x'.repeat(100 * 1024) }), 'it is too large.'],
          [() => { const m = { type: 'ssi:set', version: 1, inputs: { comments: 35 } }; m.self = m; return m; }, 'it is too large.'],
          [() => ({ type: 'ssi:set', inputs: { comments: 35 } }), 'unknown protocol version undefined.'],
          [() => ({ type: 'ssi:set', version: 2, inputs: { comments: 35 } }), 'unknown protocol version 2.'],
          [() => ({ type: 'ssi:nope', version: 1, inputs: { comments: 35 } }), 'unknown type ssi:nope.'],
        ];
        for (const [index, [build, reason]] of hostile.entries()) {
          await send('allowed', build);
          await waitNotices(allowed, index + 1);
          const shown = await notices(allowed);
          assert.equal(shown.length, index + 1, `message ${index} (${build}) left ${shown.length} notices: ${JSON.stringify(shown)}`);
          assert.equal(shown[index], `A message from ${host} was ignored: ${reason}`, `message ${index}: ${build}`);
          assert.deepEqual(stable(await getState(allowed)), before, `message ${index} changed the state: ${build}`);
        }
        const changes = (await page.evaluate(() => window.__messages))
          .filter((m) => m.from === 'allowed' && m.data?.type === 'ssi:change');
        assert.deepEqual(changes, [], 'ignored messages were reported to the host as changes');

        // Still usable: a good message (with a prototype-pollution attempt and a string value in
        // it) applies what it can, and the frame reports the change to the host.
        await send('allowed', () => ({ type: 'ssi:set', version: 1,
                                       inputs: JSON.parse('{"comments": 35, "__proto__": {"polluted": 1}, "posts": "3"}') }));
        await allowed.waitForFunction(() => window.SSI.getState().inputs.comments === 35, null, { timeout: 5000 });
        const after = await getState(allowed);
        assert.equal(after.inputs.posts, before.inputs.posts, 'posts sent as a string should be ignored');
        assert.equal(await allowed.evaluate(() => ({}).polluted), undefined, 'Object.prototype was polluted');
        await page.waitForFunction(() => window.__messages.some((m) => m.from === 'allowed' && m.data?.type === 'ssi:change'),
                                   null, { timeout: 5000 });
        const change = (await page.evaluate(() => window.__messages))
          .filter((m) => m.from === 'allowed' && m.data?.type === 'ssi:change').at(-1);
        assert.equal(change.data.total, after.total);
        assert.equal(change.origin, 'null');
        // And by hand: the page's own API still works after all that.
        await allowed.evaluate(() => window.SSI.setInputs({ comments: 0 }));
        await allowed.waitForFunction(() => window.SSI.getState().inputs.comments === 0, null, { timeout: 5000 });
      });
    });
  });

  // ---------------------------------------------------------------------------------------
  describe('5. accessibility', () => {
    test('the hidden mirror has one labelled control per metric', async () => {
      await withPage(server.url, {}, async ({ page }) => {
        const controls = await page.evaluate(() => [...document.querySelectorAll('#mirror input[data-metric]')].map((input) => ({
          id: input.dataset.metric, type: input.type,
          labels: [...input.labels].map((label) => label.textContent.trim()),
        })));
        assert.deepEqual(controls.map((c) => c.id).sort(), [...metricIds].sort(), 'one mirror control per metric');
        for (const c of controls) {
          assert.ok(c.type === 'range' || c.type === 'checkbox', `${c.id} is a ${c.type}`);
          assert.equal(c.labels.length, 1, `${c.id} has ${c.labels.length} labels`);
          assert.ok(c.labels[0].length > 2, `${c.id}'s label is empty`);
        }
        assert.equal(controls.find((c) => c.id === 'photo').type, 'checkbox');
        assert.equal(controls.find((c) => c.id === 'comments').type, 'range');
        assert.equal(await page.getAttribute('#live', 'aria-live'), 'polite');
      });
    });

    test('the mirror and the canvas stay in step both ways; #live reads the score after a pause', async () => {
      await withPage(server.url, {}, async ({ page }) => {
        const start = await getState(page);
        // A screen reader user sets a slider (the 'input' event of a range).
        await page.evaluate(() => {
          const input = document.getElementById('mirror-comments');
          input.value = '35';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        await page.waitForFunction(() => window.SSI.getState().inputs.comments === 35, null, { timeout: 5000 });
        const afterSlider = await getState(page);
        assert.ok(afterSlider.total > start.total, `total ${start.total} -> ${afterSlider.total}`);

        // The keyboard on a focused range and a checkbox.
        await page.focus('#mirror-posts');
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(() => window.SSI.getState().inputs.posts === 1, null, { timeout: 5000 });
        await page.focus('#mirror-about');
        await page.keyboard.press('Space');
        await page.waitForFunction(() => window.SSI.getState().inputs.about === 1, null, { timeout: 5000 });
        const afterKeys = await getState(page);
        assert.ok(afterKeys.total > afterSlider.total, `total ${afterSlider.total} -> ${afterKeys.total}`);

        // The canvas side changes: the mirror follows.
        await page.evaluate(() => window.SSI.setInputs({ comments: 120, photo: 0, reply_hours: null }));
        await page.waitForFunction(() => document.getElementById('mirror-comments').value === '120', null, { timeout: 5000 });
        const mirror = await page.evaluate(() => ({
          photo: document.getElementById('mirror-photo').checked,
          replyDisabled: document.getElementById('mirror-reply_hours').disabled,
          replyUnknown: document.getElementById('mirror-unknown-reply_hours').checked,
          valuetext: document.getElementById('mirror-comments').getAttribute('aria-valuetext'),
        }));
        assert.equal(mirror.photo, false, 'the photo checkbox did not follow');
        assert.equal(mirror.replyDisabled, true, 'an unknown metric\'s control should be disabled');
        assert.equal(mirror.replyUnknown, true, 'the "unknown" checkbox did not follow');
        assert.match(mirror.valuetext ?? '', /120/, 'aria-valuetext should say the new value');

        // #live: not at once (debounced), then the total and the pillars, once.
        await page.evaluate(() => {
          const live = document.getElementById('live');
          window.__liveAtChange = null;
          window.__liveUpdates = 0;
          new MutationObserver(() => { window.__liveUpdates += 1; })
            .observe(live, { childList: true, characterData: true, subtree: true });
          window.SSI.on('change', () => { if (window.__liveAtChange === null) window.__liveAtChange = live.textContent; });
        });
        const liveBefore = await page.textContent('#live');
        for (const comments of [10, 20, 30, 40]) {
          await page.evaluate((comments) => window.SSI.setInputs({ comments }), comments);
          await page.waitForTimeout(50);
        }
        await page.waitForFunction(() => window.SSI.getState().inputs.comments === 40);
        const state = await getState(page);
        const p = state.pillars;
        const expected = `SSI ${state.total}: Brand ${p.brand}, People ${p.people}, Insights ${p.insights}, Relationships ${p.relationships}`;
        await page.waitForFunction((text) => document.getElementById('live').textContent === text, expected, { timeout: 5000 })
          .catch(async () => assert.fail(`#live says "${await page.textContent('#live')}", expected "${expected}"`));
        await page.waitForTimeout(700);
        const { atChange, updates } = await page.evaluate(() => ({ atChange: window.__liveAtChange, updates: window.__liveUpdates }));
        assert.equal(atChange, liveBefore, '#live changed in the same task as the change: not debounced');
        assert.equal(updates, 1, `#live was rewritten ${updates} times for four quick changes`);
      });
    });
  });

  // ---------------------------------------------------------------------------------------
  describe('6. security', () => {
    test('over http: zero CSP violations, only its own files, and the CSP does block inline script', async () => {
      // The one console error allowed: the report of the inline script this test injects.
      const expectedConsole = /^Executing inline script violates the following Content Security Policy/;
      await withPage(server.url + '#comments=20', { expectedConsole }, async ({ page, requests }) => {
        await settle(page, 300);
        const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
        assert.match(csp, /default-src 'self'/);
        assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/, `a weak policy: ${csp}`);
        assert.deepEqual(await page.evaluate(() => window.__csp), []);
        assert.ok(requests.some((address) => address.endsWith('/ssi.wasm')), 'ssi.wasm was not requested');
        // The recorder works: an injected inline script is refused and reported.
        await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.__inline = 1';
          document.head.append(script);
        });
        await page.waitForFunction(() => window.__csp.length > 0, null, { timeout: 5000 });
        assert.equal(await page.evaluate(() => window.__inline), undefined, 'an inline script ran');
        await page.evaluate(() => { window.__csp = []; });
      });
    });

    test('from file://: it works, without CSP violations, console errors or non-file requests', async () => {
      const file = pathToFileURL(join(site, 'index.html')).href;
      await withPage(file + '#comments=35&lang=fr', { allowedOrigins: ['file://'] }, async ({ page, requests }) => {
        const state = await getState(page);
        assert.equal(typeof state.total, 'number');
        assert.equal(state.inputs.comments, 35);
        assert.equal(state.language, 'fr');
        assert.ok(requests.length > 0 && requests.every((address) => address.startsWith('file:')), JSON.stringify(requests));
        assert.ok(requests.some((address) => address.endsWith('/ssi-single.js')), 'file:// should load ssi-single.js');
        await page.evaluate(() => window.SSI.setInputs({ comments: 50 }));
        await page.waitForFunction(() => window.SSI.getState().inputs.comments === 50, null, { timeout: 5000 });
      });
    });
  });
});
