/** @jsxImportSource react */
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Division, Option } from './options';
import { cls, uid } from './twin';

// The console's in-house widget library, as it behaves: every widget follows a WAI-ARIA Authoring Practices pattern
// (w3.org/WAI/ARIA/apg) — Select-Only Combobox, Editable Combobox With List Autocomplete, Listbox (multi-select,
// `aria-multiselectable`), Radio Group (roving tabindex), Checkbox (two-state and mixed), Tree View (in a combobox
// popup, levels loaded when expanded), Disclosure. Comboboxes keep focus and point at the active option with
// `aria-activedescendant`; their popups are rendered at the end of <body> only while open. Text inputs are React-
// controlled `<input>`s. Every class is hashed (`cls`).

/** How a control is named: by its visible label element, or (twin) by an `aria-label`. */
export type Naming = { 'aria-labelledby': string } | { 'aria-label': string };

/** The popup's place under its anchor, kept while the page scrolls. */
function usePopupStyle(anchor: RefObject<HTMLElement | null>, open: boolean): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>({ position: 'absolute', top: 0, left: 0 });
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const r = anchor.current?.getBoundingClientRect();
      if (r) setStyle({ position: 'absolute', top: r.bottom + window.scrollY + 4, left: r.left + window.scrollX, minWidth: r.width });
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [open, anchor]);
  return style;
}

/** Keeps the active option visible in its scrolling popup. */
function useScrollIntoView(id: string | undefined): void {
  useEffect(() => {
    if (id) document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
  }, [id]);
}

/** A popup at the end of <body>; a mousedown inside keeps the focus on the combobox. */
function Popup({ style, children }: { style: CSSProperties; children: ReactNode }) {
  return createPortal(
    <div className={cls('popup')} style={style} onMouseDown={(e) => e.preventDefault()}>
      {children}
    </div>,
    document.body,
  );
}

/** First option whose label starts with the typed characters (type-ahead). */
function useTypeAhead(options: readonly Option[]) {
  const typed = useRef({ text: '', at: 0 });
  return (key: string): number => {
    const now = Date.now();
    typed.current = { text: (now - typed.current.at < 600 ? typed.current.text : '') + key, at: now };
    return options.findIndex((o) => o.label.startsWith(typed.current.text));
  };
}

const printable = (e: KeyboardEvent) => e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey;

type SelectProps = {
  /** The field key: every id of the widget derives from it. */
  id: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  naming: Naming;
  placeholder: string;
  disabled?: boolean;
  /** Options still loading: the popup says so and is `aria-busy`. */
  loading?: boolean;
  required?: boolean;
};

