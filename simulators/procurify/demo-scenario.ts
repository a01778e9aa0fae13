import type { Scenario } from '../scenario/types';
import type { SeedInput } from './control';
import { emptyScenario } from './control';

// The demo company (`simulators/scenario/three-plants.ts`, written alongside this simulator). Loaded
// lazily so the simulator still starts, empty, if that module is not there.

export async function demoScenario(): Promise<SeedInput> {
  const modulePath = '../scenario/three-plants';
  try {
    const module = (await import(/* @vite-ignore */ modulePath)) as { threePlants?: () => Scenario };
    if (module.threePlants) return module.threePlants();
  } catch {
    // fall through
  }
  console.warn('procurify simulator: simulators/scenario/three-plants.ts not found; starting with no data');
  return { procurify: emptyScenario() };
}
