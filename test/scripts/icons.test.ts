import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICONS } from '../../scripts/icons';

const dir = join(process.cwd(), 'docs/publishing/icons');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('the Marketplace icons (npm run icons)', () => {
  it('are rendered at the sizes the Store Listing asks for, 128×128 and 32×32, from their SVG sources', () => {
    expect(ICONS.map((i) => i.size).sort((a, b) => a - b)).toEqual([32, 128]);
    for (const icon of ICONS) {
      expect(existsSync(join(dir, icon.source)), icon.source).toBe(true);
      expect(pngSize(join(dir, icon.out)), icon.out).toEqual([icon.size, icon.size]);
    }
  });

  it('have listing texts within the Marketplace limits in both languages', () => {
    for (const lang of ['vi', 'en']) {
      const text = readFileSync(join(process.cwd(), `docs/publishing/listing.${lang}.md`), 'utf8');
      const field = (heading: string) => text.split(`## ${heading}`)[1]!.split('\n## ')[0]!.split('\n').slice(1).join('\n').trim();
      const [name, short, long] = lang === 'vi' ? ['Tên ứng dụng', 'Mô tả ngắn', 'Mô tả chi tiết'] : ['Application name', 'Short description', 'Detailed description'];
      expect(field(name).length, `${lang} name`).toBeLessThanOrEqual(50);
      expect(field(short).length, `${lang} short`).toBeLessThanOrEqual(200);
      expect(field(long).length, `${lang} long`).toBeLessThan(16000);
      expect(field(name)).not.toMatch(/google/i);
    }
  });
});
