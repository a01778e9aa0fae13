// In production, credentials and notifications travel over https only: a plain http:// URL sends the
// client secret, tokens and vendor data readable by anyone on the path (and http://169.254.169.254
// would point a relay at its cloud's metadata service). The local machine is exempt.

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** One problem per URL setting that is not https (loopback excepted); names the variable, never the URL. */
export function plainHttpProblems(urls: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(urls)) {
    if (value === undefined) continue;
    const url = new URL(value);
    if (url.protocol === 'https:' || isLoopbackHost(url.hostname)) continue;
    problems.push(`${name}: must be an https:// URL in production (plain http is allowed only to this machine)`);
  }
  return problems;
}
