-- Filled by packages/db/scripts/calendar-seed.ts (generated; do not edit by hand)
SELECT 1;
