export type Locale = 'zh-CN' | 'en';

export interface ErrorSpec {
  status: number;
  'zh-CN': string;
  en: string;
}

/**
 * Each module declares its error codes once with their HTTP status and messages; services throw
 * `AppError`s by code and the single error handler maps them to responses.
 */
export function defineErrors<const T extends Record<string, ErrorSpec>>(specs: T): T {
  for (const [code, spec] of Object.entries(specs)) registry.set(code, spec);
  return specs;
}

const registry = new Map<string, ErrorSpec>();

export function errorSpec(code: string): ErrorSpec | undefined {
  return registry.get(code);
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly details?: unknown,
    /** Values substituted for {name} placeholders in the messages. */
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function formatMessage(template: string, params?: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params?.[k] ?? `{${k}}`));
}

/** Errors shared by every module. */
export const CommonErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, 'zh-CN': '请求参数不合法', en: 'The request is invalid' },
  MALFORMED_JSON: { status: 400, 'zh-CN': '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    'zh-CN': '仅支持 application/json 请求体',
    en: 'Only application/json request bodies are accepted',
  },
  BODY_TOO_LARGE: { status: 413, 'zh-CN': '请求体过大', en: 'The request body is too large' },
  NOT_FOUND: { status: 404, 'zh-CN': '资源不存在', en: 'Not found' },
  FORBIDDEN: { status: 403, 'zh-CN': '无权执行此操作', en: 'You are not allowed to do this' },
  CONFLICT: { status: 409, 'zh-CN': '数据已被修改，请刷新后重试', en: 'The data changed; reload and retry' },
  INTERNAL: { status: 500, 'zh-CN': '服务器内部错误', en: 'Internal server error' },
  RATE_LIMITED: {
    status: 429,
    'zh-CN': '操作太频繁，请 {seconds} 秒后再试',
    en: 'Too many requests; try again in {seconds} s',
  },
  UNAVAILABLE: { status: 503, 'zh-CN': '服务暂不可用', en: 'Service unavailable' },
});
