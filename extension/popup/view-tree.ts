/**
 * A rendered view as plain data, and back: the popup keeps its last view this way so that the
 * next opening can show it before any of its code has loaded (last-view.ts). Elements are
 * rebuilt with createElement, setAttribute and text nodes: nothing is ever parsed as HTML, so
 * what comes back from storage cannot become a script, whatever the titles in it say.
 */

/** A text node, or `[tag, attributes, ...children]`. */
export type ViewNode = string | [string, Record<string, string>, ...ViewNode[]];

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The children of `parent`, comments and empty text dropped, and every element that starts
 * more than `below` pixels down the page: what is out of sight costs the next opening time to
 * rebuild and nothing to leave out, since the live view replaces it a moment later.
 */
export function viewTreeOf(parent: Element, below = Number.POSITIVE_INFINITY): ViewNode[] {
  const nodes: ViewNode[] = [];
  for (const child of parent.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      if (child.nodeValue) nodes.push(child.nodeValue);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      if (element.getBoundingClientRect().top + window.scrollY > below) continue;
      const attributes: Record<string, string> = {};
      for (const { name, value } of element.attributes) attributes[name] = value;
      nodes.push([element.localName, attributes, ...viewTreeOf(element, below)]);
    }
  }
  return nodes;
}

// Only markup the popup renders comes back: nothing that loads or runs code (a script element
// made by createElement runs when it is inserted), no inline event handlers (the extension's
// content security policy would refuse them anyway) and no addresses that run code.
const UNSAFE_TAGS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'link', 'meta', 'style', 'foreignobject']);
const unsafeAttribute = (name: string, value: string) => /^on/i.test(name) || (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*(javascript|data):/i.test(value));

/** Appends the elements `nodes` describe to `parent`; throws on anything that is not a view tree. */
export function buildView(nodes: readonly ViewNode[], parent: Element): void {
  const svg = parent.namespaceURI === SVG;
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.append(node);
      continue;
    }
    if (!Array.isArray(node) || typeof node[0] !== 'string' || typeof node[1] !== 'object' || node[1] === null) throw new TypeError('not a view tree');
    const [tag, attributes, ...children] = node;
    if (UNSAFE_TAGS.has(tag.toLowerCase())) throw new TypeError(`a view tree holds no <${tag}>`);
    const element = svg || tag === 'svg' ? document.createElementNS(SVG, tag) : document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (!unsafeAttribute(name, String(value))) element.setAttribute(name, String(value));
    }
    buildView(children, element);
    parent.append(element);
  }
}
