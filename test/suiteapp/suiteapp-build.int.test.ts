import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntryHeaders } from '../../suiteapp/scripts/entry-headers';
import { SYNC_STATE_FIELDS, SYNC_STATE_RECORD } from '../../suiteapp/src/lib/sync-state-record';
import { allElements, childText, parseXml, type XmlElement } from './support/xml-tree';

const root = path.resolve(import.meta.dirname, '../..');
// Its own copy: the shared suiteapp/dist is read by other test files at the same time.
const dist = mkdtempSync(path.join(tmpdir(), 'mlc-suiteapp-dist-'));
const appDir = path.join(dist, 'FileCabinet', 'SuiteApps', 'com.mlconnector.procurify');
const objectsDir = path.join(dist, 'Objects');

function objects(): { file: string; root: XmlElement }[] {
  return readdirSync(objectsDir)
    .filter((file) => file.endsWith('.xml'))
    .map((file) => ({ file, root: parseXml(readFileSync(path.join(objectsDir, file), 'utf8')) }));
}

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'suiteapp:build', '--', '--out', dist], { cwd: root, stdio: 'pipe' });
}, 120_000);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the assembled SuiteApp', () => {
  it('has an entry point for each script, each with its JSDoc header before define()', () => {
    const entries = readdirSync(path.join(appDir, 'entry')).sort();
    expect(entries).toEqual(['mlc_dispatch_mr.js', 'mlc_record_ue.js', 'mlc_resync_cs.js', 'mlc_resync_sl.js']);
    expect(checkEntryHeaders(path.join(appDir, 'entry'))).toEqual([]);
  });

  it('never makes N/types a runtime dependency, and uses no tslib helpers', () => {
    for (const folder of ['entry', 'lib', 'ns']) {
      for (const file of readdirSync(path.join(appDir, folder))) {
        const source = readFileSync(path.join(appDir, folder, file), 'utf8');
        expect(source, file).not.toContain('"N/types"');
        expect(source, file).not.toMatch(/tslib|__importStar|__awaiter/);
        expect(source.match(/\bdefine\(/g) ?? [], file).toHaveLength(1);
      }
    }
  });

  it('has object files that parse, are named after their script id, and carry _mlc_', () => {
    const parsed = objects();
    expect(parsed.length).toBeGreaterThanOrEqual(7);
    for (const { file, root: object } of parsed) {
      expect(`${object.attributes.scriptid}.xml`, file).toBe(file);
      expect(object.attributes.scriptid, file).toContain('_mlc_');
      for (const element of allElements(object).filter((e) => e.attributes.scriptid)) {
        expect(element.attributes.scriptid, `${file} ${element.name}`).toContain('_mlc_');
      }
    }
  });

  it('references only script files that exist in dist, in bracket notation', () => {
    const scripts = objects().filter(({ root: object }) => childText(object, 'scriptfile') !== undefined);
    expect(scripts.map(({ root: object }) => object.name).sort()).toEqual([
      'clientscript',
      'mapreducescript',
      'suitelet',
      'usereventscript',
    ]);
    for (const { file, root: object } of scripts) {
      const reference = childText(object, 'scriptfile')!;
      expect(reference, file).toMatch(/^\[\/SuiteApps\/com\.mlconnector\.procurify\/.+\.js\]$/);
      const filePath = path.join(dist, 'FileCabinet', reference.slice(1, -1));
      expect(existsSync(filePath), `${file} -> ${reference}`).toBe(true);
    }
  });

  it('deploys the user event on vendors, vendor bills, vendor payments, bill credits and purchase orders', () => {
    const userEvent = objects().find(({ file }) => file === 'customscript_mlc_record_ue.xml')!.root;
    const recordTypes = allElements(userEvent)
      .filter((element) => element.name === 'scriptdeployment')
      .map((deployment) => childText(deployment, 'recordtype'));
    expect(recordTypes).toEqual(['VENDOR', 'VENDORBILL', 'VENDORPAYMENT', 'VENDORCREDIT', 'PURCHASEORDER']);
  });

  it('schedules the dispatcher every 15 minutes besides its on-demand deployment', () => {
    const dispatcher = objects().find(({ file }) => file === 'customscript_mlc_dispatch_mr.xml')!.root;
    const deployments = allElements(dispatcher).filter((element) => element.name === 'scriptdeployment');
    expect(deployments.map((deployment) => childText(deployment, 'status'))).toEqual(['NOTSCHEDULED', 'SCHEDULED']);
    expect(allElements(deployments[1]!).find((element) => element.name === 'repeat')?.text).toBe('PT15M');
  });

  it('ships no custom body or entity field: nothing of ours edits a vendor, bill or PO', () => {
    expect(objects().filter(({ file }) => /^cust(body|entity)_/.test(file))).toEqual([]);
  });

  it('declares exactly its two custom record types (their elements are checked in sdf-objects.test.ts)', () => {
    const records = objects().filter(({ root: object }) => object.name === 'customrecordtype');
    expect(records.map(({ file }) => file).sort()).toEqual(['customrecord_mlc_outbox.xml', `${SYNC_STATE_RECORD}.xml`]);
  });

  it('defines the sync-state record with the fields the relay writes, searchable and linked to vendor or transaction', () => {
    const record = objects().find(({ file }) => file === `${SYNC_STATE_RECORD}.xml`)!.root;
    const fields = new Map(
      allElements(record)
        .filter((element) => element.name === 'customrecordcustomfield')
        .map((field) => [field.attributes.scriptid!, field]),
    );
    expect([...fields.keys()].sort()).toEqual(Object.values(SYNC_STATE_FIELDS).sort());
    const type = (id: string) => childText(fields.get(id)!, 'fieldtype');
    const F = SYNC_STATE_FIELDS;
    for (const id of [F.recordType, F.recordId, F.status, F.procurifyId, F.syncedAt, F.message])
      expect(type(id), id).toBe('TEXT');
    expect(type(F.detail)).toBe('TEXTAREA');
    // -30 Transaction, -3 Vendor; SET_NULL so a synced bill or vendor can still be deleted.
    for (const [id, target] of [
      [F.transaction, '-30'],
      [F.vendor, '-3'],
    ] as const) {
      const select = fields.get(id)!;
      expect([type(id), childText(select, 'selectrecordtype'), childText(select, 'onparentdelete')]).toEqual([
        'SELECT',
        target,
        'SET_NULL',
      ]);
      expect(childText(select, 'isparent'), `${id} shows the state as a sublist of its record`).toBe('T');
    }
    for (const field of fields.values()) expect(childText(field, 'searchlevel'), field.attributes.scriptid).toBe('2');
    expect(childText(fields.get(F.status)!, 'showinlist')).toBe('T');
  });
});
