/** SpreadsheetApp.getUi(): menus, sidebar, dialogs, alerts and prompts, all recorded in runtime.ui. */
import type { Env } from './env';
import { SERVICE } from './instrument';
import type { MenuRecord } from './ui-record';
import type { HtmlOutputImpl } from './html';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export class UiImpl {
  readonly [SERVICE] = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly env: Env) {}
  createAddonMenu(): MenuImpl {
    return new MenuImpl(this.env, { name: '', addon: true, items: [] });
  }
  createMenu(caption: string): MenuImpl {
    return new MenuImpl(this.env, { name: caption, addon: false, items: [] });
  }
  showSidebar(userInterface: HtmlOutputImpl): void {
    const shown = userInterface.shown();
    this.env.ui.sidebar = shown;
    this.env.ui.sidebars.push(shown);
  }
  showModalDialog(userInterface: HtmlOutputImpl, title: string): void {
    this.env.ui.dialogs.push({ ...userInterface.shown(), title, modal: true });
  }
  showModelessDialog(userInterface: HtmlOutputImpl, title: string): void {
    this.env.ui.dialogs.push({ ...userInterface.shown(), title, modal: false });
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons): the button from ui.responses, else OK. */
  alert(a: string, b?: unknown, c?: unknown): string {
    const rec = parseDialogArgs(a, b, c);
    this.env.ui.alerts.push(rec);
    return this.env.ui.responses.shift()?.button ?? Button.OK;
  }
  prompt(a: string, b?: unknown, c?: unknown): PromptResponseImpl {
    const rec = parseDialogArgs(a, b, c);
    this.env.ui.prompts.push(rec);
    const r = this.env.ui.responses.shift();
    return new PromptResponseImpl(r?.button ?? Button.OK, r?.text ?? '');
  }
}

function parseDialogArgs(a: string, b?: unknown, c?: unknown): { title?: string; prompt: string; buttons?: string } {
  if (typeof b === 'string' && c !== undefined) return { title: a, prompt: b, buttons: String(c) };
  if (typeof b === 'string' && b in ButtonSet) return { prompt: a, buttons: b };
  if (typeof b === 'string') return { title: a, prompt: b };
  return { prompt: String(a) };
}

export class PromptResponseImpl {
  readonly [SERVICE] = 'PromptResponse';
  constructor(
    private readonly button: string,
    private readonly text: string,
  ) {}
  getSelectedButton(): string {
    return this.button;
  }
  getResponseText(): string {
    return this.text;
  }
}

export class MenuImpl {
  readonly [SERVICE] = 'Menu';
  constructor(
    private readonly env: Env,
    readonly record: MenuRecord,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.record.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: MenuImpl): this {
    this.record.items.push({ subMenu: menu.record });
    return this;
  }
  /** Replaces a menu of the same name, as re-running onOpen does in Sheets. */
  addToUi(): void {
    const menus = this.env.ui.menus;
    const i = menus.findIndex((m) => m.addon === this.record.addon && m.name === this.record.name);
    if (i >= 0) menus[i] = this.record;
    else menus.push(this.record);
  }
}
