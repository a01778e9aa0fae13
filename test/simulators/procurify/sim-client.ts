import { expect, onTestFinished } from 'vitest';
import type { ProcurifySimulatorOptions } from '../../../simulators/procurify/app';
import { validateResponse } from '../../../simulators/procurify/openapi';
import { startProcurifySimulator, type RunningProcurifySimulator } from '../../../simulators/procurify/server';
import { smallProcurify } from './small-scenario';

export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
}

/** Starts the simulator on a free loopback port, seeded with the small scenario, closed after the test. */
export async function startSim(
  options: ProcurifySimulatorOptions = {},
): Promise<RunningProcurifySimulator & { client: SimClient }> {
  const sim = await startProcurifySimulator({ scenario: { procurify: smallProcurify() }, ...options });
  onTestFinished(() => sim.close());
  return Object.assign(sim, { client: new SimClient(sim) });
}

/** A plain HTTP client as the relay would be: it fetches a token and sends the documented headers. */
export class SimClient {
  token: string | undefined;
  constructor(private readonly sim: RunningProcurifySimulator) {}

  async fetchToken(overrides: Record<string, unknown> = {}): Promise<Answer> {
    const { clientId, clientSecret } = this.sim.control.credentials;
    const body = {
      client_id: clientId,
      client_secret: clientSecret,
      audience: 'https://api.procurify.com/',
      grant_type: 'client_credentials',
      ...overrides,
    };
    const answer = await this.raw('POST', '/oauth/token', {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    if (answer.status === 200) this.token = answer.body.access_token;
    return answer;
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    if (!this.token) await this.fetchToken();
    return this.raw(method, path, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: {
        authorization: `Bearer ${this.token}`,
        'x-procurify-client': 'api',
        'content-type': 'application/json',
        ...headers,
      },
    });
  }

  /** Like call(), and asserts the answer matches the spec's schema for that operation and status. */
  async callValid(method: string, path: string, body?: unknown): Promise<Answer> {
    const answer = await this.call(method, path, body);
    const check = validateResponse(method, path, answer.status, answer.body);
    expect(
      check.errors,
      `${method} ${path} answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
    ).toEqual([]);
    expect(check.documented).toBe(true);
    return answer;
  }

  async raw(
    method: string,
    path: string,
    init: { body?: string; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const response = await fetch(`${this.sim.baseUrl}${path}`, { method, body: init.body, headers: init.headers });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // keep the text
    }
    return { status: response.status, body, headers: response.headers };
  }
}
