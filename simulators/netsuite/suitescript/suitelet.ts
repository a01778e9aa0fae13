// Calls a Suitelet deployment with a request and records what it writes back.
import type { Engine } from './engine';
import { Form } from './modules/n-server-widget';
import { SuiteScriptError } from './script-error';

export interface SuiteletRequest {
  method?: string;
  params?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
}

export interface SuiteletResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  form: Form | null;
}

function nameValue(first: unknown, second?: unknown): { name: string; value: string } {
  if (typeof first === 'object' && first !== null) {
    const options = first as { name: string; value: string };
    return { name: String(options.name), value: String(options.value) };
  }
  return { name: String(first), value: String(second) };
}

export function callSuitelet(
  engine: Engine,
  scriptId: string,
  deploymentId: string,
  request: SuiteletRequest = {},
): SuiteletResponse {
  const script = engine.script(scriptId);
  const deployment = engine.deployment(scriptId, deploymentId);
  if (script.type !== 'suitelet') throw new Error(`${scriptId} is not a Suitelet`);
  if (!deployment.isDeployed) throw new SuiteScriptError('SSS_INVALID_SCRIPTLET_ID', `${deploymentId} is not deployed`);
  const method = (request.method ?? 'GET').toUpperCase();
  const response: SuiteletResponse = { status: 200, headers: {}, body: '', form: null };
  const params = { script: scriptId, deploy: deploymentId, ...(request.params ?? {}) };
  const context = {
    request: {
      method,
      parameters: params,
      body: request.body ?? '',
      headers: request.headers ?? {},
      url: `/app/site/hosting/scriptlet.nl?${new URLSearchParams(params).toString()}`,
      clientIpAddress: '127.0.0.1',
    },
    response: {
      write(options: unknown) {
        response.body +=
          typeof options === 'object' && options !== null
            ? String((options as { output: unknown }).output)
            : String(options);
      },
      writeLine(options: { output: string }) {
        response.body += `${options.output}\n`;
      },
      setHeader(first: unknown, second?: unknown) {
        const { name, value } = nameValue(first, second);
        response.headers[name.toLowerCase()] = value;
      },
      getHeader(options: { name: string }) {
        return response.headers[options.name.toLowerCase()] ?? null;
      },
      writePage(options: unknown) {
        const page = options instanceof Form ? options : (options as { pageObject: Form }).pageObject;
        response.form = page;
      },
      sendRedirect() {
        response.status = 302;
      },
    },
  };
  try {
    engine.run(
      { script, deployment, kind: 'suitelet', executionContext: 'SUITELET', entryPoint: 'onRequest' },
      (exports) => (exports.onRequest as (c: unknown) => void)(context),
    );
  } catch (error) {
    // NetSuite answers an unhandled Suitelet error with its error page.
    return { status: 500, headers: { 'content-type': 'text/plain' }, body: String(error), form: null };
  }
  return response;
}
