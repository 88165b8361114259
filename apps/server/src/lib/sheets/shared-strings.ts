// A replacement for exceljs's shared-string parser (xl/sharedStrings.xml), installed on each reader.
import { PassThrough } from 'node:stream';
import { TextDecoder } from 'node:util';

const SI = /<(\w+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/\1si>)/g;
const PHONETIC = /<(\w+:)?rPh\b[\s\S]*?<\/\1rPh>/g;
const T = /<(\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/\1t>)/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Excel's escape for characters XML cannot hold (_x000D_ for a carriage return; _x005F_ for '_'). */
const XSTRING = /_x([0-9A-Fa-f]{4})_/g;

function decodeXml(text: string): string {
  return text
    .replace(ENTITY, (_, hex?: string, dec?: string, name?: string) =>
      name ? (NAMED[name] ?? '') : String.fromCodePoint(Number.parseInt(hex ?? dec ?? '0', hex ? 16 : 10)),
    )
    .replace(XSTRING, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16)));
}

/** The text of one <si>: its runs joined, without the phonetic guide. */
export function sharedStringText(si: string): string {
  let text = '';
  for (const t of si.replace(PHONETIC, '').matchAll(T)) text += t[2] ?? '';
  return decodeXml(text);
}

/**
 * exceljs's shared-string parser restarts its text at every <t>, so a phonetic guide (<rPh>, which
 * Excel writes for 拼音指南 and for Japanese input) replaces the string itself: 张三 read as "zhangsan".
 * This replacement parses xl/sharedStrings.xml into plain strings, which is all cellText needs, and also
 * decodes Excel's _xHHHH_ escapes. Streamed: only an unfinished <si> is held between chunks.
 */
export function readSharedStringsAsText(reader: unknown): void {
  const target = reader as { _parseSharedStrings?: unknown; sharedStrings?: string[] };
  if (typeof target._parseSharedStrings !== 'function') return;
  // exceljs `yield*`s the result; there is nothing to emit, so it is an iterable that ends once parsed.
  target._parseSharedStrings = (entry: NodeJS.ReadableStream) => ({
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        target.sharedStrings = await parseSharedStrings(entry);
        return { done: true, value: undefined };
      },
    }),
  });
}

async function parseSharedStrings(entry: NodeJS.ReadableStream): Promise<string[]> {
  const strings: string[] = [];
  // unzipper's entries are readable-stream 2 streams, without async iteration: pipe into a Node one.
  const text = entry.pipe(new PassThrough());
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  for await (const chunk of text) {
    buffer += decoder.decode(chunk as Buffer, { stream: true });
    let consumed = 0;
    for (const si of buffer.matchAll(SI)) {
      strings.push(sharedStringText(si[2] ?? ''));
      consumed = (si.index ?? 0) + si[0].length;
    }
    buffer = buffer.slice(consumed);
  }
  return strings;
}
