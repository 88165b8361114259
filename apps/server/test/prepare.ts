import { demoSnapshot, ensureTemplate } from './test-database.ts';

const started = Date.now();
if (process.env.DATABASE_URL) await ensureTemplate(process.env.DATABASE_URL);
else await demoSnapshot();
process.stdout.write(`Test databases ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
