import type { caseMapZhCN } from './caseMap.zh-CN.ts';

/** English texts of the case map page; the type keeps the keys in step with the Chinese. */
export const caseMapEn: Record<keyof typeof caseMapZhCN, string> = {
  'caseMap.title': 'Case map',
  'caseMap.filter.from': 'From',
  'caseMap.filter.to': 'To',
  'caseMap.filter.warning': 'Warning',
  'caseMap.refresh': 'Refresh',
  'caseMap.loading': 'Loading case locations…',
  'caseMap.noteSkipped': '{skipped} without a location',
  'caseMap.empty': 'No case to show on the map for these filters',
  'caseMap.loadFailed': 'Could not load the cases',
  'caseMap.territoryFailed': 'Could not load the territory map',
  'caseMap.legend.red': 'Red card',
  'caseMap.legend.yellow': 'Yellow card',
  'caseMap.legend.none': 'On time',
  'caseMap.legend.grid': 'Grid',
  'caseMap.legend.microGrid': 'Micro-grid',
  'caseMap.popup.status': 'Status',
  'caseMap.popup.warning': 'Warning',
  'caseMap.popup.hint': 'Click to open',
};
