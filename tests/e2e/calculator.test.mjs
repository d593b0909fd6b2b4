// End-to-end tests of the calculator in Debian's Chromium: the page is served from dist/ on a
// loopback port, driven with playwright-core, and what it shows is checked against the native
// core (build/native/tests/core_evaluate) for the same inputs.
//   node --test --test-reporter=spec tests/e2e/
// Needs dist/ (scripts/build.sh web) and the native tools (scripts/build.sh native).
// Screenshots are written to build/screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildDir, launch, openCalculator, requireSite, serve, settle, snapshotDist, watchProblems } from './harness.mjs';
import { decodePng } from './png.mjs';

const run = promisify(execFile);
const coreEvaluateBinary = process.env.CORE_EVALUATE ?? join(buildDir, 'native', 'tests', 'core_evaluate');
const screenshots = join(buildDir, 'screenshots');

// Distinct colours, the most common colour (the background) and the share of other pixels,
// over a rectangle of the image.
function colourStats(image, { x = 0, y = 0, width = image.width, height = image.height } = {}) {
  const counts = new Map();
  for (let j = y; j < y + height; ++j) {
    for (let i = x; i < x + width; ++i) {
      const [r, g, b] = image.rgb(i, j);
      const colour = (r << 16) | (g << 8) | b;
      counts.set(colour, (counts.get(colour) ?? 0) + 1);
    }
  }
  let background = 0;
  let backgroundCount = -1;
  for (const [colour, count] of counts) {
    if (count > backgroundCount) [background, backgroundCount] = [colour, count];
  }
  return {
    distinct: counts.size,
    background: '#' + background.toString(16).padStart(6, '0'),
    foreground: 1 - backgroundCount / (width * height),
  };
}

function assertNotBlank(image, what) {
  const all = colourStats(image);
  assert.ok(all.distinct > 1, `${what}: the whole canvas is one colour (${all.background})`);
  assert.ok(all.distinct >= 200, `${what}: only ${all.distinct} distinct colours: ${JSON.stringify(all)}`);
  assert.ok(all.foreground >= 0.05,
            `${what}: only ${(all.foreground * 100).toFixed(2)}% of the pixels differ from the background ${all.background}`);
  // Every quarter of the page has something drawn in it (the layout fills the width and height).
  const w = Math.floor(image.width / 2);
  const h = Math.floor(image.height / 2);
  for (const [name, x, y] of [['top left', 0, 0], ['top right', w, 0], ['bottom left', 0, h], ['bottom right', w, h]]) {
    const quarter = colourStats(image, { x, y, width: w, height: h });
    assert.ok(quarter.distinct >= 20 && quarter.foreground >= 0.01,
              `${what}: the ${name} quarter looks empty: ${JSON.stringify(quarter)}`);
  }
  return all;
}

// ---- The core's answer for the same inputs.

async function coreEvaluate(inputs) {
  await access(coreEvaluateBinary).catch(() => {
    throw new Error(`${coreEvaluateBinary} is missing: build it with scripts/build.sh native`);
  });
  const args = Object.entries(inputs).map(([id, value]) => `${id}=${value === null ? 'null' : value}`);
  const { stdout } = await run(coreEvaluateBinary, args);
  return JSON.parse(stdout);
}

// getState() shows exactly what the core computes for the inputs it reports.
async function assertMatchesCore(state) {
  assert.equal(Object.keys(state.inputs).length, 30, 'getState().inputs should list all 30 metrics');
  const core = await coreEvaluate(state.inputs);
  assert.equal(state.total, core.total, `total shown ${state.total}, core ${core.total} for ${JSON.stringify(state.inputs)}`);
  assert.deepEqual(state.pillars, core.pillars, `pillars shown vs core for ${JSON.stringify(state.inputs)}`);
}

// ---- Page helpers.

const getState = (page) => page.evaluate(() => window.SSI.getState());
const control = (page, id) => page.evaluate((id) => window.SSI.controls().find((c) => c.id === id), id);
// Waits for the loop to go to sleep; 300 ms without a frame is plenty while it is awake (it
// draws every ~100 ms at worst here), and keeps the file fast. The idle test uses the default.
const quiet = (page) => settle(page, 300);
const viewport = (page) => page.evaluate(() => ({ width: innerWidth, height: innerHeight }));

// Waits until the loop has drawn `count` more frames than `since`.
async function framesAfter(page, since, count = 2) {
  await page.waitForFunction((target) => window.SSI.getState().frames >= target, since + count, { timeout: 10000 });
}

