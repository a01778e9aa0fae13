import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID, SCRIPTS } from '../../suiteapp/src/lib/ids';
import { SYNC_STATE_RECORD } from '../../suiteapp/src/lib/sync-state-record';
import { validateSdfProject, type SdfDefinitions, type SdfProject } from './support/sdf-validator';
import { allElements, childText, parseXml, type XmlElement } from './support/xml-tree';

// Every object in suiteapp/Objects against the SDF definitions copied into suiteapp/sdf-definitions
// (salto's generated SDF types and Oracle's SDF XML reference; sources in its README).

const root = path.resolve(import.meta.dirname, '../..');
const definitions = JSON.parse(
  readFileSync(path.join(root, 'suiteapp/sdf-definitions/sdf-object-types.json'), 'utf8'),
) as SdfDefinitions;
const objectsDir = path.join(root, 'suiteapp/Objects');
const appPrefix = `/SuiteApps/${APP_ID}/`;

/** A FileCabinet path of the compiled SuiteApp exists when its TypeScript source does. */
function sourceExists(fileCabinetPath: string): boolean {
  if (!fileCabinetPath.startsWith(appPrefix)) return false;
  return existsSync(path.join(root, 'suiteapp/src', fileCabinetPath.slice(appPrefix.length).replace(/\.js$/, '.ts')));
}

function project(edit?: { file: string; change: (source: string) => string }): SdfProject {
  const objects = readdirSync(objectsDir)
    .filter((file) => file.endsWith('.xml'))
    .map((file) => {
      const source = readFileSync(path.join(objectsDir, file), 'utf8');
      return { file, root: parseXml(edit?.file === file ? edit.change(source) : source) };
    });
  const manifestSource = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  const manifest = parseXml(edit?.file === 'manifest.xml' ? edit.change(manifestSource) : manifestSource);
  return { manifest, objects, fileExists: sourceExists };
}

const object = (file: string) => project().objects.find((candidate) => candidate.file === file)!.root;

