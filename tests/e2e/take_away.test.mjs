// End-to-end tests of what the user takes away, in Debian's Chromium: the score card image
// (SSI.scoreCard() and the "Save image" button), in the theme and language of the page.
//   node --test --test-reporter=spec tests/e2e/take_away.test.mjs
// Needs dist/ (scripts/build.sh web). The cards are written to build/screenshots/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDir, clickControl, openCalculator, servedSite } from './harness.mjs';
import { decodePng } from './png.mjs';

const screenshots = join(buildDir, 'screenshots');

// The card SSI.scoreCard() makes, as PNG bytes.
const scoreCard = (page) => page.evaluate(async () => {
  const blob = await window.SSI.scoreCard();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return { type: blob.type, base64: btoa(text) };
}).then(({ type, base64 }) => ({ type, bytes: Buffer.from(base64, 'base64') }));

// How many distinct colours, and what share of pixels differ from the corner's (the page).
function coverage(image) {
  const corner = image.rgb(2, 40).join();
  const colours = new Set();
  let differing = 0;
  for (let y = 0; y < image.height; y += 3) {
    for (let x = 0; x < image.width; x += 3) {
      const rgb = image.rgb(x, y).join();
      colours.add(rgb);
      if (rgb !== corner) ++differing;
    }
  }
  return { colours: colours.size, share: differing / ((image.width / 3) * (image.height / 3)), corner };
}

describe('take it with you', () => {
  const site = servedSite();

  test('SSI.scoreCard(): a 1200 x 627 PNG drawn at 2x, not blank, in the page\'s theme; nothing requested elsewhere', async () => {
    await mkdir(screenshots, { recursive: true });
    for (const [hash, dark] of [['#lang=fr&comments=20&posts=3', false], ['#theme=dark&accent=e0218a&actual=20,10,12,15&lang=es', true]]) {
      const { page, context, problems } = await openCalculator(site.browser, site.server.url + hash);
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      const { type, bytes } = await scoreCard(page);
      assert.equal(type, 'image/png');
      const image = decodePng(bytes);
      assert.equal(image.width, 2400);
      assert.equal(image.height, 1254);
      const seen = coverage(image);
      assert.ok(seen.colours > 100, `many colours: ${JSON.stringify(seen)}`);
      assert.ok(seen.share > 0.5, `drawn over most of the picture: ${JSON.stringify(seen)}`);
      const [r, g, b] = seen.corner.split(',').map(Number);
      assert.equal(r + g + b < 200, dark, `the page colour ${seen.corner} follows the theme`);
      assert.ok(requests.every((url) => url.startsWith(site.server.url)), requests.join(' '));
      await writeFile(join(screenshots, `score-card-${dark ? 'dark' : 'light'}.png`), bytes);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('the printed report: built from the DOM with the total, pillars, plan and history; one or two pages', async () => {
    const { page, context, problems } = await openCalculator(site.browser, site.server.url + '#lang=fr&comments=5&target=75');
    const pasted = await page.evaluate((text) => window.SSI.pasteText(text ?? [
      'Your Social Selling Index', '53 out of 100', '20.998 | Establish your professional brand', '6.4 | Find the right people',
      '10.25 | Engage with insights', '15 | Build relationships', 'Industry SSI rank', 'Top 6%', 'Network SSI rank', 'Top 12%',
      'People in your industry have an average SSI of 34.', 'People in your network have an average SSI of 38.'].join('\n')), null);
    assert.equal(pasted.ok, true, JSON.stringify(pasted));
    await page.evaluate(() => window.SSI.report());
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => window.SSI.getState());
    const printed = await page.evaluate(() => document.body.innerText);
    assert.ok(printed.includes(`SSI ${state.total}`), printed.slice(0, 300));
    for (const value of Object.values(state.pillars)) assert.ok(printed.includes(String(value)), `pillar ${value} printed`);
    const checklist = await page.evaluate(() => [...document.querySelectorAll('#report .checklist li')].map((li) => li.textContent));
    assert.equal(checklist.length, state.plan.steps.length);
    assert.ok(checklist.length > 0 && checklist.every((line) => /min/.test(line)), checklist.join(' | '));
    assert.ok(printed.includes('Votre historique SSI'), 'the history is printed');
    assert.equal(await page.locator('#canvas').isVisible(), false, 'the canvas is not printed');
    await page.screenshot({ path: join(screenshots, 'report-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    await writeFile(join(screenshots, 'report.pdf'), pdf);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"Save image" downloads ssi-<date>.png where the browser cannot share files', async () => {
    const { page, context, problems } = await openCalculator(site.browser, site.server.url);
    const pending = page.waitForEvent('download');
    await clickControl(page, 'button:save_image');
    const file = await pending;
    assert.match(file.suggestedFilename(), /^ssi-\d{4}-\d\d-\d\d\.png$/);
    const image = decodePng(await readFile(await file.path()));
    assert.equal(image.width, 2400);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
