// Splits the linked program in two, guided by what its start-up runs (the build calls this after
// linking ssi.js; usage: node scripts/split_wasm.mjs DIST WHOLE):
//   DIST/ssi.wasm           the functions the start-up ran, up to the page at rest,
//   DIST/ssi.deferred.wasm  the rest (importing from, and filling the table of, the first),
// from the whole program as Emscripten linked it (-sSPLIT_MODULE=1 leaves it in
// DIST/ssi.wasm.orig; it is moved to WHOLE, out of the site, and kept there for a rerun).
// A first visit needs only the first before it shows the page; web/bridge.js fetches the other
// after the first frame, or at once, synchronously, when a call reaches it earlier.
//
// Binaryen's wasm-split instruments a copy of the program to record which functions run. That
// copy runs in Debian's Chromium (as the browser tests do) in the starts a visitor has: a
// desktop and a phone (touch, x2), a shared link in French, and a return visit that opens the
// work kept in storage; the recorded profiles are merged, and the program split by them.
import { execFileSync } from 'node:child_process';
import { access, cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, serve, settle } from '../tests/e2e/harness.mjs';

const [dist, whole] = process.argv.slice(2).map((path) => resolve(path));
const linked = join(dist, 'ssi.wasm.orig');
if (await access(linked).then(() => true, () => false)) await rename(linked, whole);
const work = await mkdtemp(join(tmpdir(), 'ssi-split-'));
const say = (...parts) => console.log('[split]', ...parts);
const binaryen = (tool, ...args) => execFileSync(tool, ['--enable-mutable-globals', ...args], { stdio: 'inherit' });

// Every visit of a profile: where it opens, how the browser is set up, what it does first.
const link = '#comments=12&posts=2&connections=800&actual=20,10.5,12,15&industry=30&network=40&target=60&lang=fr&theme=dark&accent=0a66c2';
const visits = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true },
  { name: 'shared link, then a return visit', viewport: { width: 1280, height: 800 }, hash: link, reload: true },
];

try {
  // Binaryen's -Oz once more: Emscripten's one pass leaves about 1 KB gzipped that a second finds.
  const program = join(work, 'ssi.wasm');
  binaryen('wasm-opt', '-Oz', whole, '-o', program);
  const site = join(work, 'site');
  await cp(dist, site, { recursive: true });
  binaryen('wasm-split', '--instrument', program, '-o', join(site, 'ssi.wasm'));
  const server = await serve(site);
  const browser = await launch();
  const profiles = [];
  try {
    for (const visit of visits) {
      const context = await browser.newContext(visit);
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      // Opens the page, lets it come to rest, and keeps what this load ran (each load is a
      // program of its own: its profile is read before the next).
      const profile = async (url) => {
        await page.goto(url);
        await page.waitForFunction(() => window.SSI?.getState?.()?.frames > 0, null, { timeout: 30000 });
        await settle(page);
        if (problems.length) throw new Error(`the ${visit.name} visit: ${problems.join('; ')}`);
        // The instrumented program writes its profile into its own memory.
        const bytes = await page.evaluate(() => {
          const exports = Module.asm;
          const memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
          const size = 1 << 20;
          const at = Module._malloc(size);
          const length = exports.__write_profile(at, size);
          return Array.from(new Uint8Array(memory.buffer, at, length));
        });
        const file = join(work, `profile-${profiles.length}.data`);
        await writeFile(file, Buffer.from(bytes));
        profiles.push(file);
      };
      await profile(server.url + (visit.hash ?? ''));
      if (visit.reload) await profile(server.url);
      say(`${visit.name}: profiled`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const merged = join(work, 'profile.data');
  binaryen('wasm-split', '--merge-profiles', ...profiles, '-o', merged);
  binaryen('wasm-split', '--split', program, `--profile=${merged}`, '-o1', join(dist, 'ssi.wasm'),
           '-o2', join(dist, 'ssi.deferred.wasm'));
  const size = async (name) => (await readFile(join(dist, name))).length;
  say(`ssi.wasm ${await size('ssi.wasm')} bytes, ssi.deferred.wasm ${await size('ssi.deferred.wasm')} bytes`);
} finally {
  await rm(work, { recursive: true, force: true });
}
