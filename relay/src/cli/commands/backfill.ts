import type { Command } from '../command';
import { CliError } from '../errors';
export const backfillCommand: Command = {
  name: 'backfill',
  summary: 'read NetSuite records changed since a date and sync them (progress bar)',
  help: 'Usage: mlc backfill --since YYYY-MM-DD',
  async run() {
    throw new CliError('not yet');
  },
};
