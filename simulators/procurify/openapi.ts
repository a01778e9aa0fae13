import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { toDrfErrors, type DrfErrors } from './drf-errors';
import { COMPONENTS_ID, toJsonSchema } from './json-schema';
import { findOperation, loadSpec, type SpecOperation } from './openapi-spec';
import { validateQuery } from './openapi-query';

// Validation of requests and responses against Procurify's published OpenAPI document. Used by the
// simulator on every request to a documented operation, by its contract tests on every response, and
// by the relay's tests to check what the relay sends.

export type { DrfErrors } from './drf-errors';

export interface RequestValidation {
  /** False when the method and path are not an operation of the published spec (nothing was checked). */
  documented: boolean;
  operationId: string | null;
  ok: boolean;
  /** Django REST Framework style field errors; empty when ok. */
  errors: DrfErrors;
}

export interface ResponseValidation {
  documented: boolean;
  ok: boolean;
  /** One line per schema violation: `<json pointer> <message>`. */
  errors: string[];
}

// ajv-formats ships CommonJS; under `module: preserve` its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

let ajvInstance: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

function ajv(): Ajv {
  if (ajvInstance) return ajvInstance;
  const instance = new Ajv({ strict: false, allErrors: true, verbose: true, logger: false });
  addFormats(instance);
  instance.addFormat('decimal', true);
  // The spec's own examples write uuids as 32 hex digits (no dashes); DRF's default adds dashes. Both are uuids.
  instance.addFormat('uuid', /^(?:[0-9a-f]{32}|[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12})$/i);
  const definitions = toJsonSchema(loadSpec().components);
  instance.addSchema({ $id: COMPONENTS_ID, definitions: definitions as object });
  ajvInstance = instance;
  return instance;
}

function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv().compile(toJsonSchema(schema) as object);
    compiled.set(schema, validate);
  }
  return validate;
}

function split(pathWithQuery: string): { pathname: string; search: URLSearchParams } {
  const url = new URL(pathWithQuery, 'http://procurify.invalid');
  return { pathname: url.pathname, search: url.searchParams };
}

/**
 * Checks a request body (and, when given or present in `path`, its query string) against the operation
 * the spec documents for `method` + `path`. Bodies are checked only for operations that declare one.
 */
export function validateRequest(
  method: string,
  path: string,
  body: unknown,
  query?: URLSearchParams | Record<string, string | string[]>,
): RequestValidation {
  const { pathname, search } = split(path);
  const operation = findOperation(method, pathname);
  if (!operation) return { documented: false, operationId: null, ok: true, errors: {} };
  const params = query === undefined ? search : toSearchParams(query);
  const errors: DrfErrors = { ...validateQuery(operation, params), ...validateBody(operation, body) };
  return { documented: true, operationId: operation.operationId, ok: Object.keys(errors).length === 0, errors };
}

function validateBody(operation: SpecOperation, body: unknown): DrfErrors {
  if (!operation.requestSchema || body === undefined) return {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    const declaredType = operation.requestSchema.type;
    if (declaredType === 'object' || operation.requestSchema.$ref) {
      const got = Array.isArray(body) ? 'list' : body === null ? 'NoneType' : typeof body;
      return { non_field_errors: [`Invalid data. Expected a dictionary, but got ${got}.`] };
    }
  }
  const validate = validatorFor(operation.requestSchema);
  return validate(body) ? {} : toDrfErrors(validate.errors ?? []);
}

function toSearchParams(query: URLSearchParams | Record<string, string | string[]>): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  return params;
}

/** Checks a response body against the schema the spec gives for that operation and status. */
export function validateResponse(method: string, path: string, status: number, body: unknown): ResponseValidation {
  const operation = findOperation(method, split(path).pathname);
  if (!operation) return { documented: false, ok: true, errors: [] };
  if (!operation.responses.has(String(status))) {
    return {
      documented: true,
      ok: false,
      errors: [`status ${status} is not documented for ${operation.method} ${operation.template}`],
    };
  }
  const schema = operation.responses.get(String(status));
  if (!schema) return { documented: true, ok: true, errors: [] };
  const validate = validatorFor(schema);
  if (validate(body)) return { documented: true, ok: true, errors: [] };
  const errors = (validate.errors ?? [])
    .filter((e) => !(e.keyword === 'type' && e.params.type === 'null') && e.keyword !== 'anyOf')
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
  return { documented: true, ok: false, errors };
}

export { findOperation } from './openapi-spec';