/** APG Select-Only Combobox: a focusable `div role=combobox` whose listbox opens below it. */
export function Select({ id, value, options, onChange, naming, placeholder, disabled = false, loading = false, required = false }: SelectProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const anchor = useRef<HTMLDivElement>(null);
  const style = usePopupStyle(anchor, open);
  const typeAhead = useTypeAhead(options);
  const listId = uid(`${id}:listbox`);
  const optionId = (o: Option) => uid(`${id}:option:${o.value}`);
  const current = active >= 0 && active < options.length ? options[active] : undefined;
  useScrollIntoView(open && current ? optionId(current) : undefined);
  useEffect(() => {
    if (disabled) setOpen(false);
  }, [disabled]);
  const selected = options.find((o) => o.value === value);
  const show = (at?: number) => {
    if (disabled) return;
    setOpen(true);
    setActive(at ?? Math.max(0, options.findIndex((o) => o.value === value)));
  };
  const choose = (o: Option) => {
    onChange(o.value);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (disabled) return;
    const last = options.length - 1;
    if (!open) {
      if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(e.key)) {
        e.preventDefault();
        show();
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        show(e.key === 'Home' ? 0 : last);
      } else if (printable(e)) {
        const at = typeAhead(e.key);
        show(at >= 0 ? at : undefined);
      }
      return;
    }
    if (e.key === 'ArrowDown') setActive((a) => Math.min(last, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(last);
    else if (e.key === 'Enter' || e.key === ' ') {
      if (current) choose(current);
    } else if (e.key === 'Escape') setOpen(false);
    else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else if (printable(e)) {
      const at = typeAhead(e.key);
      if (at >= 0) setActive(at);
    } else return;
    e.preventDefault();
  };
  return (
    <>
      <div
        ref={anchor}
        role="combobox"
        className={cls(disabled ? 'select-disabled' : 'select')}
        tabIndex={disabled ? -1 : 0}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && current ? optionId(current) : undefined}
        aria-disabled={disabled ? 'true' : undefined}
        aria-required={required || undefined}
        {...naming}
        onClick={() => (open ? setOpen(false) : show())}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      >
        <span className={cls(selected ? 'select-value' : 'select-placeholder')}>{selected ? selected.label : placeholder}</span>
        <span className={cls('select-arrow')} aria-hidden="true">
          ▾
        </span>
      </div>
      {open && (
        <Popup style={style}>
          <div role="listbox" id={listId} className={cls('listbox')} {...naming} aria-busy={loading || undefined}>
            {options.map((o) => (
              <div
                key={o.value}
                id={optionId(o)}
                role="option"
                aria-selected={o.value === value}
                className={cls(o === current ? 'option-active' : 'option')}
                onMouseMove={() => setActive(options.indexOf(o))}
                onClick={() => choose(o)}
              >
                {o.label}
              </div>
            ))}
            {loading && <div className={cls('popup-note')}>加载中…</div>}
            {!loading && options.length === 0 && <div className={cls('popup-note')}>暂无数据</div>}
          </div>
        </Popup>
      )}
    </>
  );
}

type MultiSelectProps = Omit<SelectProps, 'value' | 'onChange' | 'disabled' | 'loading'> & { value: readonly string[]; onChange: (value: string[]) => void; chipsLabel: string };

/** APG Select-Only Combobox whose listbox is multi-select (`aria-multiselectable`): options toggle, chips follow. */
export function MultiSelect({ id, value, options, onChange, naming, placeholder, required = false, chipsLabel }: MultiSelectProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const anchor = useRef<HTMLDivElement>(null);
  const style = usePopupStyle(anchor, open);
  const typeAhead = useTypeAhead(options);
  const listId = uid(`${id}:listbox`);
  const optionId = (o: Option) => uid(`${id}:option:${o.value}`);
  const current = active >= 0 && active < options.length ? options[active] : undefined;
  useScrollIntoView(open && current ? optionId(current) : undefined);
  const chosen = options.filter((o) => value.includes(o.value));
  const toggle = (o: Option) => onChange(value.includes(o.value) ? value.filter((v) => v !== o.value) : [...value, o.value]);
  const show = () => {
    setOpen(true);
    setActive(Math.max(0, options.findIndex((o) => value.includes(o.value))));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const last = options.length - 1;
    if (!open) {
      if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(e.key)) {
        e.preventDefault();
        show();
      }
      return;
    }
    if (e.key === 'ArrowDown') setActive((a) => Math.min(last, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(last);
    else if (e.key === 'Enter' || e.key === ' ') {
      if (current) toggle(current);
    } else if (e.key === 'Escape') setOpen(false);
    else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else if (printable(e)) {
      const at = typeAhead(e.key);
      if (at >= 0) setActive(at);
    } else return;
    e.preventDefault();
  };
  return (
    <div className={cls('multi')}>
      <div
        ref={anchor}
        role="combobox"
        className={cls('select')}
        tabIndex={0}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && current ? optionId(current) : undefined}
        aria-required={required || undefined}
        {...naming}
        onClick={() => (open ? setOpen(false) : show())}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      >
        <span className={cls(chosen.length ? 'select-value' : 'select-placeholder')}>{chosen.length ? chosen.map((o) => o.label).join('、') : placeholder}</span>
        <span className={cls('select-arrow')} aria-hidden="true">
          ▾
        </span>
      </div>
      {chosen.length > 0 && (
        <div role="list" aria-label={chipsLabel} className={cls('chips')}>
          {chosen.map((o) => (
            <div role="listitem" key={o.value} className={cls('chip')}>
              <span>{o.label}</span>
              <button type="button" className={cls('chip-remove')} aria-label={`移除 ${o.label}`} onClick={() => toggle(o)}>
                ×
              </button>
            </div>
          ))}
        </div>
      )}
      {open && (
        <Popup style={style}>
          <div role="listbox" id={listId} className={cls('listbox')} aria-multiselectable="true" {...naming}>
            {options.map((o) => (
              <div
                key={o.value}
                id={optionId(o)}
                role="option"
                aria-selected={value.includes(o.value)}
                className={cls(o === current ? 'option-active' : 'option')}
                onMouseMove={() => setActive(options.indexOf(o))}
                onClick={() => toggle(o)}
              >
                <span className={cls(value.includes(o.value) ? 'tick-on' : 'tick')} aria-hidden="true" />
                {o.label}
              </div>
            ))}
          </div>
        </Popup>
      )}
    </div>
  );
}

