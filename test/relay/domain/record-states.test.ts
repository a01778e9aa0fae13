import { describe, expect, it } from 'vitest';
import { canTransition, isWrittenBack, RECORD_STATES, type RecordState } from '../../../relay/src/domain/record-states';

describe('record state transitions', () => {
  const outcomes = RECORD_STATES.filter((state) => state !== 'pending');

  it.each(RECORD_STATES)('lets a pending record end in %s', (to) => {
    expect(canTransition('pending', to)).toBe(true);
  });

  it.each(outcomes)('makes a %s record pending again on a new version, and nothing else', (from) => {
    for (const to of RECORD_STATES) expect(canTransition(from as RecordState, to)).toBe(to === 'pending');
  });

  it('writes every state but pending back to NetSuite', () => {
    expect(RECORD_STATES.filter(isWrittenBack)).toEqual(outcomes);
  });
});
