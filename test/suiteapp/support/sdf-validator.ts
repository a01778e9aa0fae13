// An offline check of an SDF project's object XML against suiteapp/sdf-definitions/sdf-object-types.json
// (what the README there says it is): elements each type knows, required elements, enumeration values,
// booleans, numbers, dates, file and [scriptid=…] references, script ids, and the features an object or
// element needs in the manifest. validateSdfProject returns one line per problem; [] means none found.
import { childText, type XmlElement } from './xml-tree';

interface AttributeSpec {
  required?: boolean;
  maxLength?: number;
  regex?: string;
  prefix?: string;
  globalId?: boolean;
}

interface FieldSpec {
  type: string;
  required?: boolean;
  enum?: string;
  enums?: string[];
  refTypes?: string[];
  maxLength?: number;
  min?: number;
  max?: number;
  format?: 'date' | 'time';
  requiredWhen?: { field: string; in?: string[]; notIn?: string[]; empty?: boolean };
  valuePattern?: string;
  ext?: string[];
  feature?: string;
  item?: string;
  of?: string;
}

interface TypeSpec {
  root?: boolean;
  features?: string[];
  scriptParams?: boolean;
  attributes?: Record<string, AttributeSpec>;
  fields: Record<string, FieldSpec>;
}

export interface SdfDefinitions {
  types: Record<string, TypeSpec>;
  enums: Record<string, string[]>;
  permissionKeys: Record<string, { name: string; feature: string | null; levels: string[] }>;
}

export interface SdfProject {
  manifest: XmlElement;
  objects: { file: string; root: XmlElement }[];
  /** Whether `[/path]` exists in the project's FileCabinet. */
  fileExists: (fileCabinetPath: string) => boolean;
}

interface Context {
  definitions: SdfDefinitions;
  /** Feature id → required ("true") or optional ("false"), as the manifest declares it. */
  features: Map<string, string>;
  scriptIds: Set<string>;
  fileExists: (fileCabinetPath: string) => boolean;
  /** Ids of the root object's script parameters, allowed as elements of its deployments. */
  scriptParams: Set<string>;
  problems: string[];
}

const REFERENCE = /^\[scriptid=([a-z0-9_.]+)\]$/;

function manifestFeatures(manifest: XmlElement): Map<string, string> {
  const features = manifest.children.find((child) => child.name === 'dependencies')?.children ?? [];
  const list = features.find((child) => child.name === 'features')?.children ?? [];
  return new Map(list.map((feature) => [feature.text.trim(), feature.attributes.required ?? 'true']));
}

function checkFeature(feature: string, where: string, context: Context): void {
  if (!context.features.has(feature))
    context.problems.push(`${where} needs the ${feature} feature, which the manifest does not declare`);
}

function checkAttributes(element: XmlElement, spec: TypeSpec, where: string, context: Context): void {
  for (const name of Object.keys(element.attributes)) {
    if (!spec.attributes?.[name]) context.problems.push(`${where}: attribute ${name} is not one SDF knows here`);
  }
  for (const [name, rule] of Object.entries(spec.attributes ?? {})) {
    const value = element.attributes[name];
    if (value === undefined) {
      if (rule.required) context.problems.push(`${where}: attribute ${name} is required`);
      continue;
    }
    if (rule.maxLength !== undefined && value.length > rule.maxLength)
      context.problems.push(`${where}: ${name} is longer than ${rule.maxLength} characters`);
    if (rule.regex !== undefined && !new RegExp(`${rule.regex}$`).test(value))
      context.problems.push(`${where}: ${name} ${value} does not match ${rule.regex}`);
    if (rule.prefix !== undefined && !value.startsWith(rule.prefix))
      context.problems.push(`${where}: ${name} ${value} does not start with ${rule.prefix}`);
  }
}

function enumValues(field: FieldSpec, context: Context): string[] | null {
  const names = field.enum !== undefined ? [field.enum] : (field.enums ?? []);
  const known = names.map((name) => context.definitions.enums[name]).filter((values) => values !== undefined);
  return known.length === 0 ? null : known.flat();
}

function checkSelect(value: string, field: FieldSpec, where: string, context: Context): void {
  const reference = REFERENCE.exec(value);
  if (reference) {
    if (!field.refTypes?.length) context.problems.push(`${where}: ${value} is a reference, which this element refuses`);
    else if (!context.scriptIds.has(reference[1]!.split('.')[0]!))
      context.problems.push(`${where}: ${value} names no object of the project`);
    return;
  }
  if (field.valuePattern !== undefined && new RegExp(field.valuePattern).test(value)) return;
  const values = enumValues(field, context);
  if (values === null) {
    if (field.valuePattern !== undefined)
      context.problems.push(`${where}: ${value} does not match ${field.valuePattern}`);
  } else if (!values.includes(value)) context.problems.push(`${where}: ${value} is not a value SDF accepts here`);
}

