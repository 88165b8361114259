import type { Category, CategoryLimits, HandlingLevel } from '@wangge/contracts';

/** The form's values of a category (any may be missing while being edited). */
export interface CategoryValues {
  code?: string;
  parentCode?: string;
  kind?: Category['kind'];
  name?: string;
  defaultLevel?: HandlingLevel;
  leadDepartment?: string | null;
  assistDepartments?: string[];
  limits?: Partial<Record<keyof CategoryLimits, { amount?: number | null; unit?: string }>>;
  autoEscalate?: boolean;
  keywords?: string[];
  active?: boolean;
}

export const toValues = (c: Category): CategoryValues => ({
  code: c.code,
  parentCode: c.parentCode ?? undefined,
  kind: c.kind,
  name: c.name,
  defaultLevel: c.defaultLevel,
  leadDepartment: c.leadDepartment,
  assistDepartments: c.assistDepartments,
  limits: c.limits,
  autoEscalate: c.autoEscalate,
  keywords: c.keywords,
  active: c.active,
});

/** The editable fields as the API takes them: cleared selects are null or empty, keywords trimmed. */
export function editable(v: CategoryValues) {
  const limit = (stage: keyof CategoryLimits) => ({
    amount: v.limits?.[stage]?.amount ?? undefined,
    unit: v.limits?.[stage]?.unit,
  });
  return {
    name: v.name?.trim() ?? '',
    defaultLevel: v.defaultLevel,
    leadDepartment: v.leadDepartment ?? null,
    assistDepartments: v.assistDepartments ?? [],
    limits: { accept: limit('accept'), handle: limit('handle'), verify: limit('verify') },
    autoEscalate: Boolean(v.autoEscalate),
    keywords: [...new Set((v.keywords ?? []).map((k) => k.trim()).filter(Boolean))],
    active: Boolean(v.active),
  };
}

/** Only what changed, so that an edit does not overwrite fields someone else changed meanwhile. */
export function changes(before: Category, v: CategoryValues): Record<string, unknown> {
  const now = editable(v);
  const was = editable(toValues(before));
  const diff: Record<string, unknown> = {};
  for (const key of Object.keys(now) as Array<keyof typeof now>) {
    if (key === 'limits') {
      const limits: Record<string, unknown> = {};
      for (const stage of ['accept', 'handle', 'verify'] as const) {
        if (JSON.stringify(now.limits[stage]) !== JSON.stringify(was.limits[stage]))
          limits[stage] = now.limits[stage];
      }
      if (Object.keys(limits).length > 0) diff.limits = limits;
    } else if (JSON.stringify(now[key]) !== JSON.stringify(was[key])) {
      diff[key] = now[key];
    }
  }
  return diff;
}
