import { useQuery } from '@tanstack/react-query';
import { getJson } from '../api/client';
import { Meta } from '../api/schemas';

/** The environment (production or training) and version; public, asked once per page load. */
export function useMeta() {
  return useQuery({ queryKey: ['meta'], queryFn: () => getJson('/api/meta', Meta), staleTime: Infinity });
}
