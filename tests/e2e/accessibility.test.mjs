// An accessibility audit of the page with axe-core (npm), in Debian's Chromium: in each
// language, in the dark theme, on a phone, and while a text field is edited (the real text input
// that follows it must carry the field's label). No serious or critical violation may remain.
//   node --test --test-reporter=spec tests/e2e/accessibility.test.mjs
// Needs dist/ (scripts/build.sh web).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clickControl, root, servedSite, settle, watchProblems } from './harness.mjs';

const axeSource = readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

// The serious and critical violations axe finds on the page, one line each with where; the
// lesser ones are reported as the test's diagnostics.
async function audit(page, t) {
  // The page's Content-Security-Policy rightly refuses an injected script: this context bypasses
  // it for the audit only (the other suites check the policy itself).
  await page.addScriptTag({ content: await axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                                           nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  const line = (v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.join(', ')}`;
  const grave = (v) => v.impact === 'serious' || v.impact === 'critical';
  violations.filter((v) => !grave(v)).forEach((v) => t.diagnostic(line(v)));
  return violations.filter(grave).map(line);
}

describe('accessibility audit (axe-core)', () => {
  const site = servedSite();

  const cases = [
    { name: 'English', hash: '#lang=en' },
    { name: 'French', hash: '#lang=fr' },
    { name: 'Spanish', hash: '#lang=es' },
    { name: 'dark theme', hash: '#theme=dark' },
    { name: 'a phone, in French, dark', hash: '#lang=fr&theme=dark', width: 390, height: 844, scale: 2, touch: true },
  ];
  for (const { name, hash, width = 1280, height = 800, scale = 1, touch = false } of cases) {
    test(`${name}: no serious or critical violation, and none while a field is edited`, async (t) => {
      const context = await site.browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, hasTouch: touch,
                                                      isMobile: touch, bypassCSP: true });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(site.server.url + hash);
      await page.waitForFunction(() => window.SSI?.getState()?.frames > 0, null, { timeout: 30000 });
      await settle(page, 300);
      assert.deepEqual(await audit(page, t), []);

      await clickControl(page, 'button:scenario_name');
      const input = await page.evaluate(() => ({ id: document.activeElement.id, label: document.activeElement.getAttribute('aria-label') }));
      assert.equal(input.id, 'text-input');
      assert.ok(input.label, 'the text input is labelled');
      assert.deepEqual(await audit(page, t), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
