// End-to-end tests of the offline, installable calculator in Debian's Chromium: the manifest, the
// service worker caching the site on a first visit, a reload with the network gone, and a new
// deployment taken by the next visit with a notice.
//   node --test --test-reporter=spec tests/e2e/offline.test.mjs
// Needs dist/ (scripts/build.sh web).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openCalculator, reload, servedSite } from './harness.mjs';

// Polls `read` on the page (from node: the page's CSP forbids string evaluation) until `ok`.
async function until(page, read, ok, what, timeout = 20000) {
  const end = Date.now() + timeout;
  let value;
  while (Date.now() < end) {
    value = await page.evaluate(read);
    if (ok(value)) return value;
    await page.waitForTimeout(200);
  }
  throw new Error(`${what}: still ${JSON.stringify(value)}`);
}

const controlled = (page) => until(page, () => !!navigator.serviceWorker.controller, Boolean, 'the page has no service worker');
const updatedText = 'A new version of the calculator is installed';

describe('offline and installable', () => {
  const site = servedSite();

  test('the manifest names the app, with its icons and theme colour', async () => {
    const { page, context, problems } = await openCalculator(site.browser, site.server.url);
    try {
      const session = await context.newCDPSession(page);
      const { errors, data } = await session.send('Page.getAppManifest');
      assert.deepEqual(errors, [], 'manifest errors');
      const manifest = JSON.parse(data);
      assert.equal(manifest.name, 'SSI Calculator');
      assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
      for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
        const response = await page.request.get(new URL(icon.src, site.server.url).href);
        assert.equal(response.status(), 200, icon.src);
        const bytes = await response.body();
        assert.equal(bytes.readUInt32BE(16), Number(icon.sizes.split('x')[0]), `${icon.src} is ${icon.sizes}`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('after a first visit, the calculator opens and works with the network gone', async () => {
    const { page, context, problems } = await openCalculator(site.browser, site.server.url + '#comments=12');
    try {
      await controlled(page);
      const cached = await page.evaluate(async () => {
        const names = (await caches.keys()).filter((name) => name.startsWith('ssi-calculator-'));
        const cache = await caches.open(names[0]);
        return { names, files: (await cache.keys()).map((request) => new URL(request.url).pathname) };
      });
      assert.equal(cached.names.length, 1, JSON.stringify(cached.names));
      for (const file of ['/index.html', '/page.js', '/ssi.js', '/ssi.wasm', '/ssi.deferred.wasm', '/report.js', '/i18n/fr.txt'])
        assert.ok(cached.files.includes(file), `${file} is not cached: ${cached.files}`);
      assert.ok(!cached.files.includes('/ssi-single.js'), 'the file:// build is not for served pages');

      await context.setOffline(true);
      const served = site.server.requests.length;
      // The network really is gone: what the worker does not cache fails.
      const foreign = await page.evaluate(() => fetch('embed.js?offline').then(() => 'fetched', () => 'failed'));
      assert.equal(foreign, 'failed');
      await page.waitForTimeout(200);
      problems.length = 0;  // that failure was the point
      await reload(page);
      const state = await page.evaluate(() => window.SSI.getState());
      assert.ok(state.frames > 0);
      assert.equal(state.inputs.comments, 12, 'the link\'s value');
      // It still answers and works: a change is scored, the report and other languages load.
      await page.evaluate(() => window.SSI.setInputs({ comments: 30 }));
      const after = await until(page, () => window.SSI.getState(), (s) => s.inputs.comments === 30, 'setInputs offline');
      assert.ok(after.total > state.total, `${after.total} > ${state.total}`);
      assert.ok(await page.evaluate(async () => !!(await window.SSI.report())), 'the report offline');
      // The program's second part (ssi.deferred.wasm) came from the cache before the start-up:
      // reading a paste, code the start-up never runs, works offline too.
      assert.equal((await page.evaluate(() => window.SSI.pasteText('no SSI page here'))).problem, 'not_ssi_page');
      assert.match(await page.evaluate(() => fetch('i18n/fr.txt').then((r) => r.text())), /Établir/);
      assert.equal(site.server.requests.length, served, 'nothing reached the server while offline');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a new deployment: the next visit takes it, and the page says so', async () => {
    const { page, context, problems } = await openCalculator(site.browser, site.server.url);
    try {
      await controlled(page);
      const notices = () => window.SSI.getState().notices;
      assert.ok(!(await page.evaluate(notices)).some((n) => n.includes(updatedText)), 'no update yet');
      // Deploy: a changed stylesheet, and the worker's version that the build would write.
      const marker = '/* deployed ' + Date.now() + ' */';
      const sw = join(site.copy, 'sw.js');
      await writeFile(join(site.copy, 'style.css'), (await readFile(join(site.copy, 'style.css'), 'utf8')) + marker);
      await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const version = '([0-9a-f]+)'/, "const version = '$1-next'"));
      await reload(page);  // served by the old worker; the browser finds the new one meanwhile
      await until(page, notices, (list) => list.some((n) => n.includes(updatedText)), 'the update notice');
      await reload(page);
      const css = await page.evaluate(() => fetch('style.css').then((r) => r.text()));
      assert.ok(css.endsWith(marker), 'the new stylesheet is served');
      const names = await page.evaluate(() => caches.keys());
      assert.equal(names.filter((name) => name.startsWith('ssi-calculator-')).length, 1, 'the old cache is gone');
      assert.ok(!(await page.evaluate(notices)).some((n) => n.includes(updatedText)), 'said once');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
