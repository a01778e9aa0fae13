// A value a REST write cannot take, with NetSuite's wording and the JSON path of the field
// (the 400 INVALID_CONTENT body carries both as `detail` and `o:errorPath`).

export class ValueProblem extends Error {
  constructor(
    readonly detail: string,
    readonly path: string,
  ) {
    super(detail);
  }
}

export const invalidValue = (value: unknown, path: string) =>
  new ValueProblem(
    `Error while accessing resource: You have entered an Invalid Field Value ${JSON.stringify(value)} for the following field: ${path}`,
    path,
  );
