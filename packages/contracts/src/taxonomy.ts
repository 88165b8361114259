import { z } from 'zod';

/**
 * Case categories: GB/T 47678.5-2026 classes and matters, plus the social-governance categories
 * (disputes, hazards, livelihood services, property management) with their routing defaults.
 */
export const CATEGORY_KINDS = [
  'class',
  'component_fault',
  'event',
  'dispute',
  'hazard',
  'livelihood',
  'property',
] as const;
export const CategoryKind = z.enum(CATEGORY_KINDS);
export type CategoryKind = z.infer<typeof CategoryKind>;

export const HANDLING_LEVELS = ['grid', 'community', 'subdistrict', 'department'] as const;
export const HandlingLevel = z
  .enum(HANDLING_LEVELS)
  .describe(
    'grid: inside the grid; community; subdistrict: needs its coordination; department: 吹哨 to departments',
  );
export type HandlingLevel = z.infer<typeof HandlingLevel>;

export const TIME_UNITS = ['urgent_hours', 'working_hours', 'working_days', 'calendar_days'] as const;
export const TimeUnit = z.enum(TIME_UNITS);
export type TimeUnit = z.infer<typeof TimeUnit>;

export const TimeLimit = z.strictObject({ amount: z.number().int().min(1).max(10_000), unit: TimeUnit });
export type TimeLimit = z.infer<typeof TimeLimit>;

/** Limits of the three timed stages: accept (受理/立案), handle (处置), verify (核查). */
export const CategoryLimits = z.strictObject({ accept: TimeLimit, handle: TimeLimit, verify: TimeLimit });
export type CategoryLimits = z.infer<typeof CategoryLimits>;

/** A category code: class (C01, JF), GB/T matter (5 digits) or own/local item (JF01, AQ0012). */
export const CategoryCode = z.string().regex(/^(C\d{2}|[A-Z]{2}|\d{5}|[A-Z]{2}\d{2,4})$/, 'a category code');
/** Codes that may be added locally: 5 digits (a GB/T matter missing here) or two letters and 2–4 digits. */
export const LocalCategoryCode = z
  .string()
  .regex(/^(\d{5}|[A-Z]{2}\d{2,4})$/, '5 digits, or two capital letters and 2–4 digits');
/** A department code (department.code), e.g. cgzf; each deployment maps its departments to codes. */
export const DepartmentCode = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'a department code');

export const CategoryName = z.string().trim().min(1).max(60);
export const CategoryKeywords = z.array(z.string().trim().min(1).max(20)).max(50);

