/** What the add-on showed the user, recorded for tests, the demo and the preview server. */

export type MenuItemRecord = { caption: string; functionName: string } | { separator: true } | { subMenu: MenuRecord };

export interface MenuRecord {
  /** "" for the add-on menu (Sheets puts the add-on's name there). */
  name: string;
  addon: boolean;
  items: MenuItemRecord[];
}

export interface ShownHtml {
  title: string;
  html: string;
  width?: number;
  height?: number;
}

export interface UiRecord {
  menus: MenuRecord[];
  /** The last sidebar shown. */
  sidebar?: ShownHtml;
  sidebars: ShownHtml[];
  dialogs: (ShownHtml & { modal: boolean })[];
  alerts: { title?: string; prompt: string; buttons?: string }[];
  prompts: { title?: string; prompt: string; buttons?: string }[];
  toasts: { message: string; title?: string; timeoutSeconds?: number }[];
  /** Answers the next alert/prompt calls take, in order ("OK", "YES", "NO", "CANCEL", "CLOSE"), with prompt text. */
  responses: { button: string; text?: string }[];
}

export function emptyUiRecord(): UiRecord {
  return { menus: [], sidebars: [], dialogs: [], alerts: [], prompts: [], toasts: [], responses: [] };
}