// Scrolls the column under (x, viewport middle) with the mouse wheel until the metric's control
// is drawn, visible and well inside the viewport (clear of the header above the column).
async function scrollIntoView(page, id) {
  const { height } = await viewport(page);
  const { dpr } = await page.evaluate(() => ({ dpr: devicePixelRatio }));
  const inBand = (c) => c.visible && c.y >= height * 0.25 && c.y + c.height <= height * 0.9;
  let ratio = 1 / dpr;  // CSS pixels scrolled per unit of wheel delta (a guess at first, then measured)
  for (let attempt = 0; attempt < 30; ++attempt) {
    const c = await control(page, id);
    assert.ok(c, `no control for ${id}`);
    if (inBand(c)) break;
    const drawn = c.height > 0;  // a card scrolled far out of view records no rectangle
    const distance = drawn ? c.y + c.height / 2 - height * 0.55 : height;
    const delta = Math.max(-3000, Math.min(3000, Math.round(distance / ratio)));
    const x = drawn ? c.x + c.width / 2 : (await page.evaluate(() => innerWidth)) / 4;
    await page.mouse.move(x, height * 0.55);
    const frames = (await getState(page)).frames;
    await page.mouse.wheel(0, delta);
    await framesAfter(page, frames, 3);
    const moved = await control(page, id);
    if (drawn && moved.height > 0 && moved.y !== c.y) ratio = Math.max(0.05, (c.y - moved.y) / delta);
  }
  await quiet(page);
  const c = await control(page, id);
  assert.ok(c.visible && c.y >= 0 && c.y + c.height <= height,
            `${id} could not be scrolled fully into the viewport: ${JSON.stringify(c)}`);
  return c;
}

// ---- The tests.

