import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import { stringOption, type Command } from '../command';
import { print } from '../context';
import { EXIT, usageError } from '../errors';
import { table } from '../table';

const ROLES = ['viewer', 'operator', 'admin'];
const ROLE_HELP = `  --role ROLE        viewer (reads), operator (also replays, remaps, polls) or admin (also manages people)`;

export const usersAddCommand: Command = {
  name: 'users add',
  summary: 'give a person their own token and role; their actions are audited under their name',
  help: `Usage: mlc users add NAME --role ROLE

${ROLE_HELP}
${RELAY_OPTIONS_HELP}

Prints the person's token once (only its hash is kept): hand it over, they sign in with it.`,
  options: { ...RELAY_OPTIONS, role: { type: 'string' } },
  positionals: { min: 1, max: 1, names: 'NAME' },
  async run(args, context) {
    const role = stringOption(args, 'role');
    if (!role || !ROLES.includes(role)) throw usageError(`--role must be one of ${ROLES.join(', ')}.`);
    const client = createAdminClient(context, args);
    const added = await client.request<{ name: string; role: string; token: string }>('POST', '/v1/users', {
      name: args.positionals[0],
      role,
    });
    print(context, `Added ${added.name} (${added.role}). Their token, shown this once:`);
    print(context, added.token);
    return EXIT.ok;
  },
};

export const usersListCommand: Command = {
  name: 'users list',
  summary: 'list the people with access, their roles and who added them',
  help: `Usage: mlc users list

${RELAY_OPTIONS_HELP}`,
  options: { ...RELAY_OPTIONS },
  async run(args, context) {
    const client = createAdminClient(context, args);
    const { items } = await client.request<{
      items: { name: string; role: string; createdAt: string; createdBy: string }[];
    }>('GET', '/v1/users');
    const rows = [
      ['admin', 'admin', '', 'MLC_ADMIN_TOKEN'],
      ...items.map((u) => [u.name, u.role, u.createdAt, u.createdBy]),
    ];
    print(context, table(['name', 'role', 'added', 'by'], rows));
    return EXIT.ok;
  },
};

export const usersRemoveCommand: Command = {
  name: 'users remove',
  summary: 'remove a person’s access (token and sessions); their audit entries stay',
  help: `Usage: mlc users remove NAME

${RELAY_OPTIONS_HELP}`,
  options: { ...RELAY_OPTIONS },
  positionals: { min: 1, max: 1, names: 'NAME' },
  async run(args, context) {
    const client = createAdminClient(context, args);
    await client.request('DELETE', `/v1/users/${encodeURIComponent(args.positionals[0]!)}`);
    print(context, `Removed ${args.positionals[0]}'s access.`);
    return EXIT.ok;
  },
};
