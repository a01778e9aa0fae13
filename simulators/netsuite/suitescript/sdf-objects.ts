// Reads the SDF Objects/*.xml the SuiteApp ships: script records with their parameters and
// deployments, and custom record types with their fields (selects with `selectrecordtype` and
// `onparentdelete`, as in Oracle's customrecordcustomfield reference). The XML is SDF's simple element form,
// so a small tag reader is enough; anything unexpected fails with the file named.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ScriptType =
  'usereventscript' | 'suitelet' | 'mapreducescript' | 'clientscript' | 'scheduledscript' | 'restlet';
const SCRIPT_TYPES: readonly string[] = [
  'usereventscript',
  'suitelet',
  'mapreducescript',
  'clientscript',
  'scheduledscript',
  'restlet',
];

export interface DeploymentDefinition {
  scriptId: string;
  deploymentId: string;
  /** Lower case (`vendorbill`) for user events and client scripts; null otherwise. */
  recordType: string | null;
  status: string;
  isDeployed: boolean;
  /** Contexts the deployment runs in; null means all. */
  executionContexts: string[] | null;
  /** A user event type filter (`create`, `edit`…); null means all. */
  eventType: string | null;
  parameters: Record<string, string>;
}

export interface ScriptDefinition {
  scriptId: string;
  type: ScriptType;
  /** File Cabinet path, e.g. /SuiteApps/com.x/entry/a.js */
  scriptFile: string;
  /** Parameter id → default value (null when none). */
  parameterDefaults: Record<string, string | null>;
  deployments: DeploymentDefinition[];
}

export interface CustomRecordFieldDefinition {
  /** SDF field type: TEXT, TEXTAREA, CLOBTEXT, SELECT, CHECKBOX… */
  type: string;
  /** SELECT/MULTISELECT: the record type selected, e.g. `-30` (transaction), `-3` (vendor), `[scriptid=customrecord_x]`. */
  selectRecordType: string | null;
  /** `SET_NULL` or `NO_ACTION`; null when the XML leaves it empty. */
  onParentDelete: string | null;
}

export interface CustomRecordTypeDefinition {
  scriptId: string;
  /** Field id → SDF field type (TEXT, INTEGER, CLOBTEXT…). */
  fields: Record<string, string>;
  /** Field id → the whole field definition (selects carry their target and delete rule). */
  fieldDefinitions: Record<string, CustomRecordFieldDefinition>;
}

export interface SdfObjects {
  scripts: Map<string, ScriptDefinition>;
  customRecordTypes: Map<string, CustomRecordTypeDefinition>;
}

function elements(xml: string, tag: string): { attributes: string; body: string }[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g');
  return [...xml.matchAll(pattern)].map((match) => ({ attributes: match[1] ?? '', body: match[2] ?? '' }));
}

function scriptIdOf(attributes: string, file: string): string {
  const id = /scriptid="([^"]+)"/.exec(attributes)?.[1];
  if (!id) throw new Error(`${file}: element without scriptid`);
  return id;
}

function childText(body: string, tag: string): string | null {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(body);
  return match ? (match[1] ?? '').trim() : null;
}

function readDeployment(scriptId: string, body: string, attributes: string, file: string): DeploymentDefinition {
  const parameters: Record<string, string> = {};
  for (const match of body.matchAll(/<(custscript[a-z0-9_]*)>([\s\S]*?)<\/\1>/g)) {
    parameters[match[1] as string] = (match[2] ?? '').trim();
  }
  const contexts = childText(body, 'executioncontext');
  const eventType = childText(body, 'eventtype');
  return {
    scriptId,
    deploymentId: scriptIdOf(attributes, file),
    recordType: childText(body, 'recordtype')?.toLowerCase() ?? null,
    status: childText(body, 'status') ?? 'RELEASED',
    isDeployed: (childText(body, 'isdeployed') ?? 'T') === 'T',
    executionContexts: contexts ? contexts.split('|').map((context) => context.trim().toUpperCase()) : null,
    eventType: eventType ? eventType.toLowerCase() : null,
    parameters,
  };
}

function readCustomRecordType(attributes: string, xml: string, file: string): CustomRecordTypeDefinition {
  const fields: Record<string, string> = {};
  const fieldDefinitions: Record<string, CustomRecordFieldDefinition> = {};
  for (const field of elements(xml, 'customrecordcustomfield')) {
    const id = scriptIdOf(field.attributes, file);
    const type = childText(field.body, 'fieldtype') ?? 'TEXT';
    fields[id] = type;
    fieldDefinitions[id] = {
      type,
      selectRecordType: childText(field.body, 'selectrecordtype') || null,
      onParentDelete: childText(field.body, 'onparentdelete')?.toUpperCase() || null,
    };
  }
  return { scriptId: scriptIdOf(attributes, file), fields, fieldDefinitions };
}

function readScript(type: ScriptType, attributes: string, body: string, file: string): ScriptDefinition {
  const scriptId = scriptIdOf(attributes, file);
  const scriptFile = /^\[(.+)\]$/.exec(childText(body, 'scriptfile') ?? '')?.[1];
  if (!scriptFile) throw new Error(`${file}: ${scriptId} has no [scriptfile]`);
  const parameterDefaults: Record<string, string | null> = {};
  for (const field of elements(body, 'scriptcustomfield')) {
    parameterDefaults[scriptIdOf(field.attributes, file)] = childText(field.body, 'defaultvalue');
  }
  const deployments = elements(body, 'scriptdeployment').map((deployment) =>
    readDeployment(scriptId, deployment.body, deployment.attributes, file),
  );
  return { scriptId, type, scriptFile, parameterDefaults, deployments };
}

export function readSdfObjects(objectsDir: string): SdfObjects {
  const result: SdfObjects = { scripts: new Map(), customRecordTypes: new Map() };
  for (const name of readdirSync(objectsDir)
    .filter((file) => file.endsWith('.xml'))
    .sort()) {
    const file = path.join(objectsDir, name);
    const xml = readFileSync(file, 'utf8');
    const root = /^\s*(?:<\?xml[^>]*>\s*)?<([a-z]+)\b([^>]*)>/.exec(xml);
    if (!root) continue;
    const [, tag, attributes] = root as unknown as [string, string, string];
    if (SCRIPT_TYPES.includes(tag)) {
      const script = readScript(tag as ScriptType, attributes, xml, file);
      result.scripts.set(script.scriptId, script);
    } else if (tag === 'customrecordtype') {
      const definition = readCustomRecordType(attributes, xml, file);
      result.customRecordTypes.set(definition.scriptId, definition);
    }
  }
  return result;
}
