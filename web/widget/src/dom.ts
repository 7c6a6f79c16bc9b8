type Attrs = Record<string, string | boolean | ((event: Event) => void) | undefined>;
type Child = Node | string | null | undefined | false;

/**
 * Makes an element. Strings become text nodes (never HTML), so anything a visitor or agent wrote
 * can be passed in as it is.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, value);
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string') {
      const text = document.createTextNode('');
      text.textContent = child;
      el.appendChild(text);
    } else el.appendChild(child);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
