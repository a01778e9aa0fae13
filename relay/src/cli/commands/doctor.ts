import type { Command } from '../command';
import { CliError } from '../errors';
export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check both connections and print the mapping fit report',
  help: 'Usage: mlc doctor',
  async run() {
    throw new CliError('not yet');
  },
};
