export {
  communityPath,
  DEMO_COMMUNITIES,
  DEMO_DISTRICT,
  DEMO_SUBDISTRICT,
  gridPath,
  microGridPath,
  SUBDISTRICT_PATH,
} from './constants.ts';
export { DEMO_DEPARTMENTS } from './departments.ts';
export {
  DEFAULT_LAYOUT_SEED,
  DEMO_BOUNDS,
  type DemoLayout,
  generateLayout,
  type LayoutBuilding,
  type LayoutCommunity,
  type LayoutGrid,
  type LayoutMicroGrid,
} from './layout.ts';
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from './logins.ts';
export { type DemoSummary, seedDemo } from './seed.ts';
