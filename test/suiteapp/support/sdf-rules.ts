// The element names and values SDF accepts in a customrecordtype and its customrecordcustomfield
// elements, as Oracle's SDF XML reference lists them (customrecordtype: SDFxml_372451363.html,
// customrecordcustomfield: SDFxml_2670115109.html, field types: SDFxml_2791641793.html, select
// record types: SDFxml_654195790.html, under docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/).
// checkCustomRecordType returns one problem per element or value SDF would refuse.
import { childText, type XmlElement } from './xml-tree';

type Rule = 'boolean' | 'text' | readonly string[];

const words = (text: string) => text.trim().split(/\s+/);

const LEVELS = ['0', '1', '2'] as const;

const RECORD_RULES: Record<string, Rule> = {
  recordname: 'text',
  description: 'text',
  accesstype: ['CUSTRECORDENTRYPERM', 'NONENEEDED', 'USEPERMISSIONLIST'],
  numberingprefix: 'text',
  numberingsuffix: 'text',
  numberingmindigits: 'text',
  numberinginit: 'text',
  customrecordcustomfields: 'text',
  ...Object.fromEntries(
    words(`
      allowattachments allowinlineediting allowinlinedeleting allowinlinedetaching allowmobileaccess
      allownumberingoverride allowquickadd allowquicksearch allowuiaccess enabledle enablekeywords
      enablemailmerge enablenametranslation enablenumbering enableoptimisticlocking enablesystemnotes
      hierarchical iconbuiltin includeinsearchmenu includename isinactive isordered showcreationdate
      showcreationdateonlist showid showlastmodified showlastmodifiedonlist shownotes showowner
      showownerallowchange showowneronlist
    `).map((name) => [name, 'boolean' as const]),
  ),
};

const FIELD_TYPES = words(`
  CHECKBOX CLOBTEXT CURRENCY DATE DATETIMETZ DOCUMENT EMAIL FLOAT HELP IMAGE INLINEHTML INTEGER
  MULTISELECT PASSWORD PERCENT PHONE RICHTEXT SELECT TEXT TEXTAREA TIMEOFDAY URL
`);

const FIELD_RULES: Record<string, Rule> = {
  fieldtype: FIELD_TYPES,
  label: 'text',
  description: 'text',
  help: 'text',
  defaultvalue: 'text',
  selectrecordtype: 'text',
  displaytype: ['HIDDEN', 'LOCKED', 'NORMAL', 'SHOWASLIST', 'STATICTEXT'],
  accesslevel: LEVELS,
  searchlevel: LEVELS,
  onparentdelete: ['NO_ACTION', 'SET_NULL'],
  maxlength: 'text',
  ...Object.fromEntries(
    words(`
      applyformatting defaultchecked storevalue checkspelling encryptatrest globalsearch isformula
      ismandatory showinlist isparent allowquickadd rolerestrict
    `).map((name) => [name, 'boolean' as const]),
  ),
};

function checkChildren(element: XmlElement, rules: Record<string, Rule>, where: string): string[] {
  return element.children.flatMap((child) => {
    const rule = rules[child.name];
    const value = child.text.trim();
    if (rule === undefined) return [`${where}: <${child.name}> is not an element SDF knows here`];
    if (rule === 'boolean' && value !== 'T' && value !== 'F') return [`${where}: <${child.name}> must be T or F`];
    if (Array.isArray(rule) && !rule.includes(value))
      return [`${where}: <${child.name}> ${value} is not one of ${rule.join(', ')}`];
    return [];
  });
}

function checkField(field: XmlElement, where: string): string[] {
  const problems = checkChildren(field, FIELD_RULES, where);
  const type = childText(field, 'fieldtype');
  const target = childText(field, 'selectrecordtype');
  if (!childText(field, 'label')) problems.push(`${where}: <label> is required`);
  if (type === undefined) problems.push(`${where}: <fieldtype> is required`);
  if (
    (type === 'SELECT' || type === 'MULTISELECT') &&
    !/^(-\d+|\[scriptid=customrecord[a-z0-9_]+\])$/.test(target ?? '')
  ) {
    problems.push(`${where}: a select needs <selectrecordtype> (a negative record type id or [scriptid=…])`);
  }
  if ((field.attributes.scriptid ?? '').length > 40) problems.push(`${where}: script id longer than 40 characters`);
  return problems;
}

export function checkCustomRecordType(record: XmlElement): string[] {
  const where = record.attributes.scriptid ?? '(no scriptid)';
  const problems = checkChildren(record, RECORD_RULES, where);
  if ((childText(record, 'recordname') ?? '').length > 40) problems.push(`${where}: <recordname> over 40 characters`);
  const fields = record.children.find((child) => child.name === 'customrecordcustomfields')?.children ?? [];
  for (const field of fields) {
    if (field.name !== 'customrecordcustomfield')
      problems.push(`${where}: <${field.name}> in customrecordcustomfields`);
    else problems.push(...checkField(field, `${where}.${field.attributes.scriptid ?? '?'}`));
  }
  return problems;
}