type AutocompleteProps = { id: string; value: string; options: readonly string[]; onChange: (value: string) => void; naming: Naming; placeholder: string; required?: boolean };

/**
 * APG Editable Combobox With List Autocomplete (manual selection): typing filters the list, ArrowDown moves into
 * it, Enter or a click chooses. The field's value is the chosen option; text matching no option holds nothing.
 */
export function Autocomplete({ id, value, options, onChange, naming, placeholder, required = false }: AutocompleteProps) {
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const anchor = useRef<HTMLInputElement>(null);
  const style = usePopupStyle(anchor, open);
  const listId = uid(`${id}:listbox`);
  const optionId = (i: number) => uid(`${id}:option:${i}`);
  const all = options.map((label, i) => ({ label, i }));
  const words = text.trim().toLowerCase();
  const filtered = words === '' || text === value ? all : all.filter((o) => o.label.toLowerCase().includes(words));
  const current = active >= 0 && active < filtered.length ? filtered[active] : undefined;
  useScrollIntoView(open && current ? optionId(current.i) : undefined);
  const choose = (label: string) => {
    setText(label);
    onChange(label);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const last = filtered.length - 1;
    if (e.key === 'ArrowDown') {
      if (!open) setOpen(true);
      setActive((a) => (a >= last ? 0 : a + 1));
    } else if (e.key === 'ArrowUp') {
      if (!open) setOpen(true);
      setActive((a) => (a <= 0 ? last : a - 1));
    } else if (e.key === 'Enter') {
      if (open && current) choose(current.label);
      else return;
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else {
        setText('');
        onChange('');
      }
    } else return;
    e.preventDefault();
  };
  return (
    <>
      <input
        ref={anchor}
        type="text"
        role="combobox"
        className={cls('input')}
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && current ? optionId(current.i) : undefined}
        aria-required={required || undefined}
        {...naming}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          setOpen(true);
          setActive(-1);
          const exact = options.find((o) => o === next.trim());
          onChange(exact ?? '');
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {open && (
        <Popup style={style}>
          <div role="listbox" id={listId} className={cls('listbox')} {...naming}>
            {filtered.map((o, n) => (
              <div
                key={o.i}
                id={optionId(o.i)}
                role="option"
                aria-selected={o === current}
                className={cls(o === current ? 'option-active' : 'option')}
                onMouseMove={() => setActive(n)}
                onClick={() => choose(o.label)}
              >
                {o.label}
              </div>
            ))}
            {filtered.length === 0 && <div className={cls('popup-note')}>无匹配的服务商</div>}
          </div>
        </Popup>
      )}
    </>
  );
}

type RegionProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  naming: Naming;
  placeholder: string;
  required?: boolean;
  /** Loads a division's children (`86`: provinces). */
  load: (parent: string) => Promise<Division[]>;
};

type Visible = { d: Division; level: number; parent: string | undefined };

/**
 * A combobox whose popup is an APG Tree View: provinces → cities → counties, each level loaded when its parent is
 * expanded. Choosing a county sets `省/市/区` (the names the tree shows) and closes the popup.
 */
