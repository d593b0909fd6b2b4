// End-to-end tests of typing into the calculator's fields, in Debian's Chromium: the real text
// input that follows the edited ImGui field (web/text_input.js) takes the focus on a click and
// on a tap, and everything a keyboard sends lands in the field exactly: inserted text with
// accents, a French layout's "é" key, an IME composition, a paste, copy and cut, Tab to the next
// field, a comma as the decimal point.
//   node --test --test-reporter=spec tests/e2e/text_entry.test.mjs
// Needs dist/ (scripts/build.sh web).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canvasOrigin, clickControl, openCalculator, reveal, servedSite, settle } from './harness.mjs';

const getState = (page) => page.evaluate(() => window.SSI.getState());
// What has the keyboard: { id, label, inputMode } of the focused element.
const focused = (page) => page.evaluate(() => {
  const element = document.activeElement;
  return { id: element.id, label: element.getAttribute('aria-label'), inputMode: element.inputMode, value: element.value };
});

// Saves the scenario named in the name field (the Save button), and returns the names saved.
async function save(page) {
  await clickControl(page, 'button:save_scenario');
  await page.waitForTimeout(100);
  return (await getState(page)).scenarios;
}

// Reads the value of a reading field back through what the Add button stores.
async function addedReading(page) {
  await clickControl(page, 'button:add_reading');
  await page.waitForTimeout(100);
  const key = await page.evaluate(() => localStorage.getItem('ssi-calculator:current'));
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key));
  return saved.history.at(-1);
}

describe('typing into the fields', () => {
  const site = servedSite();

  test('a click on a field focuses a labelled text input; inserted text with accents is saved exactly', async () => {
    const { page, context, problems } = await openCalculator(site.browser, site.server.url);
    await clickControl(page, 'button:scenario_name');
    await page.waitForTimeout(100);
    const input = await focused(page);
    assert.equal(input.id, 'text-input');
    assert.equal(input.label, 'Name this scenario');
    assert.equal(input.inputMode, 'text');
    await page.keyboard.insertText('Stratégie Q1 año ç');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    assert.deepEqual((await getState(page)).scenarios, ['Stratégie Q1 año ç']);
    assert.notEqual((await focused(page)).id, 'text-input', 'the edit ended: the canvas has the keyboard again');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a tap on a phone focuses the text input inside the tap; number fields ask for the decimal keyboard', async () => {
    const { page, context, problems } = await openCalculator(site.browser, site.server.url, { width: 390, height: 844, scale: 2, touch: true });
    const tap = async (id, at = 0.5) => {
      const c = await reveal(page, id);
      const { left, top } = await canvasOrigin(page);
      await page.touchscreen.tap(left + c.x + c.width * at, top + c.y + c.height / 2);
      await page.waitForTimeout(150);
    };
    await tap('button:scenario_name');
    assert.equal((await focused(page)).id, 'text-input');
    await page.keyboard.insertText('Teléfono');
    await tap('button:save_scenario');
    assert.deepEqual((await getState(page)).scenarios, ['Teléfono']);

    await tap('button:reading_brand', 0.15);
    const input = await focused(page);
    assert.equal(input.id, 'text-input');
    assert.equal(input.inputMode, 'decimal');
    assert.equal(input.label, 'Brand');
    // A French phone's decimal keyboard has a comma.
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('21,5');
    assert.equal((await addedReading(page)).brand, 21.5);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a paste into a field fills the field and never reaches the page\'s paste reading; copy and cut take the selection out', async () => {
    const { page, context, problems } = await openCalculator(site.browser, site.server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    await page.evaluate(() => navigator.clipboard.writeText('Plan collé'));
    await clickControl(page, 'button:scenario_name');
    await page.keyboard.press('Control+V');
    await page.waitForTimeout(100);
    const state = await getState(page);
    assert.equal(state.paste, null, 'the page did not read the paste as an SSI page');
    assert.deepEqual(state.notices, []);
    assert.deepEqual(await save(page), ['Plan collé']);

    await clickControl(page, 'button:scenario_name');
    await page.keyboard.insertText('Plan à copier');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Plan à copier');
    await page.keyboard.press('End');
    for (let i = 0; i < 'copier'.length; ++i) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+X');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'copier');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('B');
    assert.deepEqual(await save(page), ['Plan collé', 'Plan B']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an IME composition and a French layout\'s "é" key land in the field', async () => {
    const { page, context, problems } = await openCalculator(site.browser, site.server.url);
    const cdp = await context.newCDPSession(page);
    await clickControl(page, 'button:scenario_name');
    await page.keyboard.insertText('Caf');
    // A composition (a dead key, or an IME): the text is provisional until committed.
    await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'é', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: 'é' });
    await page.keyboard.insertText(' ');
    // The key left of "(" on an AZERTY keyboard: code Digit2, key "é".
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'é', code: 'Digit2', text: 'é', unmodifiedText: 'é',
                                               windowsVirtualKeyCode: 50, nativeVirtualKeyCode: 50 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'é', code: 'Digit2', windowsVirtualKeyCode: 50 });
    await page.keyboard.insertText('t');
    await page.keyboard.insertText('é');
    assert.deepEqual(await save(page), ['Café été']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Tab goes to the next field, Escape leaves a field as it was, and the field follows a click inside its text', async () => {
    const { page, context, problems } = await openCalculator(site.browser, site.server.url);
    await clickControl(page, 'button:reading_date', { at: 0.1 });
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('2026-11-30');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(150);
    const next = await focused(page);
    assert.equal(next.id, 'text-input');
    assert.equal(next.label, 'Brand');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('12.5');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(150);
    const reading = await addedReading(page);
    assert.equal(reading.date, '2026-11-30');
    assert.equal(reading.brand, 0, 'Escape restored the field');

    // Click inside the name field's text: the caret ImGui shows is where typing goes.
    const c = await clickControl(page, 'button:scenario_name', { at: 0.2 });
    await page.keyboard.insertText('AC');
    const { left, top } = await canvasOrigin(page);
    await page.mouse.click(left + c.x + 3, top + c.y + c.height / 2);  // before the "A"
    await page.waitForTimeout(150);
    await page.keyboard.insertText('Z');
    assert.deepEqual(await save(page), ['ZAC']);
    await settle(page);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
