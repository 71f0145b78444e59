/** The rules engine's public surface. */
export { type CalcResponse, calculate, calculateChecked } from './calculate';
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
