/** Contracts of the statistics (leader dashboard) API. */
export {};
