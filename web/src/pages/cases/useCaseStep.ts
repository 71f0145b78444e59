/** A step on the case (take, advance, hold, …) as a mutation; the answer is the case as it now is. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CaseDetail, type CaseStep, casesApi, type StepCall } from '../../api/cases';

export function useCaseStep(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (call: StepCall): Promise<CaseDetail> => {
      if (call.step === 'conditions') {
        await casesApi.conditions(id, call.body);
        return casesApi.get(id);
      }
      if (call.step === 'calculations') {
        await casesApi.calculate(id, call.body ?? {});
        return casesApi.get(id);
      }
      return casesApi.step(id, call.step as CaseStep, (call.body ?? {}) as never);
    },
    onSuccess: (c) => {
      qc.setQueryData(['case', String(id)], c);
      void qc.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}
