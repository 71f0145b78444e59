import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

/** The environment (production or training) and version; public, asked once per page load. */
export function useMeta() {
  return useQuery({ queryKey: ['meta'], queryFn: () => api.get('/api/meta'), staleTime: Infinity });
}
