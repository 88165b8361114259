import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: migrations are applied by the app at start (see src/migrate.ts),
// because drizzle-kit cannot load PGlite extensions (STACK-NOTES §2).
export default defineConfig({
  dialect: 'postgresql',
  extensionsFilters: ['postgis'],
  schema: './src/schema/index.ts',
  out: './migrations',
});
