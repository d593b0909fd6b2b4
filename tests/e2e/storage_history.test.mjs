// End-to-end tests of what the calculator keeps in the browser, in Debian's Chromium: saved
// scenarios across reloads (web/storage.js's pointer and data keys), unreadable, foreign and newer
// stored data kept under a backup key, blocked storage in a sandboxed iframe, and the history of
// readings: CSV/JSON import through the real file chooser, export through real downloads, round
// trips, malformed rows reported with their line numbers, and a reading added through the UI.
//   node --test --test-reporter=spec tests/e2e/storage_history.test.mjs
// Needs dist/ (scripts/build.sh web).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { clickControl, launch, openCalculator, reload, requireSite, reveal, serve, settle, snapshotDist, typeInto,
         watchProblems } from './harness.mjs';

const prefix = 'ssi-calculator:';
const pointerKey = prefix + 'current';
const viewport = { width: 1280, height: 800 };

// ---- Page helpers.

const getState = (page) => page.evaluate(() => window.SSI.getState());

// Everything of ours in localStorage: { key: value }.
const storageOf = (page) => page.evaluate((p) => {
  const out = {};
  for (let i = 0; i < localStorage.length; ++i) {
    const key = localStorage.key(i);
    if (key.startsWith(p)) out[key] = localStorage.getItem(key);
  }
  return out;
}, prefix);

// Counts the texts storage.js hands to the program on import (Module.ccall is looked up at call
// time), so a test can wait for the import to have happened.
async function countImports(page) {
  await page.evaluate(() => {
    window.__imports = 0;
    const ccall = Module.ccall;
    Module.ccall = function (name, ...rest) {
      const result = ccall.call(this, name, ...rest);
      if (name === 'ssi_import_text') window.__imports += 1;
      return result;
    };
  });
}

// Picks a file through the real file chooser that the Import button opens.
async function importFile(page, name, mimeType, text) {
  const before = await page.evaluate(() => window.__imports);
  assert.equal(typeof before, 'number', 'countImports() was not called on this page');
  const chooser = page.waitForEvent('filechooser');
  await clickControl(page, 'button:import');
  await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(text) });
  await page.waitForFunction((n) => window.__imports > n, before, { timeout: 10000 });
  await page.waitForTimeout(150);
}

// Clicks an export button and returns the downloaded file's name and text.
async function download(page, id) {
  const pending = page.waitForEvent('download');
  await clickControl(page, id);
  const file = await pending;
  const text = await readFile(await file.path(), 'utf8');
  return { name: file.suggestedFilename(), text };
}

// ---- Fixtures.

// French spreadsheet export: ';' separator, decimal commas, day-first dates, French header.
const frenchCsv = [
  'date;marque;personnes;échanges;relations',
  '21/11/2026;20,5;12;15;18',
  '28/11/2026;21,25;12,5;15;18,1',
  '05/12/2026;21,5;13;15,75;18,2',
  '12/12/2026;22;13,25;16;18,5',
  '19/12/2026;22,5;14;16,3;19',
].join('\n') + '\n';
const frenchReadings = [
  { date: '2026-11-21', brand: 20.5, people: 12, insights: 15, relationships: 18 },
  { date: '2026-11-28', brand: 21.25, people: 12.5, insights: 15, relationships: 18.1 },
  { date: '2026-12-05', brand: 21.5, people: 13, insights: 15.75, relationships: 18.2 },
  { date: '2026-12-12', brand: 22, people: 13.25, insights: 16, relationships: 18.5 },
  { date: '2026-12-19', brand: 22.5, people: 14, insights: 16.3, relationships: 19 },
];

// Ten lines, no header; lines 3, 5, 6 and 8 are bad.
const malformedCsv = [
  '2026-01-05,20.5,12,15,18',       // 1
  '2026-01-12,21,12.5,15,18',       // 2
  '2026-01-19,abc,12,15,18',        // 3: not a number
  '2026-01-26,21.5,13,15.5,18',     // 4
  '31/02/2026,21,13,16,18',         // 5: no such date
  '2026-02-09,22,13,16',            // 6: a column short
  '2026-02-16,22,13.5,16,19',       // 7
  '2026-02-23,26,14,16,19',         // 8: 26 is above 25
  '2026-03-02,22.5,14,16.5,19',     // 9
  '2026-03-09,23,14,17,19.5',       // 10
].join('\n') + '\n';
const malformedGoodDates = ['2026-01-05', '2026-01-12', '2026-01-26', '2026-02-16', '2026-03-02', '2026-03-09'];

// The readings of an exported JSON file, with the total dropped if the export writes one.
const readingsOf = (jsonText) => {
  const document = JSON.parse(jsonText);
  assert.equal(document.format, 'ssi-history');
  assert.equal(document.version, 1);
  return document.readings.map(({ total, ...reading }) => reading);
};

