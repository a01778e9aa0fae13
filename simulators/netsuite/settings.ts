import { z } from 'zod';
import { assertTimeZone } from './suiteql/time-zone';

// Behaviour switches. Where the sources are silent the default is the choice hardest on the client
// (README "Choices where the sources are silent").

export const settingsSchema = z
  .object({
    accountId: z.string().min(1),
    /** The running user's time zone preference (SuiteQL dates, TO_CHAR, TO_TIMESTAMP). */
    timeZone: z.string().refine((zone) => {
      try {
        assertTimeZone(zone);
        return true;
      } catch {
        return false;
      }
    }, 'an IANA time zone such as America/Los_Angeles'),
    /** The running user's date format preference: how SuiteQL shows DATE and DATETIME columns. */
    dateFormat: z
      .string()
      .regex(/^(?=.*(YYYY))(?=.*(M|Mon))(?=.*D)[YMDon/.\- ]+$/, 'a NetSuite date format such as M/D/YYYY'),
    requirePreferTransient: z.boolean(),
    /** RS256 client assertions are deprecated for M2M (docs/reference/netsuite-api.md "Client assertion"). */
    allowRs256: z.boolean(),
    /** Account concurrency limit shared by all REST calls (Standard tier: 5). */
    concurrencyLimit: z.number().int().positive(),
    /** Rows reachable by offset paging without SuiteAnalytics Connect. */
    maxResults: z.number().int().positive(),
    requireOffsetMultipleOfLimit: z.boolean(),
    deletedTypeStyle: z.enum(['recordtype', 'typecode']),
    /** What PATCH does with an unknown property when the request does not say (X-NetSuite-PropertyNameValidation). */
    unknownProperty: z.enum(['error', 'warning']),
    tokenLifetimeSeconds: z.number().int().positive(),
  })
  .strict();

export type SimulatorSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: SimulatorSettings = {
  accountId: '1234567_SB1',
  timeZone: 'America/Los_Angeles',
  dateFormat: 'M/D/YYYY',
  requirePreferTransient: true,
  allowRs256: false,
  concurrencyLimit: 5,
  maxResults: 100_000,
  requireOffsetMultipleOfLimit: true,
  deletedTypeStyle: 'recordtype',
  unknownProperty: 'error',
  tokenLifetimeSeconds: 3600,
};

/** Validates a partial update; throws a ZodError naming each bad setting. */
export function mergeSettings(current: SimulatorSettings, changes: unknown): SimulatorSettings {
  return settingsSchema.parse({ ...current, ...settingsSchema.partial().parse(changes) });
}
