/** A step on the case (take, advance, hold, …) as a mutation; the answer is the case as it now is. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CaseDetail, casesApi } from '../../api/cases';

export function useCaseStep(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ step, body }: { step: string; body?: unknown }): Promise<CaseDetail> => {
      if (step === 'conditions') {
        await casesApi.conditions(id, body ?? {});
        return casesApi.get(id);
      }
      if (step === 'calculations') {
        await casesApi.calculate(id, body ?? {});
        return casesApi.get(id);
      }
      return casesApi.step(id, step, body ?? {});
    },
    onSuccess: (c) => {
      qc.setQueryData(['case', String(id)], c);
      void qc.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}
