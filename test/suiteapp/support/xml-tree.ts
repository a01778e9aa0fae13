// A strict little XML reader for the SDF object files: elements, attributes and text only
// (no DTDs, no CDATA; SDF objects use neither). It throws on anything not well-formed.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const TOKEN =
  /<\?[^>]*\?>|<!--[\s\S]*?-->|<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*"([^"<]*)"/g;

function decode(text: string): string {
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`Unescaped & in "${text.trim()}"`);
  return text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '',
  );
}

export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  for (const match of source.matchAll(TOKEN)) {
    const [token, closing, opening, attributeText, selfClosing, text, stray] = match;
    if (stray) throw new Error(`Malformed tag near offset ${match.index}`);
    if (text !== undefined) {
      if (stack.length === 0) {
        if (text.trim() !== '') throw new Error(`Text outside the root element: "${text.trim()}"`);
      } else stack[stack.length - 1]!.text += decode(text);
    } else if (closing) {
      const open = stack.pop();
      if (open?.name !== closing) throw new Error(`</${closing}> closes <${open?.name ?? 'nothing'}>`);
    } else if (opening) {
      if (root !== null && stack.length === 0) throw new Error('More than one root element');
      const attributes: Record<string, string> = {};
      for (const [, key, value] of (attributeText ?? '').matchAll(ATTRIBUTE)) attributes[key!] = decode(value!);
      const element: XmlElement = { name: opening, attributes, children: [], text: '' };
      if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
      else root = element;
      if (!selfClosing) stack.push(element);
    } else if (!token.startsWith('<?') && !token.startsWith('<!--')) {
      throw new Error(`Unexpected token ${token}`);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (root === null) throw new Error('No root element');
  return root;
}

/** Every element below `element` (depth first), itself included. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}

export function childText(element: XmlElement, name: string): string | undefined {
  return element.children.find((child) => child.name === name)?.text.trim();
}
