/**
 * Pension cases over the API (contracts/cases.md), typed by the generated OpenAPI document: the
 * calls the case pages make and names for their answers. The vocabularies (types, statuses,
 * stages, error categories) are the server's own lists.
 */
import {
  CASE_STATUSES,
  CASE_TYPES,
  type CaseSource,
  type CaseStatus,
  type CaseType,
  ERROR_CATEGORIES,
  type ErrorCategory,
  WORK_STAGES,
  type WorkStage,
} from '../../../src/cases/tables';
import { type Answer, api, type Body, type CallOptions } from './client';

export {
  CASE_STATUSES,
  CASE_TYPES,
  type CaseSource,
  type CaseStatus,
  type CaseType,
  ERROR_CATEGORIES,
  type ErrorCategory,
  WORK_STAGES,
  type WorkStage,
};

/** The working stages in order, as the checklist shows them. */
export const STAGES: CaseStatus[] = [
  'received',
  'preparing',
  'assessing',
  'calculating',
  'awaiting_approval',
  'decided',
];

export type CaseList = Answer<'/api/cases'>;
export type CaseSummary = CaseList['items'][number];
export type CaseDetail = Answer<'/api/cases/{id}'>;
export type Calculation = CaseDetail['calculations'][number];
export type CaseStatistics = Answer<'/api/cases/statistics'>;
export type CaseListQuery = NonNullable<CallOptions<'/api/cases', 'get'>['query']>;
export type NewCase = Body<'/api/cases', 'post'>;

/** The steps whose answer is the case as it now is: POST /api/cases/{id}/<step>. */
export type CaseStep =
  | 'take'
  | 'assign'
  | 'advance'
  | 'hold'
  | 'resume'
  | 'withdraw'
  | 'reopen'
  | 'return'
  | 'service-history'
  | 'decision'
  | 'approve'
  | 'time';
type StepPath<S extends CaseStep> = `/api/cases/{id}/${S}`;

/** A step with its body, as the route of that step takes it. */
export type StepCall =
  | { [S in CaseStep]: { step: S; body?: Body<StepPath<S>, 'post'> } }[CaseStep]
  | { step: 'conditions'; body: Body<'/api/cases/{id}/conditions', 'post'> }
  | { step: 'calculations'; body?: Body<'/api/cases/{id}/calculations', 'post'> };

export const casesApi = {
  list: (query: CaseListQuery) => api.get('/api/cases', { query }),
  get: (id: number | string) => api.get('/api/cases/{id}', { path: { id } }),
  settings: () => api.get('/api/cases/settings'),
  statistics: (query: NonNullable<CallOptions<'/api/cases/statistics', 'get'>['query']>) =>
    api.get('/api/cases/statistics', { query }),
  create: (body: NewCase) => api.post('/api/cases', body),
  /** A step on the case (take, advance, decision, approve, …): answers the case as it now is. */
  step: <S extends CaseStep>(id: number, step: S, body: Body<StepPath<S>, 'post'>): Promise<CaseDetail> =>
    // one call for every step: the path is one of the document's, chosen by `step`
    api.post(`/api/cases/{id}/${step}` as StepPath<'take'>, body as never, { path: { id } }),
  conditions: (id: number, body: Body<'/api/cases/{id}/conditions', 'post'>) =>
    api.post('/api/cases/{id}/conditions', body, { path: { id } }),
  calculate: (id: number, body: Body<'/api/cases/{id}/calculations', 'post'> = {}) =>
    api.post('/api/cases/{id}/calculations', body, { path: { id } }),
};
