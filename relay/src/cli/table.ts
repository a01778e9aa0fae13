/**
 * A plain-text table. Long cells are cut so the columns stay aligned, except in the last column:
 * nothing follows it, so it is shown whole (a terminal wraps it), and it is where the words that
 * matter go (what to do, why).
 */
export function table(headers: string[], rows: string[][], maxCell = 70): string {
  const cut = (cell: string) => {
    const flat = cell.replace(/\s+/g, ' ');
    return flat.length > maxCell ? `${flat.slice(0, maxCell - 1)}…` : flat;
  };
  const last = headers.length - 1;
  const cells = [headers, ...rows.map((row) => row.map((cell, column) => (column === last ? cell : cut(cell))))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  return cells
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
