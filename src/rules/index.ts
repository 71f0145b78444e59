/** The rules engine's public surface. */
export { type CalcResponse, calculate, calculateChecked } from './calculate';
export {
  EXPLAIN_LANGUAGES,
  type ExplainedCondition,
  type ExplainLanguage,
  type Explanation,
  explain,
} from './explain';
export { ParameterMissingError } from './parameters/g';
export {
  BENEFITS,
  type Benefit,
  CalcRequest,
  type CalcRequestInput,
  type FieldError,
  parseCalcRequest,
} from './request';
export type { TraceStep } from './trace';
