// Escaping for the HTML the "Procurify sync" tab renders: every value from a record is hostile.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Only http(s) links are rendered; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | null): string | null {
  return url !== null && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}
