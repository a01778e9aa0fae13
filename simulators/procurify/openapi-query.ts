import type { DrfErrors } from './drf-errors';
import type { SpecOperation, SpecParameter } from './openapi-spec';

// Query parameters as django-filter parses them: each documented parameter present in the query must
// parse as its declared type; undocumented parameters are ignored, as Procurify ignores them.

const BOOLEAN_VALUES = new Set(['true', 'false', 'True', 'False', '1', '0']);

export function validateQuery(operation: SpecOperation, query: URLSearchParams): DrfErrors {
  const errors: DrfErrors = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query' || !parameter.schema) continue;
    const values = query.getAll(parameter.name);
    if (values.length === 0) {
      if (parameter.required) errors[parameter.name] = ['This field is required.'];
      continue;
    }
    const message = checkValues(parameter, values);
    if (message) errors[parameter.name] = [message];
  }
  return errors;
}

function checkValues(parameter: SpecParameter, values: string[]): string | undefined {
  const schema = parameter.schema as Record<string, unknown>;
  if (schema.type === 'array') {
    const items = (schema.items ?? {}) as Record<string, unknown>;
    const parts = parameter.explode === false ? values.flatMap((v) => v.split(',')) : values;
    for (const part of parts) {
      const message = checkScalar(items, part);
      if (message) return message;
    }
    return undefined;
  }
  return checkScalar(schema, values[values.length - 1] ?? '');
}

export function checkScalar(schema: Record<string, unknown>, value: string): string | undefined {
  const enumValues = schema.enum as unknown[] | undefined;
  if (enumValues && !enumValues.map(String).includes(value)) {
    return `Select a valid choice. ${value} is not one of the available choices.`;
  }
  switch (schema.type) {
    case 'integer':
      return /^-?\d+$/.test(value) ? undefined : 'Enter a whole number.';
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value)) ? undefined : 'Enter a number.';
    case 'boolean':
      return BOOLEAN_VALUES.has(value) ? undefined : 'Enter a valid boolean.';
    case 'string':
      if (schema.format === 'date') return isDate(value) ? undefined : 'Enter a valid date.';
      if (schema.format === 'date-time') return isDateTime(value) ? undefined : 'Enter a valid date/time.';
      if (schema.format === 'uuid') return /^[0-9a-f-]{32,36}$/i.test(value) ? undefined : 'Enter a valid UUID.';
      return undefined;
    default:
      return undefined;
  }
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function isDateTime(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}
