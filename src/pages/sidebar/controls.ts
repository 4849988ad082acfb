/**
 * Labelled form controls for the sidebar (ô nhập có nhãn): every input has a <label>, every group of
 * radios a <fieldset> with a <legend>, so screen readers and the keyboard work without extra code.
 */
import { h, uid, type Child } from './dom';

/** A label above its control, with an optional hint tied to it by aria-describedby. */
export function field(label: string, control: HTMLElement, hint?: string, className = 'field'): HTMLElement {
  if (!control.id) control.id = uid('f');
  const hintEl = hint ? h('div', { className: 'hint', id: `${control.id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { className }, h('label', { htmlFor: control.id }, label), control, hintEl);
}

export interface Option {
  value: string;
  label: string;
  /** A choice shown but not available now (a radio only). */
  disabled?: boolean;
}

/** A select's choices, plain or grouped. */
export type Options = Array<Option | { group: string; options: Option[] }>;

/** The <option> and <optgroup> nodes of `options`, `value` selected. */
function optionNodes(options: Options, value: string): HTMLElement[] {
  const opt = (o: Option) => h('option', { value: o.value, selected: o.value === value }, o.label);
  return options.map((o) => {
    if (!('group' in o)) return opt(o);
    const g = h('optgroup', null, o.options.map(opt));
    g.label = o.group;
    return g;
  });
}

/** A <select>; `onChange` gets the chosen value. Options may be grouped. */
export function select(id: string, options: Options, value: string, onChange: (value: string) => void, disabled = false): HTMLSelectElement {
  const el = h('select', { id, disabled, on: { change: () => onChange(el.value) } }, optionNodes(options, value));
  el.value = value;
  return el;
}

/**
 * A select that holds only its current option until the user reaches it (focus, pointer, touch or
 * key), then all of them. The column list has one per column of the sheet, 30 and more with 40
 * roles each: laying out those option texts was about a third of the sidebar's first paint.
 * Keyboard and screen-reader users get the full list on focus, before they can move in it.
 */
export function lazySelect(id: string, options: Options, value: string, onChange: (value: string) => void, disabled = false): HTMLSelectElement {
  const current = options.flatMap((o) => ('group' in o ? o.options : [o])).find((o) => o.value === value);
  const el = select(id, current ? [current] : [], value, onChange, disabled);
  const populate = (): void => {
    for (const type of REACHED) el.removeEventListener(type, populate);
    el.replaceChildren(...optionNodes(options, value));
    el.value = value;
  };
  for (const type of REACHED) el.addEventListener(type, populate);
  return el;
}

/** The events that mean the user is about to see a select's options. */
const REACHED = ['focus', 'pointerdown', 'mousedown', 'touchstart', 'keydown'] as const;

/** A text input; `onInput` keeps the model in step without redrawing (the caret stays put). */
export function textInput(
  id: string,
  value: string,
  onInput: (value: string) => void,
  attrs: Record<string, string> = {},
  onChange?: (value: string) => void,
): HTMLInputElement {
  const el = h('input', {
    id,
    type: 'text',
    value,
    attrs: { autocomplete: 'off', spellcheck: 'false', ...attrs },
    on: { input: () => onInput(el.value), change: () => onChange && onChange(el.value) },
  });
  return el;
}

/** Radios in a fieldset; `onChange` gets the chosen value. */
export function radios(
  name: string,
  legend: string,
  options: Option[],
  value: string,
  onChange: (value: string) => void,
  extra?: Child,
  hideLegend = false,
): HTMLElement {
  return h(
    'fieldset',
    { className: 'radios' },
    h('legend', hideLegend ? { className: 'sr-only' } : null, legend),
    options.map((o) => {
      const id = `${name}-${o.value}`;
      return h(
        'div',
        { className: 'radio' },
        h('input', { id, type: 'radio', name, value: o.value, checked: o.value === value, disabled: Boolean(o.disabled), on: { change: () => onChange(o.value) } }),
        h('label', { htmlFor: id }, o.label),
      );
    }),
    extra,
  );
}

/** A button; disabled while `busy` (with aria-busy so screen readers say why). */
export function button(id: string, label: string, onClick: () => void, opts: { primary?: boolean; disabled?: boolean; busy?: boolean } = {}): HTMLButtonElement {
  const el = h(
    'button',
    {
      id,
      type: 'button',
      className: opts.primary ? 'btn primary' : 'btn',
      disabled: Boolean(opts.disabled || opts.busy),
      on: { click: () => onClick() },
    },
    label,
  );
  if (opts.busy) el.setAttribute('aria-busy', 'true');
  return el;
}

/** A collapsible section with a heading (mục). */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h('section', { id, className: 'card', attrs: { 'aria-labelledby': `${id}-h` } }, h('h2', { id: `${id}-h` }, title), ...children);
}
