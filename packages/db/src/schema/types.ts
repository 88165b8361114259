import { customType } from 'drizzle-orm/pg-core';

/**
 * PostGIS and ltree columns. drizzle's built-in geometry() drops the SRID (STACK-NOTES §2), so the
 * DDL is declared here and geometry is always written and read through explicit SQL
 * (ST_GeomFromGeoJSON / ST_AsGeoJSON) in the repositories.
 */
export const multiPolygon4326 = customType<{ data: string; driverData: string }>({
  dataType: () => 'geometry(MultiPolygon,4326)',
});
export const polygon4326 = customType<{ data: string; driverData: string }>({
  dataType: () => 'geometry(Polygon,4326)',
});
export const point4326 = customType<{ data: string; driverData: string }>({
  dataType: () => 'geometry(Point,4326)',
});
export const ltree = customType<{ data: string; driverData: string }>({
  dataType: () => 'ltree',
});
