import { CreateUserRequest } from '@wangge/contracts';
import { createUser } from '../../modules/auth/index.ts';
import { type Command, str, UsageError } from '../args.ts';
import { cliActor, withDeps } from '../context.ts';

export const createUserCommand: Command = {
  name: 'create-user',
  summary: 'Create a user with roles held at divisions, grids or departments',
  usage:
    'wangge create-user --username li.wei --name 李伟 --password <pw> --role gridWorker@370102009002001 ' +
    '[--role communityStaff@370102009002] [--role departmentHandler@dept:<department id>] [--resident]',
  options: {
    username: { type: 'string', description: '3–64 letters, digits, _ . -' },
    name: { type: 'string', description: 'Display name' },
    password: {
      type: 'string',
      description: 'At least 8 characters with letters and digits (or set WANGGE_PASSWORD)',
    },
    role: {
      type: 'string',
      multiple: true,
      description: 'role@code (division or grid code) or role@dept:<id>; repeatable',
    },
    resident: { type: 'boolean', description: 'A resident rather than staff' },
  },
  async run(values) {
    const roles = ((values.role as string[] | undefined) ?? []).map((r) => {
      const [role, target] = r.split('@');
      if (!role || !target) throw new UsageError(`--role ${r}: expected role@code or role@dept:<id>`);
      return target.startsWith('dept:')
        ? { role, departmentId: target.slice(5) }
        : { role, scopeCode: target };
    });
    const input = CreateUserRequest.safeParse({
      username: str(values.username),
      displayName: str(values.name),
      kind: values.resident ? 'resident' : 'staff',
      password: str(values.password) ?? process.env.WANGGE_PASSWORD,
      roles,
    });
    if (!input.success) {
      throw new UsageError(
        input.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '),
      );
    }
    const created = await withDeps((deps) => createUser(deps, cliActor, input.data, true));
    process.stdout.write(`Created user ${input.data.username} (${created.id})\n`);
    return 0;
  },
};
