import { dispositionOf, type KnownVersion } from '../../domain/versions';

// Content-addressed versions (docs/architecture.md "Versions and no-op changes"): a version the relay
// already holds, by content or by age, changes nothing. The inbox keeps such a version out of the
// queue, so the worker never meets one; a prediction for a version not yet stored must decide it first.

export interface IncomingVersion extends KnownVersion {
  action: string;
}

/** True when the incoming version would be processed; false when it changes nothing. */
export function versionApplies(incoming: IncomingVersion, current: KnownVersion | undefined): boolean {
  return dispositionOf(incoming, current) === 'applied';
}
