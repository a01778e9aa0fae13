// OpenAPI 3.0 schemas are not quite JSON Schema: `nullable: true` must become an explicit null branch
// (ajv's own `nullable` support breaks on `allOf: [$ref]` wrappers, which drf-spectacular emits for
// every nullable nested object), and `$ref`s must point into the ajv schema registry.

type Json = unknown;

export const COMPONENTS_ID = 'procurify-components';

export function toJsonSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const source = schema as Record<string, Json>;
  const converted: Record<string, Json> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'nullable' || key === 'example' || key === 'discriminator' || key === 'xml') continue;
    if (key === '$ref' && typeof value === 'string') {
      converted.$ref = value.replace('#/components/schemas/', `${COMPONENTS_ID}#/definitions/`);
    } else if (key === 'properties' && value && typeof value === 'object') {
      converted.properties = Object.fromEntries(
        Object.entries(value as Record<string, Json>).map(([name, property]) => [name, toJsonSchema(property)]),
      );
    } else {
      converted[key] = toJsonSchema(value);
    }
  }
  convertExclusiveBound(converted, 'exclusiveMaximum', 'maximum');
  convertExclusiveBound(converted, 'exclusiveMinimum', 'minimum');
  if (source.nullable === true) return { anyOf: [{ type: 'null' }, converted] };
  return converted;
}

// OpenAPI 3.0 writes exclusive bounds as booleans beside `maximum`/`minimum`; JSON Schema wants the number.
function convertExclusiveBound(schema: Record<string, Json>, exclusive: string, inclusive: string): void {
  if (typeof schema[exclusive] !== 'boolean') return;
  if (schema[exclusive] === true && typeof schema[inclusive] === 'number') {
    schema[exclusive] = schema[inclusive];
    delete schema[inclusive];
  } else {
    delete schema[exclusive];
  }
}
