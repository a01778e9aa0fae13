// Clicking a button that beforeLoad added: loads the form's client script module and calls the
// button's function expression, e.g. resyncToProcurify('vendorbill', '12'), as the browser would.
import path from 'node:path';
import type { Engine } from './engine';
import type { Form } from './modules/n-server-widget';
import type { ScriptDefinition } from './sdf-objects';

export function parseButtonCall(functionName: string): { name: string; args: string[] } {
  const match = /^\s*([A-Za-z_$][\w$]*)\s*(?:\((.*)\))?\s*;?\s*$/.exec(functionName);
  if (!match) throw new Error(`Cannot call button function ${functionName}`);
  const argsText = match[2] ?? '';
  const args = [...argsText.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)/g)].map(
    (arg) => arg[1] ?? arg[2] ?? arg[3] ?? '',
  );
  return { name: match[1] as string, args };
}

export async function clickButton(
  engine: Engine,
  form: Form,
  ownerScriptFile: string,
  buttonId: string,
  alerts: string[],
): Promise<string[]> {
  const button = form.getButton({ id: buttonId });
  if (!button?.functionName) throw new Error(`No button ${buttonId} with a function on the form`);
  const modulePath = form.clientScriptModulePath;
  if (!modulePath) throw new Error('The form has no client script');
  const cabinetPath = modulePath.startsWith('/')
    ? modulePath
    : path.posix.join(path.posix.dirname(ownerScriptFile), modulePath);
  const script: ScriptDefinition = [...engine.objects.scripts.values()].find(
    (each) => each.scriptFile === cabinetPath,
  ) ?? {
    scriptId: 'client',
    type: 'clientscript',
    scriptFile: cabinetPath,
    parameterDefaults: {},
    deployments: [],
  };
  const { name, args } = parseButtonCall(button.functionName);
  const before = alerts.length;
  const result = engine.run(
    { script, deployment: null, kind: 'client', executionContext: 'USERINTERFACE', entryPoint: name },
    (exports) => {
      const fn = exports[name];
      if (typeof fn !== 'function') throw new Error(`${cabinetPath} does not export ${name}`);
      return (fn as (...a: string[]) => unknown)(...args);
    },
  );
  await result;
  return alerts.slice(before);
}