export function RegionTree({ id, value, onChange, naming, placeholder, required = false, load }: RegionProps) {
  const [open, setOpen] = useState(false);
  const [children, setChildren] = useState<ReadonlyMap<string, readonly Division[] | 'loading'>>(new Map());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const anchor = useRef<HTMLDivElement>(null);
  const style = usePopupStyle(anchor, open);
  const treeId = uid(`${id}:tree`);
  const itemId = (code: string) => uid(`${id}:item:${code}`);
  const labelId = (code: string) => uid(`${id}:item-label:${code}`);
  useScrollIntoView(open && active ? itemId(active) : undefined);

  const fetchChildren = (parent: string) => {
    setChildren((m) => (m.has(parent) ? m : new Map(m).set(parent, 'loading')));
    load(parent).then((list) => setChildren((m) => new Map(m).set(parent, list)));
  };
  useEffect(() => fetchChildren('86'), []); // eslint-disable-line react-hooks/exhaustive-deps

  const visible: Visible[] = [];
  const walk = (parent: string, level: number) => {
    const list = children.get(parent);
    if (!Array.isArray(list)) return;
    for (const d of list) {
      visible.push({ d, level, parent: parent === '86' ? undefined : parent });
      if (!d.leaf && expanded.has(d.code)) walk(d.code, level + 1);
    }
  };
  walk('86', 1);
  const find = (code: string | undefined) => visible.find((v) => v.d.code === code);

  const expand = (code: string, on: boolean) => {
    setExpanded((s) => {
      const next = new Set(s);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
    if (on && !children.has(code)) fetchChildren(code);
  };
  const nameOf = (code: string, parent: string) => {
    const list = children.get(parent);
    return Array.isArray(list) ? list.find((d) => d.code === code)?.name : undefined;
  };
  const choose = (county: Division) => {
    const province = `${county.code.slice(0, 2)}0000`;
    const city = `${county.code.slice(0, 4)}00`;
    const names = [nameOf(province, '86'), nameOf(city, province), county.name];
    if (names.some((n) => n === undefined)) return;
    setChosen(county.code);
    onChange(names.join('/'));
    setOpen(false);
  };
  const activate = (v: Visible) => {
    setActive(v.d.code);
    if (v.d.leaf) choose(v.d);
    else expand(v.d.code, !expanded.has(v.d.code));
  };
  const show = () => {
    setOpen(true);
    setActive((a) => a ?? chosen ?? (Array.isArray(children.get('86')) ? (children.get('86') as readonly Division[])[0]?.code : undefined));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) {
      if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(e.key)) {
        e.preventDefault();
        show();
      }
      return;
    }
    const at = visible.findIndex((v) => v.d.code === active);
    const here = visible[at];
    if (e.key === 'ArrowDown') setActive(visible[Math.min(visible.length - 1, at + 1)]?.d.code);
    else if (e.key === 'ArrowUp') setActive(visible[Math.max(0, at - 1)]?.d.code);
    else if (e.key === 'Home') setActive(visible[0]?.d.code);
    else if (e.key === 'End') setActive(visible[visible.length - 1]?.d.code);
    else if (e.key === 'ArrowRight') {
      if (here && !here.d.leaf) {
        if (!expanded.has(here.d.code)) expand(here.d.code, true);
        else if (visible[at + 1]?.parent === here.d.code) setActive(visible[at + 1]!.d.code);
      }
    } else if (e.key === 'ArrowLeft') {
      if (here && !here.d.leaf && expanded.has(here.d.code)) expand(here.d.code, false);
      else if (here?.parent) setActive(here.parent);
    } else if (e.key === 'Enter' || e.key === ' ') {
      if (here) activate(here);
    } else if (e.key === 'Escape') setOpen(false);
    else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    e.preventDefault();
  };
  const activeItem = find(active);

  const items = (parent: string, level: number): ReactNode => {
    const list = children.get(parent);
    if (list === 'loading' || list === undefined) return <div className={cls('popup-note')}>加载中…</div>;
    return list.map((d) => {
      const isOpen = !d.leaf && expanded.has(d.code);
      const state = children.get(d.code);
      return (
        <div
          key={d.code}
          id={itemId(d.code)}
          role="treeitem"
          aria-level={level}
          aria-labelledby={labelId(d.code)}
          aria-expanded={d.leaf ? undefined : isOpen}
          aria-selected={d.leaf ? chosen === d.code : undefined}
          aria-busy={isOpen && state === 'loading' ? true : undefined}
          className={cls('treeitem')}
        >
          <div
            className={cls(active === d.code ? 'tree-row-active' : 'tree-row')}
            style={{ paddingLeft: 8 + (level - 1) * 18 }}
            onClick={() => activate({ d, level, parent: parent === '86' ? undefined : parent })}
          >
            <span className={cls('twisty')} aria-hidden="true">
              {d.leaf ? '' : isOpen ? '▾' : '▸'}
            </span>
            <span id={labelId(d.code)}>{d.name}</span>
          </div>
          {isOpen && (
            <div role="group" className={cls('tree-group')}>
              {items(d.code, level + 1)}
            </div>
          )}
        </div>
      );
    });
  };

  return (
    <>
      <div
        ref={anchor}
        role="combobox"
        className={cls('select')}
        tabIndex={0}
        aria-haspopup="tree"
        aria-expanded={open}
        aria-controls={treeId}
        aria-activedescendant={open && activeItem ? itemId(activeItem.d.code) : undefined}
        aria-required={required || undefined}
        {...naming}
        onClick={() => (open ? setOpen(false) : show())}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      >
        <span className={cls(value ? 'select-value' : 'select-placeholder')}>{value || placeholder}</span>
        <span className={cls('select-arrow')} aria-hidden="true">
          ▾
        </span>
      </div>
      {open && (
        <Popup style={style}>
          <div role="tree" id={treeId} className={cls('tree')} {...naming}>
            {items('86', 1)}
          </div>
        </Popup>
      )}
    </>
  );
}

