// Waits until the relay has processed what the demo sent: nothing pending for a moment.

export type StateCounts = Record<string, number>;

export async function countStates(baseUrl: string, adminToken: string): Promise<StateCounts> {
  const counts: StateCounts = {};
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '500' });
    if (cursor) query.set('cursor', cursor);
    const response = await fetch(`${baseUrl}/v1/records?${query}`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    if (!response.ok) throw new Error(`the relay answered ${response.status} to GET /v1/records`);
    const page = (await response.json()) as { items: { status: string }[]; nextCursor: string | null };
    for (const item of page.items) counts[item.status] = (counts[item.status] ?? 0) + 1;
    cursor = page.nextCursor;
  } while (cursor);
  return counts;
}

export async function waitUntilSettled(options: {
  baseUrl: string;
  adminToken: string;
  expected: number;
  timeoutMs: number;
  onProgress?: (counts: StateCounts) => void;
}): Promise<{ counts: StateCounts; settled: boolean }> {
  const deadline = Date.now() + options.timeoutMs;
  let counts: StateCounts = {};
  let quietPolls = 0;
  while (Date.now() < deadline) {
    counts = await countStates(options.baseUrl, options.adminToken);
    options.onProgress?.(counts);
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    quietPolls = total >= options.expected && !counts.pending ? quietPolls + 1 : 0;
    if (quietPolls >= 2) return { counts, settled: true };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { counts, settled: false };
}