export const Category = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  kind: CategoryKind,
  source: z.string(),
  keywords: z.array(z.string()),
  defaultLevel: HandlingLevel,
  leadDepartment: z.string().nullable(),
  assistDepartments: z.array(z.string()),
  limits: CategoryLimits,
  autoEscalate: z.boolean(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type Category = z.infer<typeof Category>;

export type CategoryNode = Category & { children: CategoryNode[] };
export const CategoryNode: z.ZodType<CategoryNode> = z.lazy(() =>
  Category.extend({ children: z.array(CategoryNode) }),
);

const BoolParam = z.enum(['true', 'false']);

/** GET /api/taxonomy/categories */
export const CategoryListQuery = z.strictObject({
  kind: CategoryKind.optional(),
  q: z.string().trim().min(1).max(40).optional().describe('Part of the name or of a keyword, or a code'),
  active: BoolParam.optional(),
  parent: CategoryCode.optional().describe('Only the children of this class'),
  view: z.enum(['flat', 'tree']).default('flat'),
});
export type CategoryListQuery = z.infer<typeof CategoryListQuery>;
export const CategoryList = z.object({
  total: z.number().int().describe('Matching categories'),
  items: z
    .array(Category)
    .optional()
    .describe('flat view: every matching category, each class before its items'),
  tree: z
    .array(CategoryNode)
    .optional()
    .describe('tree view: classes with their items (an item whose class is filtered out is a root)'),
});

export const CategoryParams = z.strictObject({ code: CategoryCode });

/** PATCH /api/taxonomy/categories/:code: any of the editable fields; limits stage by stage. */
export const CategoryUpdate = z
  .strictObject({
    name: CategoryName.optional(),
    keywords: CategoryKeywords.optional(),
    defaultLevel: HandlingLevel.optional(),
    leadDepartment: DepartmentCode.nullable().optional(),
    assistDepartments: z.array(DepartmentCode).max(10).optional(),
    limits: z
      .strictObject({
        accept: TimeLimit.optional(),
        handle: TimeLimit.optional(),
        verify: TimeLimit.optional(),
      })
      .optional(),
    autoEscalate: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type CategoryUpdate = z.infer<typeof CategoryUpdate>;

/** POST /api/taxonomy/categories: a local item under an existing class. */
export const CategoryCreate = z.strictObject({
  code: LocalCategoryCode,
  name: CategoryName,
  parentCode: CategoryCode,
  kind: CategoryKind.exclude(['class']),
  keywords: CategoryKeywords.default([]),
  defaultLevel: HandlingLevel,
  leadDepartment: DepartmentCode.nullable().default(null),
  assistDepartments: z.array(DepartmentCode).max(10).default([]),
  limits: CategoryLimits,
  autoEscalate: z.boolean().default(true),
  active: z.boolean().default(true),
});
export type CategoryCreate = z.infer<typeof CategoryCreate>;

/** One row of GET /api/taxonomy/export and POST /api/taxonomy/import. */
export const CategoryTransfer = z.strictObject({
  code: CategoryCode,
  name: CategoryName,
  parentCode: CategoryCode.nullable(),
  kind: CategoryKind,
  source: z.string().trim().min(1).max(60),
  keywords: CategoryKeywords,
  defaultLevel: HandlingLevel,
  leadDepartment: DepartmentCode.nullable(),
  assistDepartments: z.array(DepartmentCode).max(10),
  limits: CategoryLimits,
  autoEscalate: z.boolean(),
  active: z.boolean(),
});
export type CategoryTransfer = z.infer<typeof CategoryTransfer>;
export const CategoryExport = z.array(CategoryTransfer);
/** Items are checked one by one in the use case, so that every problem is reported with its index. */
export const CategoryImportRequest = z.array(z.unknown()).min(1).max(5000);
export const CategoryImportProblem = z.object({
  index: z.number().int(),
  code: z.string().nullable(),
  errors: z.array(z.object({ code: z.string(), field: z.string().optional(), message: z.string() })),
});
export const CategoryImportResult = z.object({
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

/** GET /api/taxonomy/suggest */
export const CategorySuggestQuery = z.strictObject({
  text: z.string().trim().min(1).max(2000),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export const CategorySuggestion = z.object({
  code: z.string(),
  name: z.string(),
  kind: CategoryKind,
  parentCode: z.string().nullable(),
  score: z.number(),
  matched: z.array(z.string()),
});
export const CategorySuggestions = z.object({ items: z.array(CategorySuggestion) });

/**
 * The nature of a 12345 appeal (诉求性质): a field of the case, not a category. The city
 * dictionary's 6 其他 (other) is no value: a case without a nature leaves the field empty.
 */
export const APPEAL_NATURES = [
  { code: 'request', name: '求决', en: 'Request', sourceCode: '1' },
  { code: 'complaint', name: '投诉', en: 'Complaint', sourceCode: '2' },
  { code: 'inquiry', name: '咨询', en: 'Inquiry', sourceCode: '3' },
  { code: 'suggestion', name: '建议', en: 'Suggestion', sourceCode: '4' },
  { code: 'thanks', name: '感谢', en: 'Thanks', sourceCode: '5' },
] as const;
export const AppealNature = z.enum(['request', 'complaint', 'inquiry', 'suggestion', 'thanks']);
export type AppealNature = z.infer<typeof AppealNature>;
