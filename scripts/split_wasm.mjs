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
// desktop (with the mouse moving over the page as it opens) and a phone (touch, x2), a shared
// link in French, a return visit that opens the work kept in storage, and a coaching site's
// frame; the recorded profiles are merged, and the program split by them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
  { name: 'in a frame', viewport: { width: 1280, height: 800 }, host: true },
];
// A coaching site's page with the calculator in a frame of the same origin (embed.html's is
// sandboxed: it runs ssi-single.js, one whole program).
const hostPage = '<!doctype html><title>host</title><iframe src="index.html" style="width:900px;height:700px;border:0"></iframe>';

try {
  // Binaryen's -Oz once more: Emscripten's one pass leaves about 1 KB gzipped that a second finds.
  const program = join(work, 'ssi.wasm');
  binaryen('wasm-opt', '-Oz', whole, '-o', program);
  const site = join(work, 'site');
  await cp(dist, site, { recursive: true });
  binaryen('wasm-split', '--instrument', program, '-o', join(site, 'ssi.wasm'));
  await writeFile(join(site, 'host.html'), hostPage);
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
        const frame = visit.host ? await (await page.waitForSelector('iframe')).contentFrame() : page.mainFrame();
        await frame.waitForFunction(() => window.SSI?.getState?.()?.frames > 0, null, { timeout: 30000 });
        // The mouse over the page as it opens: hovering is the first thing a visitor does.
        if (!visit.isMobile)
          for (let i = 0; i <= 24; ++i) await page.mouse.move(40 + i * 48, 60 + ((i * 97) % 700));
        await settle(frame);
        if (problems.length) throw new Error(`the ${visit.name} visit: ${problems.join('; ')}`);
        // The instrumented program writes its profile into its own memory.
        const bytes = await frame.evaluate(() => {
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
      await profile(server.url + (visit.host ? 'host.html' : visit.hash ?? ''));
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
  // Both parts carry the id of this build (a custom section, 'ssi-build'): web/bridge.js links
  // the second to the first only when they match.
  const parts = [join(dist, 'ssi.wasm'), join(dist, 'ssi.deferred.wasm')];
  const contents = await Promise.all(parts.map((part) => readFile(part)));
  const id = createHash('sha256').update(contents[0]).update(contents[1]).digest('hex').slice(0, 16);
  const leb = (value) => {
    const bytes = [];
    do {
      bytes.push((value & 0x7f) | (value > 0x7f ? 0x80 : 0));
      value >>>= 7;
    } while (value);
    return Buffer.from(bytes);
  };
  const name = Buffer.from('ssi-build');
  const payload = Buffer.concat([leb(name.length), name, Buffer.from(id)]);
  const section = Buffer.concat([Buffer.from([0]), leb(payload.length), payload]);
  for (const [i, part] of parts.entries()) await writeFile(part, Buffer.concat([contents[i], section]));
  const size = async (name) => (await readFile(join(dist, name))).length;
  say(`ssi.wasm ${await size('ssi.wasm')} bytes, ssi.deferred.wasm ${await size('ssi.deferred.wasm')} bytes, build ${id}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
