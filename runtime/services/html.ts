/** HtmlService: serves the HTML files of the build directory, as Apps Script serves project files. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from './env';
import { SERVICE } from './instrument';
import type { ShownHtml } from './ui-record';

export const SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export class HtmlServiceImpl {
  readonly [SERVICE] = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(private readonly env: Env) {}
  private read(filename: string): string {
    const base = filename.endsWith('.html') ? filename : filename + '.html';
    const path = join(this.env.buildDir, base);
    if (base.includes('/') || base.includes('\\') || !existsSync(path)) throw new Error(`No HTML file named ${filename} was found.`);
    return readFileSync(path, 'utf8');
  }
  createHtmlOutputFromFile(filename: string): HtmlOutputImpl {
    return new HtmlOutputImpl(this.read(filename));
  }
  createHtmlOutput(html?: string): HtmlOutputImpl {
    return new HtmlOutputImpl(html ?? '');
  }
  createTemplateFromFile(filename: string): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this.read(filename));
  }
  createTemplate(html: string): HtmlTemplateImpl {
    return new HtmlTemplateImpl(html);
  }
}

export class HtmlOutputImpl {
  readonly [SERVICE] = 'HtmlOutput';
  private title = '';
  private width?: number;
  private height?: number;
  private sandbox: string = SandboxMode.IFRAME;
  constructor(private content: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width ?? 300;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height ?? 600;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = content;
    return this;
  }
  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }
  setSandboxMode(mode: string): this {
    this.sandbox = mode;
    return this;
  }
  getSandboxMode(): string {
    return this.sandbox;
  }
  setXFrameOptionsMode(): this {
    return this;
  }
  addMetaTag(): this {
    return this;
  }
  setFaviconUrl(): this {
    return this;
  }
  /** What the Ui records when this output is shown. */
  shown(): ShownHtml {
    const s: ShownHtml = { title: this.title, html: this.content };
    if (this.width !== undefined) s.width = this.width;
    if (this.height !== undefined) s.height = this.height;
    return s;
  }
}

/** Templates without scriptlets only: the add-on loads data through google.script.run instead. */
export class HtmlTemplateImpl {
  readonly [SERVICE] = 'HtmlTemplate';
  constructor(private readonly source: string) {}
  getRawContent(): string {
    return this.source;
  }
  evaluate(): HtmlOutputImpl {
    if (this.source.includes('<?')) throw new Error('The local runtime does not evaluate template scriptlets (<? ?>).');
    return new HtmlOutputImpl(this.source);
  }
}
