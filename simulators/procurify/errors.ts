import type { DrfErrors } from './drf-errors';

// Procurify documents no error bodies; its schema names point to Django REST Framework, so errors
// use DRF's shapes: `{"detail": "…"}` for 401/403/404/405/429 and field maps for 400.

export class ProcurifyError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.detail === 'string' ? body.detail : `Procurify simulator error ${status}`);
  }
}

export function fieldErrors(errors: DrfErrors): ProcurifyError {
  return new ProcurifyError(400, errors);
}

export function notFound(): ProcurifyError {
  return new ProcurifyError(404, { detail: 'Not found.' });
}

export function methodNotAllowed(method: string): ProcurifyError {
  return new ProcurifyError(405, { detail: `Method "${method}" not allowed.` });
}

export function invalidPk(value: unknown): string {
  return `Invalid pk "${String(value)}" - object does not exist.`;
}
