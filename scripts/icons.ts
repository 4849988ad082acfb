/**
 * npm run icons: renders the add-on's icons for the Marketplace listing (docs/publishing/icons/) from
 * their SVG sources with headless Chromium (playwright-core, already a dev dependency for the browser
 * tests; /usr/bin/chromium): icon.svg → icon-128.png, icon-32.svg → icon-32.png, transparent corners.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../docs/publishing/icons');

/** What the Marketplace SDK's Store Listing asks for: application icons of 128×128 and 32×32. */
export const ICONS = [
  { source: 'icon.svg', out: 'icon-128.png', size: 128 },
  { source: 'icon-32.svg', out: 'icon-32.png', size: 32 },
] as const;

export async function renderIcons(executablePath = '/usr/bin/chromium'): Promise<string[]> {
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const written: string[] = [];
  try {
    for (const icon of ICONS) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      const svg = readFileSync(join(dir, icon.source), 'utf8');
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const path = join(dir, icon.out);
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
      written.push(path);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  renderIcons().then(
    (files) => console.log(`Đã vẽ ${files.join(', ')}`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