type CheckboxProps = { checked: boolean | 'mixed'; onToggle: () => void; children: ReactNode; disabled?: boolean };

/** APG Checkbox (two-state or mixed): a `div role=checkbox`, toggled by a click or Space. */
export function Checkbox({ checked, onToggle, children, disabled = false }: CheckboxProps) {
  return (
    <div
      role="checkbox"
      aria-checked={checked === 'mixed' ? 'mixed' : checked}
      aria-disabled={disabled || undefined}
      tabIndex={disabled ? -1 : 0}
      className={cls(checked === true ? 'checkbox-on' : checked === 'mixed' ? 'checkbox-mixed' : 'checkbox')}
      onClick={() => !disabled && onToggle()}
      onKeyDown={(e) => {
        if (e.key === ' ' && !disabled) {
          e.preventDefault();
          onToggle();
        }
      }}
    >
      <span className={cls('box')} aria-hidden="true">
        {checked === true ? '✓' : checked === 'mixed' ? '–' : ''}
      </span>
      <span>{children}</span>
    </div>
  );
}

/** A group of two-state checkboxes holding the checked values. */
export function CheckboxGroup({ value, options, onChange, naming }: { value: readonly string[]; options: readonly Option[]; onChange: (value: string[]) => void; naming: Naming }) {
  return (
    <div role="group" className={cls('checkbox-group')} {...naming}>
      {options.map((o) => (
        <Checkbox key={o.value} checked={value.includes(o.value)} onToggle={() => onChange(value.includes(o.value) ? value.filter((v) => v !== o.value) : [...value, o.value])}>
          {o.label}
        </Checkbox>
      ))}
    </div>
  );
}

