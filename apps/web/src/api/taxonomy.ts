import type {
  Category,
  CategoryCreate,
  CategoryList as CategoryListSchema,
  CategoryTransfer,
  CategoryUpdate,
  CategoryImportResult as ImportResultSchema,
} from '@wangge/contracts';
import { api } from './client.ts';

export type CategoryList = (typeof CategoryListSchema)['_zod']['output'];
export type ImportResult = (typeof ImportResultSchema)['_zod']['output'];
/** What the create form sends: the contract's input (defaults may be left out). */
export type CategoryCreateInput = (typeof CategoryCreate)['_zod']['input'];

/** Every category as classes with their items. */
export function fetchCategoryTree(signal?: AbortSignal): Promise<CategoryList> {
  return api('/api/taxonomy/categories', { query: { view: 'tree' }, signal });
}

export function updateCategory(code: string, body: CategoryUpdate): Promise<Category> {
  return api(`/api/taxonomy/categories/${encodeURIComponent(code)}`, { method: 'PATCH', body });
}

export function createCategory(body: CategoryCreateInput): Promise<Category> {
  return api('/api/taxonomy/categories', { method: 'POST', body });
}

export function exportCategories(): Promise<CategoryTransfer[]> {
  return api('/api/taxonomy/export');
}

/** All or nothing: 422 TAXONOMY_IMPORT_INVALID carries details.items[] with each item's errors. */
export function importCategories(items: unknown[]): Promise<ImportResult> {
  return api('/api/taxonomy/import', { method: 'POST', body: items });
}
