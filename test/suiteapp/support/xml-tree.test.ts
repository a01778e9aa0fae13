import { describe, expect, it } from 'vitest';
import { childText, parseXml } from './xml-tree';

describe('the XML reader used to check SDF objects', () => {
  it('reads elements, attributes, self-closing tags and text', () => {
    const root = parseXml('<secret scriptid="custsecret_x"><a>1 &amp; 2</a><b/></secret>');
    expect(root.attributes).toEqual({ scriptid: 'custsecret_x' });
    expect(childText(root, 'a')).toBe('1 & 2');
    expect(root.children.map((child) => child.name)).toEqual(['a', 'b']);
  });

  it.each([
    ['<a><b></a></b>', '</a> closes <b>'],
    ['<a>', '<a> is never closed'],
    ['<a>x & y</a>', 'Unescaped &'],
    ['<a></a><b></b>', 'More than one root element'],
    ['<a x=1></a>', 'Malformed tag'],
  ])('rejects %s', (source, message) => {
    expect(() => parseXml(source)).toThrow(message);
  });
});
