// End-to-end tests of pasting LinkedIn's SSI page, in Debian's Chromium: Ctrl+V with the real
// clipboard (text and HTML), the "Paste from LinkedIn" button reading the clipboard or, without
// permission, opening the paste box, a dropped saved page, Undo, refused pastes that change
// nothing (in the user's language), a 10 MB paste, and hostile HTML that must never run.
//   node --test --test-reporter=spec tests/e2e/paste.test.mjs
// Needs dist/ (scripts/build.sh web). Screenshots go to build/screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDir, launch, openCalculator, requireSite, root, serve, settle, snapshotDist } from './harness.mjs';

const corpus = join(root, 'tests/data/ssi_pages');
const page_ = (name) => readFile(join(corpus, name), 'utf8');
const getState = (page) => page.evaluate(() => window.SSI.getState());
const screenshots = join(buildDir, 'screenshots');

// Clicks a named button of the header row (always in view at the top of the page).
async function clickButton(page, name) {
  const control = (await page.evaluate(() => window.SSI.controls())).find((c) => c.id === 'button:' + name);
  assert.ok(control && control.visible, `button ${name} is drawn: ${JSON.stringify(control)}`);
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.click(box.x + control.x + control.width / 2, box.y + control.y + control.height / 2);
  await page.waitForTimeout(150);
}

// Puts text (and HTML) on the system clipboard as a copy from LinkedIn's tab would: from another
// page of the same browser (a page without our Content-Security-Policy, as LinkedIn's is not ours).
async function copyToClipboard(page, text, html) {
  const other = await page.context().newPage();
  await other.goto(new URL('linkedin.html', page.url()).href);
  await other.evaluate(async ([plain, markup]) => {
    const parts = { 'text/plain': new Blob([plain], { type: 'text/plain' }) };
    if (markup) parts['text/html'] = new Blob([markup], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(parts)]);
  }, [text, html]);
  await other.close();
  await page.bringToFront();
}