describe('the SDF objects', () => {
  it('use only elements, values and features SDF accepts, with every required element', () => {
    expect(validateSdfProject(definitions, project())).toEqual([]);
  });

  // The checks must catch what `suitecloud project:validate` refuses, or they prove nothing.
  it.each([
    {
      what: 'a display type SDF does not have (inline text is LOCKED)',
      file: 'customrecord_mlc_outbox.xml',
      change: (xml: string) => xml.replace('<displaytype>NORMAL</displaytype>', '<displaytype>INLINE</displaytype>'),
      problem: /custrecord_mlc_ob_event_id> <displaytype>: INLINE is not one of HIDDEN, LOCKED, NORMAL/,
    },
    {
      what: 'a title on a user event deployment',
      file: 'customscript_mlc_record_ue.xml',
      change: (xml: string) =>
        xml.replace('<recordtype>VENDOR</recordtype>', '<title>x</title><recordtype>VENDOR</recordtype>'),
      problem: /customdeploy_mlc_record_ue_vendor> <title> is not an element SDF knows here/,
    },
    {
      what: 'a partner audience without the CRM feature in the manifest',
      file: 'customscript_mlc_resync_sl.xml',
      change: (xml: string) => xml.replace('<allroles>', '<allpartners>F</allpartners><allroles>'),
      problem: /<allpartners> needs the CRM feature, which the manifest does not declare/,
    },
    {
      what: 'mail merge without the MAILMERGE feature in the manifest',
      file: 'customrecord_mlc_outbox.xml',
      change: (xml: string) => xml.replace('<includename>', '<enablemailmerge>F</enablemailmerge><includename>'),
      problem: /<enablemailmerge> needs the MAILMERGE feature/,
    },
    {
      what: 'a script file given by a relative path',
      file: 'customscript_mlc_resync_cs.xml',
      change: (xml: string) => xml.replace(/\[\/SuiteApps\/[^\]]+\]/, './mlc_resync_cs.js'),
      problem: /<scriptfile>: \.\/mlc_resync_cs\.js is not a \[\/FileCabinet path\] reference/,
    },
    {
      what: 'a script parameter preference SDF does not have',
      file: 'customscript_mlc_resync_sl.xml',
      change: (xml: string) => xml.replace('<setting>COMPANY</setting>', '<setting>ACCOUNT</setting>'),
      problem: /custscript_mlc_sl_relay_url> <setting>: ACCOUNT is not one of COMPANY, PORTLET, USER/,
    },
    {
      what: 'a deployment without its required status',
      file: 'customscript_mlc_dispatch_mr.xml',
      change: (xml: string) => xml.replace('<status>NOTSCHEDULED</status>', ''),
      problem: /customdeploy_mlc_dispatch_mr>: <status> is required/,
    },
    {
      what: 'a role permission that exists only with an optional feature',
      file: 'customrole_mlc_relay.xml',
      change: (xml: string) =>
        xml.replace(
          '<permissions>',
          '<permissions><permission><permkey>LIST_DEPARTMENT</permkey><permlevel>VIEW</permlevel></permission>',
        ),
      problem: /LIST_DEPARTMENT exists only with DEPARTMENTS, which the manifest does not require/,
    },
    {
      what: 'a reference to an object the project does not have',
      file: 'customrole_mlc_relay.xml',
      change: (xml: string) => xml.replace(`[scriptid=${SYNC_STATE_RECORD}]`, '[scriptid=customrecord_mlc_gone]'),
      problem: /\[scriptid=customrecord_mlc_gone\] names no object of the project/,
    },
  ])('would catch $what', ({ file, change, problem }) => {
    const problems = validateSdfProject(definitions, project({ file, change }));
    expect(problems.join('\n')).toMatch(problem);
  });

  // Company preferences are entered once, at Setup > Company > General Preferences > Custom
  // Preferences, instead of on each of the six deployments (Oracle: "Setting Script Parameter
  // Preferences", ns-online-help/chapter_N2999849.html).
  it('keep each script’s relay URL and API secret id as company preferences, and the delivery mode per deployment', () => {
    const preferences = project().objects.flatMap(({ root: script }) =>
      allElements(script)
        .filter((element) => element.name === 'scriptcustomfield')
        .map((parameter) => [parameter.attributes.scriptid, childText(parameter, 'setting') ?? 'deployment']),
    );
    expect(Object.fromEntries(preferences)).toEqual({
      custscript_mlc_mr_relay_url: 'COMPANY',
      custscript_mlc_mr_secret_id: 'COMPANY',
      custscript_mlc_ue_relay_url: 'COMPANY',
      custscript_mlc_ue_secret_id: 'COMPANY',
      custscript_mlc_ue_mode: 'deployment',
      custscript_mlc_sl_relay_url: 'COMPANY',
      custscript_mlc_sl_secret_id: 'COMPANY',
    });
  });

  it('point the record capture script at the client script by its absolute FileCabinet path', () => {
    const clientScript = childText(object('customscript_mlc_resync_cs.xml'), 'scriptfile');
    expect(clientScript).toBe(`[${SCRIPTS.resyncClient.modulePath}]`);
  });
});

describe('the relay role (customrole_mlc_relay)', () => {
  const permissions = (role: XmlElement) =>
    Object.fromEntries(
      role.children
        .find((child) => child.name === 'permissions')!
        .children.map((permission) => [childText(permission, 'permkey'), childText(permission, 'permlevel')]),
    );

  it('reads vendors, bills, POs, vendor payments, bill credits and reference data, and writes only the sync-state record', () => {
    expect(permissions(object('customrole_mlc_relay.xml'))).toEqual({
      ADMI_LOGIN_OAUTH2: 'FULL',
      ADMI_RESTWEBSERVICES: 'FULL',
      REPO_ANALYTICS: 'EDIT',
      LIST_FIND: 'VIEW',
      ADMI_DELETEDRECORD: 'FULL',
      LIST_VENDOR: 'VIEW',
      TRAN_VENDBILL: 'VIEW',
      TRAN_PURCHORD: 'VIEW',
      TRAN_VENDPYMT: 'VIEW',
      TRAN_VENDCRED: 'VIEW',
      LIST_ACCOUNT: 'VIEW',
      LIST_ITEM: 'VIEW',
      ADMI_ACCOUNTINGLIST: 'VIEW',
      [`[scriptid=${SYNC_STATE_RECORD}]`]: 'FULL',
    });
  });
});
