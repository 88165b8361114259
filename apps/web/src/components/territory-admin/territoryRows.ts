import type { TerritoryMap } from '@wangge/contracts';

export type GridRow = TerritoryMap['grids']['features'][number]['properties'];
export type MicroGridRow = TerritoryMap['microGrids']['features'][number]['properties'] & {
  gridName: string;
};
export type BuildingRow = TerritoryMap['buildings']['features'][number]['properties'] & { gridName: string };

/** Case-insensitive match of the search text in any of the fields (an empty search matches all). */
export function matches(query: string, ...fields: string[]): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || fields.some((field) => field.toLowerCase().includes(q));
}

/** The rows of the three tables: everything in the division, or the selected grid's. */
export function territoryRows(data: TerritoryMap, selectedGrid: string | null) {
  const gridName = new Map(data.grids.features.map((f) => [f.properties.code, f.properties.name]));
  const inGrid = (code: string) => selectedGrid === null || code === selectedGrid;
  return {
    grids: data.grids.features.map((f) => f.properties),
    microGrids: data.microGrids.features
      .filter((f) => inGrid(f.properties.gridCode))
      .map((f) => ({
        ...f.properties,
        gridName: gridName.get(f.properties.gridCode) ?? f.properties.gridCode,
      })),
    buildings: data.buildings.features
      .filter((f) => inGrid(f.properties.gridCode))
      .map((f) => ({
        ...f.properties,
        gridName: gridName.get(f.properties.gridCode) ?? f.properties.gridCode,
      })),
  };
}
