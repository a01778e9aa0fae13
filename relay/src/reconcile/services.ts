import type { Config } from '../config';
import type { Clients } from '../connections/open-clients';
import type { Database } from '../store/database';
import type { RecordKey } from '../store/records';
import type { ReferenceCache } from '../sync/reference-cache';
import { buildReconciliation, type ReconciliationReport } from './build-report';
import { defaultPeriod } from './default-period';
import type { Period } from './period';
import { loadSubsidiaries } from './subsidiaries';
import type { Subsidiary } from './subsidiary-choice';
import { createDryRunClassifier, type DryRunClassifier } from './dry-run-outcome';
import { previewRecord, type RecordPreview } from './preview-record';
import { systemClock, type Clock } from '../time/clock';

// The reconciliation and the record preview, wired from the relay's parts; absent parts say why.

export interface ReconcileServices {
  /** Undefined when one of the two connections is not configured. */
  reconcile?: (period: Period, options: { subsidiaryId?: string }) => Promise<ReconciliationReport>;
  /** The period to open on when none is asked for (default-period.ts); undefined without NetSuite. */
  defaultPeriod?: () => Promise<Period>;
  /** The NetSuite subsidiaries the relay knows, by name. */
  subsidiaries: () => Promise<Subsidiary[]>;
  /** Undefined while no Procurify connection is configured. */
  preview?: (key: RecordKey) => Promise<RecordPreview>;
}

interface ServiceOptions {
  config: Config;
  database: Database;
  clients: Clients;
  references: ReferenceCache;
  accountId: string;
  clock?: Clock;
}

/** The backfill dry run's per-run outcome predictor; undefined while no Procurify connection is configured. */
export function dryRunPredictor(options: Omit<ServiceOptions, 'clock'>): (() => DryRunClassifier) | undefined {
  const { procurify } = options.clients;
  if (!procurify) return undefined;
  const deps = { ...options, procurify, settings: jobSettings(options.config, options.accountId) };
  return () => createDryRunClassifier(deps);
}

function jobSettings(config: Config, accountId: string) {
  return {
    accountId,
    vendorType: config.sync.vendorType,
    billWrite: config.sync.billWrite,
    billSubmit: config.sync.billSubmit,
  };
}

export function createReconcileServices(options: ServiceOptions): ReconcileServices {
  const { config, database, clients, accountId } = options;
  const { procurify, netsuite } = clients;
  return {
    reconcile:
      procurify && netsuite
        ? (period, { subsidiaryId }) =>
            buildReconciliation(
              {
                database,
                netsuite,
                procurify,
                accountId,
                mapping: () => options.references.get(),
                clock: options.clock,
              },
              period,
              { subsidiaryId },
            )
        : undefined,
    defaultPeriod: netsuite ? () => defaultPeriod(netsuite, (options.clock ?? systemClock).now()) : undefined,
    subsidiaries: () => loadSubsidiaries(database.db),
    preview: procurify
      ? (key) =>
          previewRecord(
            {
              database,
              procurify,
              references: options.references,
              settings: jobSettings(config, accountId),
            },
            key,
          )
      : undefined,
  };
}
