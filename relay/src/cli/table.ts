/** A plain-text table; long cells are cut so one record stays on one line. */
export function table(headers: string[], rows: string[][], maxCell = 70): string {
  const cut = (cell: string) => {
    const flat = cell.replace(/\s+/g, ' ');
    return flat.length > maxCell ? `${flat.slice(0, maxCell - 1)}…` : flat;
  };
  const cells = [headers, ...rows.map((row) => row.map(cut))];
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
