import { describe, expect, it } from 'vitest';
import { checkCustomRecordType } from './sdf-rules';
import { parseXml } from './xml-tree';

function record(fields: string, extra = ''): string {
  return (
    `<customrecordtype scriptid="customrecord_mlc_x"><recordname>X</recordname>${extra}` +
    `<customrecordcustomfields>${fields}</customrecordcustomfields></customrecordtype>`
  );
}

describe('the custom record type check', () => {
  it('accepts a record with a text field and a select that names its record type', () => {
    const xml = record(
      '<customrecordcustomfield scriptid="custrecord_mlc_a"><fieldtype>TEXT</fieldtype><label>A</label></customrecordcustomfield>' +
        '<customrecordcustomfield scriptid="custrecord_mlc_b"><fieldtype>SELECT</fieldtype><label>B</label>' +
        '<selectrecordtype>-30</selectrecordtype><onparentdelete>SET_NULL</onparentdelete><isparent>T</isparent>' +
        '</customrecordcustomfield>',
      '<accesstype>CUSTRECORDENTRYPERM</accesstype><showid>T</showid>',
    );
    expect(checkCustomRecordType(parseXml(xml))).toEqual([]);
  });

  it('names each element or value SDF would refuse', () => {
    const xml = record(
      '<customrecordcustomfield scriptid="custrecord_mlc_a"><fieldtype>LONGTEXT</fieldtype><label>A</label>' +
        '<displaytype>INLINE</displaytype></customrecordcustomfield>' +
        '<customrecordcustomfield scriptid="custrecord_mlc_b"><fieldtype>SELECT</fieldtype><label>B</label>' +
        '<onparentdelete>CASCADE</onparentdelete></customrecordcustomfield>',
      '<showid>yes</showid><parentrecord>x</parentrecord>',
    );
    expect(checkCustomRecordType(parseXml(xml))).toEqual([
      'customrecord_mlc_x: <showid> must be T or F',
      'customrecord_mlc_x: <parentrecord> is not an element SDF knows here',
      expect.stringContaining('customrecord_mlc_x.custrecord_mlc_a: <fieldtype> LONGTEXT is not one of'),
      expect.stringContaining('customrecord_mlc_x.custrecord_mlc_a: <displaytype> INLINE is not one of'),
      'customrecord_mlc_x.custrecord_mlc_b: <onparentdelete> CASCADE is not one of NO_ACTION, SET_NULL',
      'customrecord_mlc_x.custrecord_mlc_b: a select needs <selectrecordtype> (a negative record type id or [scriptid=…])',
    ]);
  });
});
