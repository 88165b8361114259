import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  description: string;
}

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  run(values: Values, positionals: string[]): Promise<number>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parse(command: Command, argv: string[]) {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, { description: _, ...o }]) => [name, o]),
  );
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function helpText(command: Command): string {
  const lines = Object.entries(command.options).map(([name, o]) => {
    const flag = `--${name}${o.type === 'string' ? ' <value>' : ''}`;
    return `  ${flag.padEnd(30)}${o.description}`;
  });
  lines.push(`  ${'--help, -h'.padEnd(30)}Show this help`);
  return `wangge ${command.name}: ${command.summary}\n\nUsage: ${command.usage}\n\nOptions:\n${lines.join('\n')}\n`;
}

export const str = (v: Values[string]) => (typeof v === 'string' ? v : undefined);
