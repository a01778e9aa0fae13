import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// Procurify's published OpenAPI 3.0.3 document, loaded once and indexed by method and path template.
// A copy lives in the repository (spec/), so the simulator works on any clone.

const SPEC_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'spec', 'procurify-openapi.yml');

type JsonObject = Record<string, unknown>;

export interface SpecParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
  explode?: boolean;
}

export interface SpecOperation {
  method: string;
  template: string;
  operationId: string;
  parameters: SpecParameter[];
  requestSchema: JsonObject | undefined;
  responses: Map<string, JsonObject | undefined>;
  match: (pathname: string) => boolean;
}

export interface LoadedSpec {
  components: Record<string, JsonObject>;
  operations: SpecOperation[];
}

let cached: LoadedSpec | undefined;

/** Where the copy of the published spec inside the repository lives (simulators/procurify/spec/). */
export function specFilePath(): string {
  return SPEC_PATH;
}

export function loadSpec(file = SPEC_PATH): LoadedSpec {
  if (cached && file === SPEC_PATH) return cached;
  const document = parse(readFileSync(file, 'utf8')) as {
    paths: Record<string, Record<string, JsonObject>>;
    components: { schemas: Record<string, JsonObject> };
  };
  const operations: SpecOperation[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (method === 'parameters') continue;
      operations.push(toOperation(method.toUpperCase(), template, raw));
    }
  }
  // Literal segments beat placeholders: `/ap/bills/mark-as-paid/` before `/ap/bills/{id}/`.
  operations.sort((a, b) => placeholderCount(a.template) - placeholderCount(b.template));
  const loaded = { components: document.components.schemas, operations };
  if (file === SPEC_PATH) cached = loaded;
  return loaded;
}

function toOperation(method: string, template: string, raw: JsonObject): SpecOperation {
  const requestBody = raw.requestBody as { content?: Record<string, { schema?: JsonObject }> } | undefined;
  const responses = new Map<string, JsonObject | undefined>();
  for (const [status, response] of Object.entries((raw.responses ?? {}) as Record<string, JsonObject>)) {
    const content = response.content as Record<string, { schema?: JsonObject }> | undefined;
    responses.set(status, content?.['application/json']?.schema);
  }
  const parameters = (raw.parameters ?? []) as SpecParameter[];
  return {
    method,
    template,
    operationId: String(raw.operationId ?? ''),
    parameters,
    requestSchema: requestBody?.content?.['application/json']?.schema,
    responses,
    match: templateMatcher(template, parameters),
  };
}

function placeholderCount(template: string): number {
  return (template.match(/\{/g) ?? []).length;
}

function templateMatcher(template: string, parameters: SpecParameter[]): (pathname: string) => boolean {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const exact = new RegExp(`^${source}$`);
  // Spec quirk: GET /api/v3/vendors/ declares a path parameter `vendor_group` that its template lacks;
  // Procurify serves it as /api/v3/vendors/<group>/, so that form belongs to this operation too.
  const orphan = parameters.find((p) => p.in === 'path' && !template.includes(`{${p.name}}`));
  const groups = (orphan?.schema?.enum as string[] | undefined) ?? [];
  const grouped = groups.length ? new RegExp(`^${source}(?:${groups.join('|')})/$`) : undefined;
  return (pathname) => exact.test(pathname) || (grouped?.test(pathname) ?? false);
}

export function findOperation(method: string, pathname: string, spec = loadSpec()): SpecOperation | undefined {
  return spec.operations.find((op) => op.method === method.toUpperCase() && op.match(pathname));
}
