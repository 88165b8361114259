import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyReply } from 'fastify';

/**
 * GeoReport v2 answers in XML (required by the spec) and JSON, chosen by the path's suffix, with the
 * same content: JSON is the "Spark" mapping of the XML, where a list container becomes an array and
 * its item elements disappear. So each answer is built once as JSON data and written as XML by
 * naming the item element of every list.
 */
export const FORMATS = ['json', 'xml'] as const;
export type Format = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** The item element of each list, by the list's name. */
const ITEM_OF: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

/** The root element of each answer. */
export type Root = 'services' | 'service_requests' | 'errors' | 'service_definition' | 'discovery';

export type Scalar = string | number | boolean | null;
export type Value = Scalar | Value[] | { [key: string]: Value | undefined };

/** `name.json` / `name.xml` → name and format; anything else is not ours (404). */
export function splitFormat(file: string): { name: string; format: Format } | undefined {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { name: m[1]!, format: m[2] as Format } : undefined;
}

/** The format a path asks for, for answering errors: JSON when it says so, else XML (the required one). */
export const formatOfPath = (path: string): Format => (/\.json$/i.test(path) ? 'json' : 'xml');

/**
 * Characters XML 1.0 cannot carry at all, not even escaped (control characters, lone surrogates,
 * U+FFFE/U+FFFF): a description pasted from anywhere must not make the document unreadable.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const cleanText = (s: string) => s.replace(NOT_XML, '');

const builder = new XMLBuilder({ ignoreAttributes: true, suppressEmptyNode: false, processEntities: true });

/** The XML element content of a value: lists become repeated item elements, null an empty element. */
function toNode(name: string, value: Value): unknown {
  if (value === null) return null;
  if (Array.isArray(value)) {
    const item = ITEM_OF[name];
    if (!item) throw new Error(`no item element for list ${name}`);
    return { [item]: value.map((v) => toNode(item, v)) };
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toNode(k, v);
    return out;
  }
  if (typeof value === 'string') return cleanText(value);
  return String(value);
}

/** The XML document of an answer, with the declaration the spec asks for. */
export function toXml(root: Root, value: Value): string {
  const node = toNode(root, value);
  // An empty list is an empty root element, not a self-closed one (some parsers read that as text).
  const body = builder.build({ [root]: node ?? '' }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

/** Writes an answer in the format asked for: `root` names the XML root; JSON is the value itself. */
export function sendAs(reply: FastifyReply, format: Format, root: Root, value: Value, status = 200) {
  reply.code(status).header('content-type', CONTENT_TYPES[format]);
  return reply.send(format === 'json' ? JSON.stringify(value) : toXml(root, value));
}
