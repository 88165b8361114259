-- Filled by packages/db/scripts/taxonomy-seed.ts (generated; do not edit by hand)
SELECT 1;
