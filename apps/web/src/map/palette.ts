/** Map colours, shared by the layers and the legend. */
export const PALETTE = {
  background: '#eef1f5',
  basicFill: '#3b82f6',
  basicLine: '#1d4ed8',
  exclusiveFill: '#f59e0b',
  exclusiveLine: '#b45309',
  community: '#1e293b',
  microGrid: '#475569',
  building: '#334155',
  problem: '#e11d48',
} as const;

// Text on the map is drawn with local fonts (no glyph server is needed, so it works offline).
export const MAP_FONT_FAMILY = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
