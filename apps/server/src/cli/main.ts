import { DataDirLockedError } from '@wangge/db';
import { ConfigError } from '../config.ts';
import { AppError, errorSpec, formatMessage } from '../http/errors.ts';
import { helpText, parse, UsageError } from './args.ts';
import { commands } from './commands/index.ts';

function usage(): string {
  const list = commands.map((c) => `  ${c.name.padEnd(18)}${c.summary}`).join('\n');
  return `wangge: 网格 grid-based community governance\n\nUsage: wangge <command> [options]   (wangge <command> --help for its options)\n\nCommands:\n${list}\n`;
}

function describe(error: unknown): string {
  if (error instanceof AppError) {
    const spec = errorSpec(error.code);
    const text = spec
      ? `${formatMessage(spec['zh-CN'], error.params)} / ${formatMessage(spec.en, error.params)}`
      : '';
    const details = error.details ? `\n${JSON.stringify(error.details, null, 2)}` : '';
    return `${error.code}: ${text}${details}`;
  }
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof DataDirLockedError) {
    return error.message;
  }
  return (error as Error).stack ?? String(error);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Unknown command: ${name}\n\n${usage()}`);
    return 1;
  }
  try {
    const { values, positionals } = parse(command, rest);
    if (values.help) {
      process.stdout.write(helpText(command));
      return 0;
    }
    return await command.run(values, positionals);
  } catch (error) {
    process.stderr.write(`${describe(error)}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${helpText(command)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