describe('pasting the LinkedIn SSI page', () => {
  let browser;
  let server;
  let copy;
  before(async () => {
    await requireSite();
    copy = await snapshotDist();
    // The page the tests copy from (see copyToClipboard).
    await writeFile(join(copy, 'linkedin.html'), '<!doctype html><title>SSI</title><p>LinkedIn</p>');
    server = await serve(copy);
    browser = await launch();
    await mkdir(screenshots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  test('Ctrl+V on the page reads the copied page (text and HTML), applies it in one step, and Undo restores everything', async () => {
    const { page, context, problems } = await openCalculator(browser, server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.waitForFunction(() => window.SSI.getState().storage !== 'unknown');
    const before = await getState(page);
    assert.equal(before.calibrated, false);
    assert.equal(before.actual, null);
    assert.equal(before.paste, null);
    // The HTML part of the clipboard carries the page; its plain text is a fragment only.
    await copyToClipboard(page, 'Your Social Selling Index', await page_('en_html_script_style.html'));
    await page.locator('#canvas').focus();
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => window.SSI.getState().calibrated, null, { timeout: 5000 });
    const after = await getState(page);
    assert.deepEqual(after.actual, { brand: 22.4, people: 14.875, insights: 12.91, relationships: 24.6 });
    assert.equal(after.total, 75, 'the total shown is the real one');
    assert.deepEqual(after.averages, { industry: 38, network: 44 });
    assert.equal(after.readings, before.readings + 1, "today's reading was added");
    assert.match(after.paste, /SSI 75/);
    assert.match(after.paste, /Industry: top 2%, average 38\./);
    assert.deepEqual(after.notices, []);
    // Stored: a reload keeps the reading.
    await settle(page);
    await page.screenshot({ path: join(screenshots, 'paste-summary-desktop.png') });

    await clickButton(page, 'paste_undo');
    const undone = await getState(page);
    assert.equal(undone.calibrated, false);
    assert.equal(undone.actual, null);
    assert.deepEqual(undone.averages, before.averages);
    assert.equal(undone.readings, before.readings);
    assert.equal(undone.paste, null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the Paste from LinkedIn button reads the clipboard where allowed, else opens a paste box', async () => {
    {
      const { page, context, problems } = await openCalculator(browser, server.url);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await copyToClipboard(page, await page_('pt_full_pipe.txt'), '');
      await clickButton(page, 'paste_linkedin');
      await page.waitForFunction(() => window.SSI.getState().calibrated, null, { timeout: 5000 });
      const state = await getState(page);
      assert.equal(state.total, 52);
      assert.deepEqual(state.averages, { industry: 35, network: 40 });
      assert.equal(await page.locator('dialog.paste-box[open]').count(), 0);
      assert.deepEqual(problems, []);
      await context.close();
    }
    // No clipboard permission: the box opens; a phone-style paste into it is read, the box closes.
    const { page, context, problems } = await openCalculator(browser, server.url, { width: 390, height: 800, scale: 2, touch: true });
    await page.evaluate(() => window.SSI.setInputs({}));
    const control = (await page.evaluate(() => window.SSI.controls())).find((c) => c.id === 'button:paste_linkedin');
    await page.touchscreen.tap(control.x + control.width / 2, control.y + control.height / 2);
    const box = page.locator('dialog.paste-box[open]');
    await box.waitFor({ timeout: 6000 });
    assert.equal(await box.locator('label').textContent(), 'Paste the copied SSI page here');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'paste-area', 'the text field has the focus (a phone opens its keyboard)');
    await page.screenshot({ path: join(screenshots, 'paste-box-phone.png') });
    const text = await page_('fr_full_pipe.txt');
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.getElementById('paste-area').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => window.SSI.getState().calibrated, null, { timeout: 5000 });
    assert.equal((await getState(page)).total, 50);
    assert.equal(await page.locator('dialog.paste-box[open]').count(), 0);
    await settle(page);
    await page.screenshot({ path: join(screenshots, 'paste-summary-phone.png') });
    // Typed or pasted through the context menu, then Read.
    await page.evaluate(() => window.SSI.pasteText('')); // nothing: a notice only
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a refused paste changes nothing and says why, in the page language', async () => {
    const { page, context, problems } = await openCalculator(browser, server.url + '#lang=fr');
    await settle(page);  // at rest: the exact plan is drawn (a quick one while input comes)
    const before = await getState(page);
    const answer = await page.evaluate((t) => window.SSI.pasteText(t), await page_('neg_total_mismatch.txt'));
    assert.equal(answer.ok, false);
    assert.equal(answer.problem, 'total_mismatch');
    assert.equal(answer.message, 'Rien n\'a été modifié\u00a0: la page indique 61 mais ses piliers font 52.6.');
    await settle(page);
    const after = await getState(page);
    // Everything but the notice and the frame loop's own measurements is as it was.
    const unmeasured = (state) => ({ ...state, notices: [], frames: 0, frame_us: 0, frame_parts_us: null, heap_bytes: 0 });
    assert.deepEqual(unmeasured(after), unmeasured(before));
    assert.deepEqual(after.notices, [answer.message]);
    // Two pages, a German page, a pillar of 26: each its own reason.
    for (const [name, problem] of [['neg_two_pages.txt', 'two_pages'], ['neg_german.txt', 'not_ssi_page'], ['neg_pillar_26.txt', 'pillar_out_of_range']]) {
      const result = await page.evaluate((t) => window.SSI.pasteText(t), await page_(name));
      assert.equal(result.problem, problem, name);
    }
    assert.equal((await getState(page)).calibrated, false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a 10 MB paste is refused unread, and hostile HTML never runs or enters the page', async () => {
    const { page, context, problems } = await openCalculator(browser, server.url);
    let dialogs = 0;
    page.on('dialog', (dialog) => { dialogs += 1; dialog.dismiss(); });
    const big = await page.evaluate(() => window.SSI.pasteText('x'.repeat(10 * 1024 * 1024)));
    assert.equal(big.ok, false);
    assert.equal(big.problem, 'too_large');
    assert.match(big.message, /10\.5 MB; at most 2 MB/);
    // Every element but the page's own scripts (the report's loads after the first frame).
    const count = () => page.evaluate(() => document.querySelectorAll(':not(script)').length);
    const nodes = await count();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script><iframe src="javascript:alert(3)"></iframe>' +
      (await page_('en_html_script_style.html'));
    const read = await page.evaluate((h) => window.SSI.pasteText('', h), hostile);
    assert.equal(read.ok, true);
    assert.equal(read.total, 75);
    await page.waitForTimeout(500);
    assert.equal(dialogs, 0, 'nothing in the pasted HTML ran');
    assert.equal(await count(), nodes, 'nothing was inserted into the page');
    await page.waitForFunction(() => window.SSIReport, null, { timeout: 10000 });
    assert.deepEqual(await page.evaluate(() => [...document.scripts].map((s) => new URL(s.src).pathname).sort()),
                     ['/page.js', '/report.js', '/ssi.js'], 'no script but ours');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a saved page dropped on the window is read like a paste', async () => {
    const { page, context, problems } = await openCalculator(browser, server.url);
    const html = await page_('es_html.html');
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'Mi SSI.html', { type: 'text/html' }));
      const canvas = document.getElementById('canvas');
      canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, html);
    await page.waitForFunction(() => window.SSI.getState().calibrated, null, { timeout: 5000 });
    const state = await getState(page);
    assert.equal(state.total, 53);
    assert.deepEqual(state.actual, { brand: 20.973, people: 6.4, insights: 10.25, relationships: 15 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [width, height, scale] of [[1280, 800, 1], [375, 740, 2]]) {
    test(`the paste summary reads well at ${width}px, ratio ${scale}`, async () => {
      const { page, context, problems } = await openCalculator(browser, server.url, { width, height, scale });
      await page.evaluate(async (t) => window.SSI.pasteText(t), await page_('en_full_pipe.txt'));
      await settle(page);
      await page.screenshot({ path: join(screenshots, `paste-${width}-${scale}x.png`) });
      const controls = await page.evaluate(() => window.SSI.controls());
      const undo = controls.find((c) => c.id === 'button:paste_undo');
      assert.ok(undo?.visible && undo.x >= 0 && undo.x + undo.width <= width, JSON.stringify(undo));
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
