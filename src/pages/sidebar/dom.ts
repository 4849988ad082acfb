/**
 * Small typed DOM helpers. Every piece of text, above all text that came from a sheet (unit names,
 * headers, messages), becomes a Text node: nothing here parses HTML, so a unit named
 * `<img src=x onerror=…>` is shown as those characters and runs nothing.
 *
 * @example
 * h('p', { className: 'note' }, 'Đơn vị: ', unitName) // <p class="note">Đơn vị: …</p>, unitName as text
 */

/** Attributes h() knows how to set; anything else goes through `attrs`. */
export interface Props {
  id?: string;
  className?: string;
  title?: string;
  htmlFor?: string;
  type?: string;
  value?: string;
  name?: string;
  disabled?: boolean;
  checked?: boolean;
  selected?: boolean;
  hidden?: boolean;
  /** Other attributes (aria-*, role, min, step…), set with setAttribute. */
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export type Child = Node | string | number | null | undefined | false | Child[];

/** Creates an element; strings and numbers become Text nodes, null/false are skipped. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) applyProps(el, props);
  append(el, children);
  return el;
}

function applyProps(el: HTMLElement, p: Props): void {
  if (p.id !== undefined) el.id = p.id;
  if (p.className !== undefined) el.className = p.className;
  if (p.title !== undefined) el.title = p.title;
  if (p.hidden !== undefined) el.hidden = p.hidden;
  if (p.htmlFor !== undefined && el instanceof HTMLLabelElement) el.htmlFor = p.htmlFor;
  if (p.type !== undefined) el.setAttribute('type', p.type);
  if (p.name !== undefined) el.setAttribute('name', p.name);
  if (p.value !== undefined && 'value' in el) (el as HTMLInputElement).value = p.value;
  if (p.disabled !== undefined && 'disabled' in el) (el as HTMLButtonElement).disabled = p.disabled;
  if (p.checked !== undefined && el instanceof HTMLInputElement) el.checked = p.checked;
  if (p.selected !== undefined && el instanceof HTMLOptionElement) el.selected = p.selected;
  if (p.attrs) for (const [k, v] of Object.entries(p.attrs)) el.setAttribute(k, v);
  if (p.on) {
    for (const [type, fn] of Object.entries(p.on)) if (fn) el.addEventListener(type, fn as EventListener);
  }
}

/** Appends children as nodes (text as Text nodes, never as HTML). */
export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
    else parent.appendChild(c);
  }
}

/** Replaces an element's content with the given children. */
export function replace(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

let counter = 0;
/** A unique id for label/input pairs. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