/** Groups of checkboxes, each led by a mixed checkbox over its members (APG Checkbox, mixed example). */
export function GroupedCheckboxes({ value, groups, onChange, naming }: { value: readonly string[]; groups: readonly { name: string; options: readonly Option[] }[]; onChange: (value: string[]) => void; naming: Naming }) {
  return (
    <div role="group" className={cls('checkbox-groups')} {...naming}>
      {groups.map((g) => {
        const members = g.options.map((o) => o.value);
        const on = members.filter((m) => value.includes(m)).length;
        const state = on === 0 ? false : on === members.length ? true : 'mixed';
        return (
          <div key={g.name} role="group" aria-label={g.name} className={cls('checkbox-subgroup')}>
            <Checkbox checked={state} onToggle={() => onChange(state === true ? value.filter((v) => !members.includes(v)) : [...value, ...members.filter((m) => !value.includes(m))])}>
              {g.name}
            </Checkbox>
            <div className={cls('checkbox-members')}>
              {g.options.map((o) => (
                <Checkbox key={o.value} checked={value.includes(o.value)} onToggle={() => onChange(value.includes(o.value) ? value.filter((v) => v !== o.value) : [...value, o.value])}>
                  {o.label}
                </Checkbox>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** APG Radio Group: `div role=radio` items with a roving tabindex; arrows move and check, Space checks. */
export function RadioGroup({ value, options, onChange, naming, required = false }: { value: string; options: readonly Option[]; onChange: (value: string) => void; naming: Naming; required?: boolean }) {
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  const tabbable = Math.max(0, options.findIndex((o) => o.value === value));
  const move = (from: number, by: number) => {
    const to = (from + by + options.length) % options.length;
    onChange(options[to]!.value);
    refs.current[to]?.focus();
  };
  return (
    <div role="radiogroup" className={cls('radiogroup')} aria-required={required || undefined} {...naming}>
      {options.map((o, i) => (
        <div
          key={o.value}
          ref={(el: HTMLDivElement | null) => {
            refs.current[i] = el;
          }}
          role="radio"
          aria-checked={o.value === value}
          tabIndex={i === tabbable ? 0 : -1}
          className={cls(o.value === value ? 'radio-on' : 'radio')}
          onClick={() => onChange(o.value)}
          onKeyDown={(e) => {
            if (e.key === ' ') onChange(o.value);
            else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') move(i, 1);
            else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') move(i, -1);
            else return;
            e.preventDefault();
          }}
        >
          <span className={cls('dot')} aria-hidden="true" />
          <span>{o.label}</span>
        </div>
      ))}
    </div>
  );
}

type TextInputProps = { value: string; onChange: (value: string) => void; naming: Naming; placeholder?: string; disabled?: boolean; required?: boolean; maxLength?: number; multiline?: boolean };

/** A React-controlled text input (or textarea). */
export function TextInput({ value, onChange, naming, placeholder, disabled = false, required = false, maxLength, multiline = false }: TextInputProps) {
  const common = { className: cls(multiline ? 'textarea' : 'input'), value, placeholder, disabled, maxLength, 'aria-required': required || undefined, ...naming };
  return multiline ? <textarea rows={3} {...common} onChange={(e) => onChange(e.target.value)} /> : <input type="text" autoComplete="off" {...common} onChange={(e) => onChange(e.target.value)} />;
}

/** A tag input: type a value and press Enter to add it as a chip; each chip has a remove button. */
export function TagInput({ id, value, onChange, naming, placeholder, hint, chipsLabel }: { id: string; value: readonly string[]; onChange: (value: string[]) => void; naming: Naming; placeholder: string; hint: string; chipsLabel: string }) {
  const [text, setText] = useState('');
  const hintId = uid(`${id}:hint`);
  return (
    <div className={cls('tags')}>
      {value.length > 0 && (
        <div role="list" aria-label={chipsLabel} className={cls('chips')}>
          {value.map((v) => (
            <div role="listitem" key={v} className={cls('chip')}>
              <span>{v}</span>
              <button type="button" className={cls('chip-remove')} aria-label={`删除 ${v}`} onClick={() => onChange(value.filter((x) => x !== v))}>
                ×
              </button>
            </div>
          ))}
        </div>
      )}
      <input
        type="text"
        autoComplete="off"
        className={cls('input')}
        {...naming}
        aria-describedby={hintId}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          const next = text.trim();
          if (next && !value.includes(next)) onChange([...value, next]);
          setText('');
        }}
      />
      <div id={hintId} className={cls('hint')}>
        {hint}
      </div>
    </div>
  );
}

/** APG Disclosure: a button that shows and hides a region. */
export function Disclosure({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const regionId = uid(`${id}:region`);
  return (
    <div className={cls('disclosure')}>
      <button type="button" className={cls('disclosure-button')} aria-expanded={open} aria-controls={regionId} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {title}
      </button>
      <div id={regionId} className={cls('disclosure-body')} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
