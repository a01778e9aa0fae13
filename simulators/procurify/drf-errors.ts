import type { ErrorObject } from 'ajv';

// Renders ajv errors the way Django REST Framework reports serializer errors:
// `{"field": ["This field is required."]}`, nested by field for objects and by index for lists.

export type DrfErrors = { [key: string]: string[] | DrfErrors };

export function toDrfErrors(errors: ErrorObject[]): DrfErrors {
  const result: DrfErrors = {};
  for (const error of relevant(errors)) {
    const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
    if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
    if (segments.length === 0) segments.push('non_field_errors');
    addMessage(result, segments, drfMessage(error));
  }
  return result;
}

// anyOf/null branches produce one error per branch; report only the branch that is not `null`.
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const nullAtPath = new Set(
    errors.filter((e) => e.keyword === 'type' && e.params.type === 'null').map((e) => e.instancePath),
  );
  return errors.filter((error) => {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'allOf') return false;
    if (error.keyword === 'type' && error.params.type === 'null') return false;
    if (error.keyword === 'if') return false;
    return !(nullAtPath.has(error.instancePath) && error.keyword === 'enum' && hasNullOnly(error));
  });
}

function hasNullOnly(error: ErrorObject): boolean {
  const allowed = error.params.allowedValues as unknown[] | undefined;
  return Array.isArray(allowed) && allowed.length === 1 && allowed[0] === null;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function addMessage(target: DrfErrors, segments: string[], message: string): void {
  const [head, ...rest] = segments as [string, ...string[]];
  if (rest.length === 0) {
    const existing = target[head];
    const list = Array.isArray(existing) ? existing : [];
    if (!list.includes(message)) list.push(message);
    target[head] = list;
    return;
  }
  const existing = target[head];
  const child: DrfErrors = existing && !Array.isArray(existing) ? existing : {};
  target[head] = child;
  addMessage(child, rest, message);
}

export function drfMessage(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'This field is required.';
    case 'maxLength':
      return `Ensure this field has no more than ${String(p.limit)} characters.`;
    case 'minLength':
      return p.limit === 1
        ? 'This field may not be blank.'
        : `Ensure this field has at least ${String(p.limit)} characters.`;
    case 'minItems':
      return p.limit === 1
        ? 'This list may not be empty.'
        : `Ensure this field has at least ${String(p.limit)} elements.`;
    case 'maxItems':
      return `Ensure this field has no more than ${String(p.limit)} elements.`;
    case 'enum':
      return `"${String(error.data)}" is not a valid choice.`;
    case 'pattern':
      return 'A valid number is required.';
    case 'minimum':
      return `Ensure this value is greater than or equal to ${String(p.limit)}.`;
    case 'maximum':
      return `Ensure this value is less than or equal to ${String(p.limit)}.`;
    case 'format':
      return formatMessage(String(p.format));
    case 'type':
      return error.data === null ? 'This field may not be null.' : typeMessage(String(p.type), error.data);
    default:
      return error.message ?? 'Invalid value.';
  }
}

function formatMessage(format: string): string {
  if (format === 'email') return 'Enter a valid email address.';
  if (format === 'date') return 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.';
  if (format === 'date-time')
    return 'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].';
  if (format === 'uri') return 'Enter a valid URL.';
  if (format === 'uuid') return 'Must be a valid UUID.';
  return 'Invalid value.';
}

function typeMessage(type: string, data: unknown): string {
  const got = Array.isArray(data) ? 'list' : typeof data === 'string' ? 'str' : typeof data;
  if (type === 'integer') return 'A valid integer is required.';
  if (type === 'number') return 'A valid number is required.';
  if (type === 'boolean') return 'Must be a valid boolean.';
  if (type === 'string') return 'Not a valid string.';
  if (type === 'array') return `Expected a list of items but got type "${got}".`;
  if (type === 'object') return `Expected a dictionary of items, but got type "${got}".`;
  return 'Invalid value.';
}