function checkValue(value: string, field: FieldSpec, where: string, context: Context): void {
  switch (field.type) {
    case 'boolean':
      if (value !== 'T' && value !== 'F') context.problems.push(`${where}: must be T or F, not ${value}`);
      return;
    case 'number': {
      const number = Number(value);
      if (!/^-?\d+$/.test(value)) context.problems.push(`${where}: ${value} is not a whole number`);
      else if ((field.min !== undefined && number < field.min) || (field.max !== undefined && number > field.max))
        context.problems.push(`${where}: ${value} is out of range`);
      return;
    }
    case 'enum':
    case 'multienum': {
      const values = enumValues(field, context);
      const parts = field.type === 'multienum' ? value.split('|') : [value];
      for (const part of parts) {
        if (values !== null && !values.includes(part))
          context.problems.push(`${where}: ${part} is not one of ${values.slice(0, 12).join(', ')}`);
      }
      return;
    }
    case 'select':
    case 'multiselect':
      for (const part of field.type === 'multiselect' ? value.split('|') : [value])
        checkSelect(part, field, where, context);
      return;
    case 'filereference': {
      const match = /^\[(\/[^\]]+)\]$/.exec(value);
      if (!match) context.problems.push(`${where}: ${value} is not a [/FileCabinet path] reference`);
      else if (field.ext && !field.ext.some((ext) => match[1]!.endsWith(ext)))
        context.problems.push(`${where}: ${value} does not end with ${field.ext.join(' or ')}`);
      else if (!context.fileExists(match[1]!)) context.problems.push(`${where}: ${value} is not in the FileCabinet`);
      return;
    }
    default:
      if (field.maxLength !== undefined && value.length > field.maxLength)
        context.problems.push(`${where}: longer than ${field.maxLength} characters`);
      if (field.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value))
        context.problems.push(`${where}: ${value} is not yyyy-MM-dd`);
      if (field.format === 'time' && !/^\d{2}:\d{2}(:00)?Z?$/.test(value))
        context.problems.push(`${where}: ${value} is not HH:mm:00Z`);
  }
}

function isRequired(field: FieldSpec, element: XmlElement): boolean {
  if (field.required) return true;
  const when = field.requiredWhen;
  if (!when) return false;
  const other = childText(element, when.field) ?? '';
  if (when.empty) return other === '';
  if (when.in) return when.in.includes(other);
  if (when.notIn) return !when.notIn.includes(other);
  return false;
}

function checkElement(element: XmlElement, typeName: string, where: string, context: Context): void {
  const spec = context.definitions.types[typeName];
  if (!spec) {
    context.problems.push(`${where}: type ${typeName} is not in the SDF definitions`);
    return;
  }
  checkAttributes(element, spec, where, context);
  for (const [name, field] of Object.entries(spec.fields)) {
    const present = element.children.find((child) => child.name === name);
    const empty = present === undefined || (present.children.length === 0 && present.text.trim() === '');
    if (empty && isRequired(field, element)) context.problems.push(`${where}: <${name}> is required`);
  }
  for (const child of element.children) {
    const at = `${where} <${child.name}>`;
    const field = spec.fields[child.name];
    if (!field) {
      if (!(spec.scriptParams && context.scriptParams.has(child.name)))
        context.problems.push(`${at} is not an element SDF knows here`);
      continue;
    }
    if (field.feature) checkFeature(field.feature, at, context);
    if (field.type === 'list') {
      for (const item of child.children) {
        const itemWhere = `${at} <${item.name}${item.attributes.scriptid ? ` ${item.attributes.scriptid}` : ''}>`;
        if (item.name !== field.item) context.problems.push(`${itemWhere} is not a <${field.item}>`);
        else checkElement(item, field.of!, itemWhere, context);
      }
    } else if (field.type === 'object') checkElement(child, field.of!, at, context);
    else if (child.children.length > 0) context.problems.push(`${at} holds elements where SDF expects a value`);
    else if (child.text.trim() !== '') checkValue(child.text.trim(), field, at, context);
  }
}

/** The project's rule for roles: every permission exists in every account the manifest allows. */
function checkRolePermissions(role: XmlElement, where: string, context: Context): void {
  const permissions = role.children.find((child) => child.name === 'permissions')?.children ?? [];
  for (const permission of permissions) {
    const key = childText(permission, 'permkey') ?? '';
    const level = childText(permission, 'permlevel') ?? '';
    const known = context.definitions.permissionKeys[key];
    if (!known) continue; // references and unknown keys are reported by checkElement
    if (!known.levels.includes(level)) context.problems.push(`${where}: ${key} cannot be ${level}`);
    if (known.feature !== null && context.features.get(known.feature) !== 'true')
      context.problems.push(`${where}: ${key} exists only with ${known.feature}, which the manifest does not require`);
  }
}

export function validateSdfProject(definitions: SdfDefinitions, project: SdfProject): string[] {
  const features = manifestFeatures(project.manifest);
  const problems: string[] = [];
  for (const feature of features.keys()) {
    if (!definitions.enums.features?.includes(feature)) problems.push(`manifest: ${feature} is not an SDF feature id`);
  }
  const seen = new Map<string, string>();
  for (const { file, root } of project.objects) {
    for (const id of [root, ...root.children.flatMap((c) => c.children)].map((e) => e.attributes.scriptid)) {
      if (id === undefined) continue;
      if (seen.has(id)) problems.push(`${file}: script id ${id} is also used in ${seen.get(id)}`);
      seen.set(id, file);
    }
  }
  const context: Context = {
    definitions,
    features,
    scriptIds: new Set(seen.keys()),
    fileExists: project.fileExists,
    scriptParams: new Set(),
    problems,
  };
  for (const { file, root } of project.objects) {
    const spec = definitions.types[root.name];
    if (!spec?.root) {
      problems.push(`${file}: <${root.name}> is not an object type in the SDF definitions`);
      continue;
    }
    if (`${root.attributes.scriptid}.xml` !== file) problems.push(`${file}: the file is not named after its script id`);
    for (const feature of spec.features ?? []) checkFeature(feature, file, context);
    const params = root.children.find((child) => child.name === 'scriptcustomfields')?.children ?? [];
    context.scriptParams = new Set(params.map((param) => param.attributes.scriptid ?? ''));
    checkElement(root, root.name, file, context);
    if (root.name === 'role') checkRolePermissions(root, file, context);
  }
  return problems;
}
