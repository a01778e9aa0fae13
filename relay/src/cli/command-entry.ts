import type { Command } from './command';

// `mlc --help` lists every command, but a command's module (and everything it imports: the database,
// the HTTP server, the simulators) loads only when that command runs or shows its own help. So the
// list holds each command's name and summary, and how to load the rest.

/** A command known by its name and summary until it is needed; `load` gives the whole command. */
export interface LazyCommand {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** A registered command: loaded on demand, or (for one that imports nothing heavy) already loaded. */
export type CommandEntry = LazyCommand | Command;

export function loadCommand(entry: CommandEntry): Promise<Command> {
  return 'load' in entry ? entry.load() : Promise.resolve(entry);
}
