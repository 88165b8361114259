export { type CategorySnapshot, categorySnapshot, invalidateCategories } from './category-cache.ts';
export type { SuggestedCategory } from './classify.ts';
export { suggestCategories } from './classify.ts';
export { loadCategory } from './load-category.ts';
export { CATEGORY_IMPORT_MESSAGES, TaxonomyErrors } from './taxonomy.errors.ts';
export { taxonomyPolicy } from './taxonomy.policy.ts';
export { taxonomyRoutes } from './taxonomy.routes.ts';