describe('SSI calculator in Chromium', () => {
  let server;
  let browser;
  const contexts = new Set();

  before(async () => {
    await requireSite();
    await mkdir(screenshots, { recursive: true });
    server = await serve();
    browser = await launch();
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

  // Opens the calculator, runs `body`, then checks nothing went wrong on the page: no console
  // errors, no page errors, no failed requests. The context is closed whatever happens.
  async function withCalculator(options, body) {
    const { page, context, problems } = await openCalculator(browser, server.url, options);
    contexts.add(context);
    try {
      await body(page);
    } catch (error) {
      if (problems.length) error.message += `\n(the page also reported: ${problems.join(' | ')})`;
      throw error;
    } finally {
      await context.close().catch(() => {});
      contexts.delete(context);
    }
    assert.deepEqual(problems, [], 'console errors, page errors or failed requests');
  }

  test('the canvas is drawn: many colours, not one flat colour', async () => {
    await withCalculator({ width: 1280, height: 800 }, async (page) => {
      await quiet(page);
      const image = decodePng(await page.locator('#canvas').screenshot());
      assert.equal(image.width, 1280);
      assert.equal(image.height, 800);
      assertNotBlank(image, 'desktop canvas');
      assert.equal(await page.locator('#status').isHidden(), true, 'the loading message is still shown');
    });
  });

  test('a lost GPU context: drawing stops with a message, and after the restore everything is drawn again, changes too', async () => {
    await withCalculator({ width: 1280, height: 800 }, async (page) => {
      await quiet(page);
      const before = await page.evaluate(() => window.SSI.getState());
      await page.evaluate(() => {
        window.__gl = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
        window.__gl.loseContext();
      });
      await page.waitForFunction(() => !document.getElementById('status').hidden, null, { timeout: 5000 });
      assert.match(await page.locator('#status').textContent(), /graphics/);
      // Input while the context is gone is kept, and nothing is drawn.
      await page.evaluate(() => window.SSI.setInputs({ comments: 40 }));
      const lostFrames = (await page.evaluate(() => window.SSI.getState())).frames;
      await page.waitForTimeout(300);
      assert.equal((await page.evaluate(() => window.SSI.getState())).frames, lostFrames, 'no frames without a context');

      await page.evaluate(() => window.__gl.restoreContext());
      await page.waitForFunction(() => document.getElementById('status').hidden, null, { timeout: 5000 });
      await quiet(page);
      const restored = await page.evaluate(() => window.SSI.getState());
      assert.ok(restored.frames > lostFrames, 'frames are drawn again');
      assert.equal(restored.inputs.comments, 40, 'the input made while the context was lost is kept');
      assert.notEqual(restored.total, before.total);
      const shown = decodePng(await page.locator('#canvas').screenshot());
      assertNotBlank(shown, 'canvas after the restore');

      // A change after the restore is drawn: the canvas differs where the total is.
      await page.evaluate(() => window.SSI.setInputs({ comments: 0, posts: 0, articles: 0 }));
      await quiet(page);
      const changed = decodePng(await page.locator('#canvas').screenshot());
      assertNotBlank(changed, 'canvas after a change');
      let differing = 0;
      for (let y = 0; y < shown.height; y += 2) {
        for (let x = 0; x < shown.width; x += 2) {
          if (shown.rgb(x, y).join() !== changed.rgb(x, y).join()) ++differing;
        }
      }
      assert.ok(differing > 100, `the change is drawn (${differing} sampled pixels differ)`);
    });
  });

  test('a GPU context lost before the first frame: the page starts anyway and says so, and draws once it is back', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.add(context);
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      // The context is taken away as soon as the program makes it, before any frame is drawn.
      await page.addInitScript(() => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
          const gl = getContext.call(this, type, ...rest);
          if (type === 'webgl2' && gl && !window.__lose) {
            window.__lose = gl.getExtension('WEBGL_lose_context');
            window.__lose.loseContext();
          }
          return gl;
        };
        const listen = () => (window.SSI ? window.SSI.on('ready', () => { window.__ready = true; }) : setTimeout(listen, 1));
        listen();
      });
      await page.goto(server.url + '#comments=12');
      await page.waitForFunction(() => window.__ready, null, { timeout: 10000 });  // 'ready' without a frame
      assert.match(await page.locator('#status').textContent(), /graphics/);
      assert.equal(await page.locator('#status').isHidden(), false);
      const lost = await page.evaluate(() => window.SSI.getState());
      assert.equal(lost.frames, 0);
      assert.equal(lost.inputs.comments, 12, 'the link applied');
      assert.ok(lost.total > 0, 'the state is evaluated without drawing');

      await page.evaluate(() => window.__lose.restoreContext());
      await page.waitForFunction(() => window.SSI.getState().frames > 0, null, { timeout: 10000 });
      await page.waitForFunction(() => document.getElementById('status').hidden, null, { timeout: 5000 });
      await settle(page);
      assertNotBlank(decodePng(await page.locator('#canvas').screenshot()), 'canvas after the restore');
      assert.deepEqual(problems, [], 'console errors, page errors or failed requests');
    } finally {
      await context.close().catch(() => {});
      contexts.delete(context);
    }
  });

  describe('layouts: screenshots, no horizontal overflow, crisp backing store', () => {
    const layouts = [
      { name: 'phone-375x740@2', width: 375, height: 740, scale: 2, touch: true },
      { name: 'desktop-1280x800@1', width: 1280, height: 800, scale: 1, touch: false },
      { name: 'small-phone-320x640@3', width: 320, height: 640, scale: 3, touch: true },
      { name: 'wide-1920x1080@1', width: 1920, height: 1080, scale: 1, touch: false },
    ];
    for (const layout of layouts) {
      test(layout.name, async () => {
        await withCalculator(layout, async (page) => {
          await quiet(page);
          const png = await page.screenshot();
          await writeFile(join(screenshots, `${layout.name}.png`), png);
          const image = decodePng(png);
          assert.equal(image.width, layout.width * layout.scale);
          assert.equal(image.height, layout.height * layout.scale);
          assertNotBlank(image, layout.name);

          const page_ = await page.evaluate(() => {
            const canvas = document.getElementById('canvas');
            return {
              innerWidth, innerHeight, devicePixelRatio,
              scrollWidth: document.documentElement.scrollWidth,
              canvas: { width: canvas.width, height: canvas.height,
                        clientWidth: canvas.clientWidth, clientHeight: canvas.clientHeight },
            };
          });
          const { canvas } = page_;
          assert.equal(page_.devicePixelRatio, layout.scale);
          assert.ok(page_.scrollWidth <= page_.innerWidth,
                    `horizontal overflow: scrollWidth ${page_.scrollWidth} > innerWidth ${page_.innerWidth}`);
          assert.equal(canvas.clientWidth, page_.innerWidth, 'the canvas does not fill the width');
          assert.equal(canvas.clientHeight, page_.innerHeight, 'the canvas does not fill the height');
          assert.equal(canvas.width, Math.round(canvas.clientWidth * page_.devicePixelRatio),
                       `backing store width ${canvas.width} for ${canvas.clientWidth} CSS px at ${page_.devicePixelRatio}x`);
          assert.equal(canvas.height, Math.round(canvas.clientHeight * page_.devicePixelRatio),
                       `backing store height ${canvas.height} for ${canvas.clientHeight} CSS px at ${page_.devicePixelRatio}x`);
          await assertMatchesCore(await getState(page));
        });
      });
    }
  });

  test('the mouse wheel scrolls the inputs column without console errors', async () => {
    await withCalculator({ width: 1280, height: 800 }, async (page) => {
      await quiet(page);
      const before = await control(page, 'comments');
      const endorsements = await control(page, 'endorsements');
      await page.mouse.move(endorsements.x + endorsements.width / 2, 400);
      const frames = (await getState(page)).frames;
      await page.mouse.wheel(0, 300);
      await framesAfter(page, frames, 3);
      await quiet(page);
      const after = await control(page, 'comments');
      assert.ok(after.y < before.y, `the column did not scroll: comments at y ${before.y}, then ${after.y}`);
    });
  });

  test('dragging a slider with the mouse changes the total as the core computes it', async () => {
    await withCalculator({ width: 1280, height: 800 }, async (page) => {
      await quiet(page);
      const slider = await scrollIntoView(page, 'comments');
      const before = await getState(page);
      const y = slider.y + slider.height / 2;
      await page.mouse.move(slider.x + slider.width * 0.1, y);
      await page.mouse.down();
      // Five moves (each one waits for the busy page to take it: ~0.3 s here) to 90%.
      for (let step = 1; step <= 5; ++step) await page.mouse.move(slider.x + slider.width * (0.1 + step * 0.16), y);
      await page.mouse.up();
      await quiet(page);
      await page.screenshot({ path: join(screenshots, 'desktop-after-drag.png') });
      const after = await getState(page);
      assert.ok(after.inputs.comments > before.inputs.comments,
                `comments did not go up: ${before.inputs.comments} -> ${after.inputs.comments}`);
      assert.notEqual(after.total, before.total, `the total stayed ${before.total}`);
      await assertMatchesCore(after);
    });
  });

  test('tapping a slider on a phone sets its value', async () => {
    await withCalculator({ width: 375, height: 740, scale: 2, touch: true }, async (page) => {
      await quiet(page);
      const slider = await scrollIntoView(page, 'comments');
      const before = await getState(page);
      await page.touchscreen.tap(slider.x + slider.width * 0.8, slider.y + slider.height / 2);
      await quiet(page);
      await page.screenshot({ path: join(screenshots, 'phone-after-tap.png') });
      const after = await getState(page);
      assert.ok(after.inputs.comments > before.inputs.comments,
                `the tap did not move comments: ${before.inputs.comments} -> ${after.inputs.comments}`);
      assert.notEqual(after.total, before.total, `the total stayed ${before.total}`);
      await assertMatchesCore(after);
    });
  });

  test('a phone scrolled to the end and back: the rows built only in sight stay in place and work', async () => {
    await withCalculator({ width: 390, height: 800, scale: 2, touch: false }, async (page) => {
      await quiet(page);
      await scrollIntoView(page, 'acceptance_rate');  // the last pillar's rows, then past the inputs
      await page.mouse.move(200, 500);
      for (let i = 0; i < 8; ++i) await page.mouse.wheel(0, 600);
      await quiet(page);
      const away = await control(page, 'endorsements');
      assert.equal(away.visible, false);
      assert.ok(away.y < 0, `the card scrolled away above, at y ${away.y}`);
      const slider = await scrollIntoView(page, 'endorsements');
      const rows = await page.evaluate(() => window.SSI.controls().filter((c) => c.visible && !c.id.startsWith('button:')));
      for (let i = 1; i < rows.length; ++i)
        assert.ok(rows[i].y >= rows[i - 1].y + rows[i - 1].height, `${rows[i].id} overlaps ${rows[i - 1].id}`);
      const before = await getState(page);
      await page.mouse.click(slider.x + slider.width * 0.9, slider.y + slider.height / 2);
      await quiet(page);
      const after = await getState(page);
      assert.ok(after.inputs.endorsements > before.inputs.endorsements,
                `the click did not move endorsements: ${before.inputs.endorsements} -> ${after.inputs.endorsements}`);
      await assertMatchesCore(after);
    });
  });

  test('the frame loop sleeps when idle and wakes on input', async () => {
    await withCalculator({ width: 1280, height: 800 }, async (page) => {
      const idle = await settle(page);
      await page.waitForTimeout(2000);
      assert.equal((await getState(page)).frames, idle, 'frames were drawn during 2 s of idle');

      await page.mouse.move(640, 400);
      await page.mouse.move(660, 420);
      await framesAfter(page, idle, 1);  // throws after 10 s if the loop stays asleep

      const asleep = await quiet(page);
      const report = await page.evaluate(() => window.SSI.setInputs({ comments: 20 }));
      assert.deepEqual(report.applied, ['comments']);
      await framesAfter(page, asleep, 1);
      const back = await settle(page);
      await page.waitForTimeout(1000);
      assert.equal((await getState(page)).frames, back, 'frames were drawn after going idle again');
    });
  });

  test('the frame loop also sleeps while a slider is in text entry (Ctrl+click)', async () => {
    await withCalculator({ width: 1280, height: 800 }, async (page) => {
      await quiet(page);
      const slider = await control(page, 'endorsements');
      const before = await getState(page);
      await page.keyboard.down('Control');
      await page.mouse.click(slider.x + slider.width / 2, slider.y + slider.height / 2);
      await page.keyboard.up('Control');
      await page.waitForTimeout(1000);  // past the 0.35 s the loop stays awake after an input
      await page.screenshot({ path: join(screenshots, 'desktop-text-entry.png') });
      const start = (await getState(page)).frames;
      await page.waitForTimeout(2000);
      const drawn = (await getState(page)).frames - start;
      await page.keyboard.press('Escape');
      await quiet(page);
      assert.deepEqual((await getState(page)).inputs, before.inputs, 'Ctrl+click and Escape changed a value');
      assert.equal(drawn, 0, `${drawn} frames drawn in 2 s with the text field open and nothing happening`);
    });
  });

  test('SSI.setInputs clamps, ignores unknown ids and accepts unknown values', async () => {
    await withCalculator({ width: 1280, height: 800 }, async (page) => {
      await quiet(page);
      const setInputs = (inputs) => page.evaluate((inputs) => window.SSI.setInputs(inputs), inputs);
      const stable = ({ total, pillars, inputs, baseline, rank, language }) => ({ total, pillars, inputs, baseline, rank, language });

      const huge = await setInputs({ comments: 1e9 });
      assert.deepEqual(huge, { applied: [], clamped: ['comments'], ignored: [] });
      let state = await getState(page);
      assert.equal(state.inputs.comments, 300, 'comments should be clamped to its maximum');
      await assertMatchesCore(state);

      const negative = await setInputs({ comments: -5 });
      assert.deepEqual(negative, { applied: [], clamped: ['comments'], ignored: [] });
      state = await getState(page);
      assert.equal(state.inputs.comments, 0, 'comments should be clamped to its minimum');
      await assertMatchesCore(state);

      const beforeNonsense = stable(await getState(page));
      const nonsense = await setInputs({ nonsense: 3 });
      assert.deepEqual(nonsense.applied, []);
      assert.deepEqual(nonsense.clamped, []);
      assert.deepEqual(nonsense.ignored.map((entry) => entry.key), ['nonsense']);
      assert.deepEqual(stable(await getState(page)), beforeNonsense, 'an unknown id changed the state');

      assert.equal((await getState(page)).inputs.reply_hours, 48);
      const unknown = await setInputs({ reply_hours: null });
      assert.deepEqual(unknown, { applied: ['reply_hours'], clamped: [], ignored: [] });
      state = await getState(page);
      assert.equal(state.inputs.reply_hours, null, 'reply_hours should be unknown');
      await assertMatchesCore(state);

      // The page keeps drawing what it reports: it still shows a sane state after the changes.
      await quiet(page);
      assertNotBlank(decodePng(await page.locator('#canvas').screenshot()), 'canvas after setInputs');
    });
  });

  test('keyboard: Tab moves the focus, Space and arrows change a slider', async () => {
    await withCalculator({ width: 1280, height: 800 }, async (page) => {
      await quiet(page);
      const before = await getState(page);
      const changed = (state) => Object.keys(state.inputs).filter((id) => state.inputs[id] !== before.inputs[id]);
      const press = async (...keys) => {
        for (const key of keys) {
          const frames = (await getState(page)).frames;
          await page.keyboard.press(key);
          await framesAfter(page, frames, 2);
        }
      };
      // A click on an empty spot of the inputs card, right of the "Profile photo" checkbox,
      // gives it the keyboard focus without changing anything.
      const photo = await control(page, 'photo');
      await page.mouse.click(photo.x + photo.width + 150, photo.y + photo.height / 2);
      await quiet(page);
      assert.deepEqual(changed(await getState(page)), [], 'the click changed a value');

      // Tab: the three preset buttons, the first pillar's header, "Profile photo". Tabbing
      // onto a button only focuses it; arrows only move the focus.
      await press('Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'ArrowRight', 'ArrowLeft');
      assert.deepEqual(changed(await getState(page)), [], 'Tab or arrows alone changed a value');

      // Down past the other profile checkboxes to the first slider (skill endorsements), Space
      // starts adjusting it, ArrowRight raises it, Space ends.
      await press(...Array(8).fill('ArrowDown'), 'Space', 'ArrowRight', 'ArrowRight', 'Space');
      const raised = await getState(page);
      const ids = changed(raised);
      assert.equal(ids.length, 1, `expected one slider to change, got ${JSON.stringify(ids)}`);
      const [id] = ids;
      assert.ok(raised.inputs[id] > before.inputs[id], `${id} did not go up: ${before.inputs[id]} -> ${raised.inputs[id]}`);
      await assertMatchesCore(raised);

      await press('Space', 'ArrowLeft', 'Space');
      const lowered = await getState(page);
      assert.ok(lowered.inputs[id] < raised.inputs[id], `ArrowLeft did not lower ${id}: ${raised.inputs[id]} -> ${lowered.inputs[id]}`);
      await assertMatchesCore(lowered);
      await quiet(page);
    });
  });

  test('a site copied without ssi.wasm says what is missing instead of a blank page', async () => {
    const site = await snapshotDist();
    const broken = await serve(site);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.add(context);
    try {
      await rm(join(site, 'ssi.wasm'));
      const page = await context.newPage();
      await page.goto(broken.url);
      const status = page.locator('#status');
      await status.filter({ hasText: 'ssi.wasm' }).waitFor({ timeout: 15000 });
      assert.match(await status.textContent(), /ssi\.wasm could not be loaded \(HTTP 404\)/);
      assert.equal(await status.isVisible(), true);
    } finally {
      await context.close();
      contexts.delete(context);
      await broken.close();
      await rm(site, { recursive: true, force: true });
    }
  });

  // ssi.wasm is what the start-up runs; the rest of the program, ssi.deferred.wasm
  // (scripts/split_wasm.mjs), comes after the first frame. A call into it before it is in
  // (here: its first download fails) loads it at once and works.
  test('the program\'s second part comes after the first frame, and a call that needs it sooner loads it at once', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.add(context);
    try {
      await context.addInitScript(() => {
        const draw = WebGL2RenderingContext.prototype.drawElements;
        WebGL2RenderingContext.prototype.drawElements = function (...args) {
          window.firstDraw ??= performance.now();
          return draw.apply(this, args);
        };
      });
      const page = await context.newPage();
      const deferred = new URL('ssi.deferred.wasm', server.url).href;
      const problems = watchProblems(page, { aborted: [deferred], expectedConsole: /Failed to load resource: net::ERR_ABORTED/ });
      const warnings = [];
      page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
      let requests = 0;
      await page.route(deferred, (route) => (++requests === 1 ? route.abort('aborted') : route.continue()));
      await page.goto(server.url);
      await page.waitForFunction(() => window.SSI?.getState()?.frames > 0, null, { timeout: 30000 });
      await page.waitForFunction(() => performance.getEntriesByName(new URL('ssi.deferred.wasm', location.href).href).length > 0);
      const timing = await page.evaluate(() => ({
        firstDraw: window.firstDraw,
        deferred: performance.getEntriesByName(new URL('ssi.deferred.wasm', location.href).href)[0].startTime,
      }));
      assert.ok(timing.deferred > timing.firstDraw, `ssi.deferred.wasm was asked for at ${timing.deferred} ms, the first draw was at ${timing.firstDraw} ms`);
      assert.equal(requests, 1, 'one request so far, which failed');
      // Reading a pasted page is code the start-up never runs.
      const read = await page.evaluate(() => window.SSI.pasteText('Nothing like an SSI page here'));
      assert.equal(read.ok, false);
      assert.equal(read.problem, 'not_ssi_page');
      assert.equal(requests, 2, 'the call loaded the second part');
      assert.ok(warnings.some((text) => text.includes('placeholder function called')), warnings.join(' | '));
      // And the program goes on working.
      await page.evaluate(() => window.SSI.setInputs({ comments: 30 }));
      await page.waitForFunction(() => window.SSI.getState().inputs.comments === 30);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      contexts.delete(context);
    }
  });
});
