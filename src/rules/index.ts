/** The rules engine's public surface. */
export { type CalcResponse, calculate } from './calculate';
export {
  BENEFITS,
  type Benefit,
  CalcRequest,
  type CalcRequestInput,
  type FieldError,
  parseCalcRequest,
} from './request';
export type { TraceStep } from './trace';