// ---- The tests.

describe('SSI page: saved scenarios, stored data, history import and export', () => {
  let server;
  let site;
  let browser;
  const contexts = new Set();

  before(async () => {
    await requireSite();
    site = await snapshotDist();
    server = await serve(site);
    browser = await launch();
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.close();
    if (site) await rm(site, { recursive: true, force: true });
  });

  async function open(url = server.url) {
    const opened = await openCalculator(browser, url, viewport);
    contexts.add(opened.context);
    await countImports(opened.page);
    return opened;
  }
  async function close({ context }) {
    contexts.delete(context);
    await context.close();
  }

  test('a saved scenario survives a reload and loads back exactly; each save leaves one data key', async () => {
    const opened = await open();
    const { page, problems } = opened;
    assert.deepEqual(await storageOf(page), {}, 'a fresh profile starts with nothing stored');

    const report = await page.evaluate(() => window.SSI.setInputs({
      comments: 35, posts: 3, active_days: 7, followers: 1200, connections: 640, reply_hours: null, searches: 9,
    }));
    assert.deepEqual(report.ignored, []);
    const saved = await getState(page);
    assert.equal(saved.inputs.comments, 35);
    assert.equal(saved.inputs.reply_hours, null);

    await typeInto(page, 'button:scenario_name', 'Plan A', { at: 0.5, enter: false });
    await clickControl(page, 'button:save_scenario');
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, pointerKey, { timeout: 5000 });

    let stored = await storageOf(page);
    const dataKeys = () => Object.keys(stored).filter((key) => key.startsWith(prefix + 'data:'));
    assert.equal(dataKeys().length, 1, `one data key: ${JSON.stringify(Object.keys(stored))}`);
    const firstKey = stored[pointerKey];
    assert.equal(firstKey, dataKeys()[0], 'the pointer names the data key');
    let document = JSON.parse(stored[firstKey]);
    assert.equal(document.format, 'ssi-calculator');
    assert.equal(document.schema, 3);
    assert.deepEqual(document.scenarios.map((s) => s.name), ['Plan A']);
    assert.deepEqual(document.scenarios[0].inputs, saved.inputs, 'the stored scenario holds the inputs');

    // Reload (same context): the scenario is still there; change the inputs, then load it.
    await reload(page);
    await countImports(page);
    const after = await getState(page);
    assert.deepEqual(after.scenarios, ['Plan A'], 'the scenario is still listed after the reload');
    await page.evaluate(() => window.SSI.setInputs({ comments: 0, posts: 0, active_days: 1, followers: 10, reply_hours: 2 }));
    assert.notDeepEqual((await getState(page)).inputs, saved.inputs);
    await clickControl(page, 'button:load_scenario_0');
    await page.waitForFunction((want) => JSON.stringify(window.SSI.getState().inputs) === want,
                               JSON.stringify(saved.inputs), { timeout: 5000 }).catch(() => {});
    assert.deepEqual((await getState(page)).inputs, saved.inputs, 'loading restores the inputs exactly');
    assert.equal((await getState(page)).total, saved.total);

    // A second save: a new data key, the pointer moved to it, the old one removed.
    await page.evaluate(() => window.SSI.setInputs({ comments: 5 }));
    await typeInto(page, 'button:scenario_name', 'Plan B', { at: 0.5, enter: true });
    await page.waitForFunction((key) => localStorage.getItem(localStorage.getItem(key) ?? '')?.includes('Plan B'),
                               pointerKey, { timeout: 5000 });
    stored = await storageOf(page);
    assert.equal(dataKeys().length, 1, `still one data key: ${JSON.stringify(Object.keys(stored))}`);
    assert.notEqual(stored[pointerKey], firstKey, 'the save went to a new key');
    assert.equal(stored[pointerKey], dataKeys()[0]);
    document = JSON.parse(stored[stored[pointerKey]]);
    assert.deepEqual(document.scenarios.map((s) => s.name), ['Plan A', 'Plan B']);
    assert.equal(document.scenarios[1].inputs.comments, 5);
    assert.deepEqual(Object.keys(stored).filter((key) => key.startsWith(prefix + 'backup:')), [], 'no backup for good data');

    assert.deepEqual(problems, []);
    await close(opened);
  });

  test('unreadable, foreign and newer stored data: kept under a backup key, with a notice', async () => {
    const opened = await open();
    const { page, problems } = opened;
    const cases = [
      { garbage: '{"format":"ssi-calculator","schema":2,"scenarios":[{', says: /could not be read/i },
      { garbage: '{"format":"todo-list"}', says: /todo-list/ },
      { garbage: '{"format":"ssi-calculator","schema":4}', says: /newer version|schema 4/i },
    ];
    for (const { garbage, says } of cases) {
      await page.evaluate(([pointer, text]) => {
        for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
        localStorage.setItem('ssi-calculator:data:corrupt', text);
        localStorage.setItem(pointer, 'ssi-calculator:data:corrupt');
      }, [pointerKey, garbage]);
      await reload(page);
      await countImports(page);
      const state = await getState(page);
      assert.ok(state && state.frames > 0, 'the app starts');
      const notice = state.notices.find((text) => /could not be read/i.test(text));
      assert.ok(notice, `a notice about the unreadable data for ${garbage}: ${JSON.stringify(state.notices)}`);
      assert.match(notice, says);
      const stored = await storageOf(page);
      const backups = Object.entries(stored).filter(([key]) => key.startsWith(prefix + 'backup:'));
      assert.equal(backups.length, 1, `one backup: ${JSON.stringify(Object.keys(stored))}`);
      assert.equal(backups[0][1], garbage, 'the backup holds exactly the unreadable text');
      assert.ok(!Number.isNaN(Date.parse(backups[0][0].slice((prefix + 'backup:').length))), 'backup key ends with an ISO date');
      assert.equal(stored[pointerKey], undefined, 'the pointer was dropped: the app starts afresh');
      // The calculator still works, and a later save does not touch the backup.
      // (The address bar keeps the inputs across the reload, so set low values, then high ones.)
      await page.evaluate(() => window.SSI.setInputs({ comments: 0, posts: 0, active_days: 1, shares: 0 }));
      const low = (await getState(page)).total;
      await page.evaluate(() => window.SSI.setInputs({ comments: 50, posts: 10, active_days: 7, shares: 10 }));
      assert.ok((await getState(page)).total > low, 'setInputs changes the total');
      assert.deepEqual((await getState(page)).scenarios, []);
    }
    // After the last case, save a scenario: the backup stays, byte for byte.
    await typeInto(page, 'button:scenario_name', 'After recovery', { at: 0.5, enter: true });
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, pointerKey, { timeout: 5000 });
    const stored = await storageOf(page);
    assert.deepEqual(Object.entries(stored).filter(([key]) => key.startsWith(prefix + 'backup:')).map(([, v]) => v),
                     [cases.at(-1).garbage]);
    assert.deepEqual(JSON.parse(stored[stored[pointerKey]]).scenarios.map((s) => s.name), ['After recovery']);
    assert.deepEqual(problems, []);
    await close(opened);
  });

  test('storage blocked (iframe sandboxed without allow-same-origin): the app works and says so', async (t) => {
    const context = await browser.newContext({ viewport });
    contexts.add(context);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(server.url + 'embed.html');
    const handle = await page.waitForSelector('#ssi');
    let frame = null;
    for (let i = 0; i < 150 && !frame; ++i) {
      const candidate = await handle.contentFrame();
      if (candidate) {
        const frames = await Promise.race([
          candidate.evaluate(() => window.SSI?.getState()?.frames ?? 0).catch(() => 0),
          new Promise((done) => setTimeout(done, 2000, 0)),
        ]);
        if (frames > 0) frame = candidate;
      }
      if (!frame) await page.waitForTimeout(200);
    }
    assert.ok(frame, 'the calculator started inside the sandboxed iframe');
    // storage.js reads storage in SSI.on('ready'); the first frames can come before it has
    // (seen once: frames 3, storage "unknown", no notice). Give it up to 5 s.
    const first = await frame.evaluate(() => window.SSI.getState());
    if (first.storage === 'unknown') t.diagnostic(`frames ${first.frames} drawn before storage.js reported: ${JSON.stringify(first.notices)}`);
    await frame.waitForFunction(() => window.SSI.getState().storage !== 'unknown', null, { timeout: 5000 }).catch(() => {});
    const state = await frame.evaluate(() => window.SSI.getState());
    assert.ok(state.notices.some((text) => /storage is blocked/i.test(text)), `notices: ${JSON.stringify(state.notices)}`);
    assert.equal(state.storage, 'unavailable');
    const changed = await frame.evaluate(() => {
      const before = window.SSI.getState().total;
      window.SSI.setInputs({ comments: 50, posts: 10, active_days: 7, shares: 10 });
      return [before, window.SSI.getState().total];
    });
    assert.notEqual(changed[1], changed[0], 'the calculator works without storage');
    assert.deepEqual(problems, []);
    contexts.delete(context);
    await context.close();
  });

  test('history: a French CSV imported through the file chooser; JSON and CSV exports round-trip', async () => {
    const opened = await open();
    const { page, problems } = opened;
    await importFile(page, 'history.csv', 'text/csv', frenchCsv);
    const state = await getState(page);
    assert.equal(state.readings, 5);
    assert.deepEqual(state.import_report, ['5 readings imported, 0 problems:']);

    const json = await download(page, 'button:export_json');
    assert.equal(json.name, 'ssi-history.json');
    assert.deepEqual(readingsOf(json.text), frenchReadings, 'the JSON export holds exactly the 5 readings');
    const csv = await download(page, 'button:export_csv');
    assert.equal(csv.name, 'ssi-history.csv');
    const totals = frenchReadings.map((r) => Math.floor(r.brand + r.people + r.insights + r.relationships + 0.5 + 1e-9));
    assert.equal(csv.text, 'date,brand,people,insights,relationships,total\n' +
      frenchReadings.map((r, i) => `${r.date},${r.brand},${r.people},${r.insights},${r.relationships},${totals[i]}\n`).join(''));
    const semicolon = await download(page, 'button:export_csv_semicolon');
    assert.equal(semicolon.text, csv.text.replaceAll(',', ';').replaceAll('.', ','), 'the ; export uses decimal commas');
    // The readings are stored too.
    const stored = await storageOf(page);
    assert.equal(JSON.parse(stored[stored[pointerKey]]).history.length, 5);
    assert.deepEqual(problems, []);
    await close(opened);

    // Each export imported into a fresh profile exports the same text again.
    for (const [name, mime, text] of [['ssi-history.json', 'application/json', json.text],
                                      ['ssi-history.csv', 'text/csv', csv.text],
                                      ['ssi-history-fr.csv', 'text/csv', semicolon.text]]) {
      const fresh = await open();
      await importFile(fresh.page, name, mime, text);
      const again = await getState(fresh.page);
      assert.deepEqual(again.import_report, ['5 readings imported, 0 problems:']);
      assert.equal(again.readings, 5);
      assert.equal((await download(fresh.page, 'button:export_json')).text, json.text, `JSON after importing ${name}`);
      assert.equal((await download(fresh.page, 'button:export_csv')).text, csv.text, `CSV after importing ${name}`);
      assert.deepEqual(fresh.problems, []);
      await close(fresh);
    }
  });

  test('malformed CSV rows are reported with their line numbers; the good rows are kept', async (t) => {
    const opened = await open();
    const { page, problems } = opened;
    await importFile(page, 'messy.csv', 'text/csv', malformedCsv);
    const state = await getState(page);
    assert.ok(Array.isArray(state.import_report), 'getState() exposes the import report drawn on the canvas');
    {
      const [summary, ...lines] = state.import_report;
      t.diagnostic(`import report: ${JSON.stringify(state.import_report)}`);
      assert.match(summary, /^6 readings imported, 4 problems/);
      assert.equal(lines.length, 4, JSON.stringify(lines));
      assert.deepEqual(lines.map((line) => Number(/^line (\d+):/.exec(line)?.[1])), [3, 5, 6, 8], JSON.stringify(lines));
      assert.match(lines[0], /abc/);
      assert.match(lines[1], /31\/02\/2026/);
      assert.match(lines[3], /26/);
    }
    assert.equal(state.readings, 6);
    const exported = readingsOf((await download(page, 'button:export_json')).text);
    assert.deepEqual(exported.map((r) => r.date), malformedGoodDates, 'exactly the 6 good rows were kept');
    assert.deepEqual(exported.at(-1), { date: '2026-03-09', brand: 23, people: 14, insights: 17, relationships: 19.5 });
    assert.deepEqual(problems, []);
    await close(opened);
  });

  test('a reading added through the UI appears in the CSV export with its total rounded half up', async () => {
    const opened = await open();
    const { page, problems } = opened;
    await typeInto(page, 'button:reading_date', '2026-12-05');
    // 20.25 + 12.1 + 15.05 + 18.1 = 65.5: LinkedIn shows 66.
    await typeInto(page, 'button:reading_brand', '20.25');
    await typeInto(page, 'button:reading_people', '12.1');
    await typeInto(page, 'button:reading_insights', '15.05');
    await typeInto(page, 'button:reading_relationships', '18.1');
    await clickControl(page, 'button:add_reading');
    await page.waitForTimeout(150);
    const state = await getState(page);
    assert.equal(state.readings, 1);
    const csv = await download(page, 'button:export_csv');
    assert.equal(csv.text, 'date,brand,people,insights,relationships,total\n2026-12-05,20.25,12.1,15.05,18.1,66\n');
    const stored = await storageOf(page);
    assert.deepEqual(JSON.parse(stored[stored[pointerKey]]).history,
                     [{ date: '2026-12-05', brand: 20.25, people: 12.1, insights: 15.05, relationships: 18.1 }]);
    assert.deepEqual(problems, []);
    await close(opened);
  });
});
