// Choosing a subsidiary by name or internal id (pure; the CLI loads it without the store), so a
// person can write "Northwind Fabrication Ltd." and is told the valid names when nothing is called that.

export interface Subsidiary {
  id: string;
  name: string;
}

export type SubsidiaryChoice = { ok: true; subsidiary: Subsidiary } | { ok: false; problem: string };

const squeeze = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A subsidiary by internal id or by name (case and spacing aside). Unknown, the problem lists the
 * valid names. With no subsidiaries known (an account without OneWorld, or before the first
 * reference refresh) an internal id is taken as given, since nothing can check it.
 */
export function chooseSubsidiary(text: string, known: readonly Subsidiary[]): SubsidiaryChoice {
  const wanted = squeeze(text);
  const byId = known.find((subsidiary) => subsidiary.id === text.trim());
  const byName = known.filter((subsidiary) => squeeze(subsidiary.name) === wanted);
  if (byId) return { ok: true, subsidiary: byId };
  if (byName.length === 1) return { ok: true, subsidiary: byName[0]! };
  if (byName.length > 1) {
    return {
      ok: false,
      problem: `Several subsidiaries are called "${text.trim()}" (ids ${byName.map((s) => s.id).join(', ')}): give the id.`,
    };
  }
  if (known.length === 0) {
    if (/^\d{1,12}$/.test(text.trim()))
      return { ok: true, subsidiary: { id: text.trim(), name: `Subsidiary ${text.trim()}` } };
    return {
      ok: false,
      problem: `No subsidiary "${text.trim()}": the relay knows no NetSuite subsidiaries (none in this account, or the reference data was not read yet: \`mlc reference refresh\`). Give an internal id, or leave it out for all.`,
    };
  }
  const names = known.map((subsidiary) => `"${subsidiary.name}" (${subsidiary.id})`).join(', ');
  return { ok: false, problem: `No subsidiary "${text.trim()}". Valid subsidiaries: ${names}.` };
}
