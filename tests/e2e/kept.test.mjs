// End-to-end tests that nothing the user keeps is lost, in Debian's Chromium: the work in
// progress comes back when the page is opened again without a link; a link wins, and the work it
// replaced is saved first as a scenario, once; two tabs saving, deleting and adding readings at
// the same time lose nothing and each shows the other's changes; a full storage says so and
// keeps what was stored whole.
//   node --test --test-reporter=spec tests/e2e/kept.test.mjs
// Needs dist/ (scripts/build.sh web).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickControl, servedSite, typeInto, watchProblems } from './harness.mjs';

const getState = (page) => page.evaluate(() => window.SSI.getState());
const viewport = { width: 1280, height: 800 };

// Opens `url` in `page` and waits for the first frame.
async function visit(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.SSI?.getState()?.frames > 0, null, { timeout: 30000 });
}

// Waits until `predicate(state)` holds in the page, within `ms` (polled from here: the page's
// Content-Security-Policy forbids evaluating a predicate's text there).
async function until(page, predicate, ms = 1000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const state = await getState(page);
    if (predicate(state)) return state;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${predicate} on ${JSON.stringify(state.scenarios)}, readings ${state.readings}`);
    await page.waitForTimeout(50);
  }
}

describe('nothing the user keeps is lost', () => {
  const site = servedSite();

  test('the work in progress comes back without a link; a link wins and the work it replaced is saved once', async () => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    const problems = watchProblems(page);
    // Settings from a link, then work on top of them (the baseline is the link's scenario).
    await visit(page, site.server.url + '#comments=20&actual=20.5,10,12.25,15&industry=31&network=44&target=80&lang=fr&theme=dark&accent=0a66c2');
    await page.evaluate(() => window.SSI.setInputs({ comments: 35, posts: 4, reply_hours: null }));
    const work = await getState(page);
    assert.notEqual(work.total, work.baseline.total);
    await page.waitForTimeout(500);  // kept a moment after the change (and when the page is left)

    // Opened again by its bare address: everything is back, the baseline too.
    await visit(page, site.server.url);
    const back = await getState(page);
    for (const key of ['inputs', 'baseline', 'actual', 'averages', 'language', 'theme', 'total', 'calibrated']) {
      assert.deepEqual(back[key], work[key], key);
    }
    assert.equal(back.plan.target, 80);
    assert.deepEqual(back.notices, []);
    assert.deepEqual(back.scenarios, []);

    // A link: it wins, the work is saved first as a scenario named with the date and time, in
    // the user's language, and a notice says so.
    await visit(page, site.server.url + '#comments=3');
    const linked = await getState(page);
    assert.equal(linked.inputs.comments, 3);
    assert.equal(linked.language, 'fr', 'the link does not set the language: the user\'s stays');
    assert.equal(linked.scenarios.length, 1);
    assert.match(linked.scenarios[0], /^Avant le lien, \d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    assert.ok(linked.notices.some((text) => text.includes(linked.scenarios[0])), JSON.stringify(linked.notices));
    // The same link ten times (and a reload, whose address holds the state): no more scenarios.
    for (let i = 0; i < 10; ++i) {
      await visit(page, site.server.url + '#comments=3');
      await page.waitForTimeout(i === 0 ? 400 : 0);
    }
    await page.reload();
    await page.waitForFunction(() => window.SSI?.getState()?.frames > 0);
    assert.equal((await getState(page)).scenarios.length, 1);
    // Loading the saved scenario gives the work back.
    await clickControl(page, 'button:load_scenario_0');
    assert.deepEqual((await getState(page)).inputs, work.inputs);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('two tabs saving, deleting and adding readings at the same time lose nothing; each shows the other\'s within a second', async () => {
    const context = await site.browser.newContext({ viewport });
    const a = await context.newPage();
    const b = await context.newPage();
    const watched = [watchProblems(a), watchProblems(b)];
    await visit(a, site.server.url);
    await visit(b, site.server.url);  // B is open before A saves
    // A person types in the tab in front; the other one hears of it in the background.
    const inA = async (act) => { await a.bringToFront(); await act(a); };
    const inB = async (act) => { await b.bringToFront(); await act(b); };
    const save = (name) => (page) => typeInto(page, 'button:scenario_name', name);

    await inA(save('Alpha'));
    await inB(save('Beta'));
    const both = (state) => JSON.stringify([...state.scenarios].sort()) === JSON.stringify(['Alpha', 'Beta']);
    await until(a, both);
    await until(b, both);

    // Saves in both tabs one right after the other, before either has heard of the other's.
    await inA(save('Gamma'));
    await inB(save('Delta'));
    const four = (state) => JSON.stringify([...state.scenarios].sort()) === JSON.stringify(['Alpha', 'Beta', 'Delta', 'Gamma']);
    await until(a, four);
    await until(b, four);

    // A deletes Alpha; then B saves: Alpha stays deleted.
    const index = (await getState(a)).scenarios.indexOf('Alpha');
    await inA((page) => clickControl(page, `button:delete_scenario_${index}`));
    await until(b, (state) => !state.scenarios.includes('Alpha'));
    await inB(save('Epsilon'));
    const after = (state) => JSON.stringify([...state.scenarios].sort()) === JSON.stringify(['Beta', 'Delta', 'Epsilon', 'Gamma']);
    await until(a, after);
    await until(b, after);

    // A reading added in each tab at the same time: both kept, in both tabs.
    const addReading = async (page, date, brand) => {
      await typeInto(page, 'button:reading_date', date);
      await typeInto(page, 'button:reading_brand', String(brand));
      await clickControl(page, 'button:add_reading');
    };
    await inA((page) => addReading(page, '2026-11-20', 11));
    await inB((page) => addReading(page, '2026-11-27', 12));
    await until(a, (state) => state.readings === 2, 2000);
    await until(b, (state) => state.readings === 2, 2000);
    // What is stored holds all of it.
    const stored = await a.evaluate(() => JSON.parse(localStorage.getItem(localStorage.getItem('ssi-calculator:current'))));
    assert.deepEqual(stored.scenarios.map((s) => s.name).sort(), ['Beta', 'Delta', 'Epsilon', 'Gamma']);
    assert.deepEqual(stored.history.map((r) => [r.date, r.brand]), [['2026-11-20', 11], ['2026-11-27', 12]]);
    assert.ok(Object.keys(stored.deleted).length === 1, 'the deletion is remembered');
    assert.deepEqual(watched.flat(), []);
    await context.close();
  });

  test('a full storage: saving says that nothing could be saved and why; what was stored stays whole and loads', async () => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await visit(page, site.server.url);
    await typeInto(page, 'button:scenario_name', 'Before full');
    await until(page, (state) => state.scenarios.length === 1);
    // Other data fills the origin's storage to its quota.
    const filled = await page.evaluate(() => {
      let size = 1 << 20;
      let n = 0;
      while (size >= 1) {
        try {
          localStorage.setItem('other-app:' + n++, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
      return n;
    });
    assert.ok(filled > 1);
    // The work in progress cannot be kept either: said once, a moment after the change.
    await page.evaluate(() => window.SSI.setInputs({ comments: 99 }));
    await until(page, (state) => state.storage === 'full', 2000);
    await typeInto(page, 'button:scenario_name', 'Too much');
    const full = await getState(page);
    assert.equal(full.storage, 'full');
    assert.ok(full.notices.some((text) => /Nothing could be saved.*full/.test(text)), JSON.stringify(full.notices));
    assert.deepEqual(full.scenarios, ['Before full', 'Too much'], 'the app still has it, and works');

    await page.reload();
    await page.waitForFunction(() => window.SSI?.getState()?.frames > 0);
    const reloaded = await getState(page);
    assert.deepEqual(reloaded.scenarios, ['Before full'], 'what was stored before loads, whole');
    assert.deepEqual(reloaded.notices, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
