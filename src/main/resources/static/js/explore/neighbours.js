// The neighbours of a node from the API, for expanding (expand.js) and for grouping (groups.js).
import { api } from '../shell/api.js';

/** The most one expansion adds (the API's own cap). */
export const MOST = 2000;

/** The neighbours of a node (of one relationship type and direction, or all), at most `limit` within the API's cap. */
export function neighbours(id, { type = '', direction = 'both', limit }) {
  const params = new URLSearchParams({ id, limit: String(Math.min(limit, MOST)), direction });
  if (type) params.set('types', type);
  return api.get(`/api/graph/neighbourhood?${params}`);
}
