/** POST /api/calculations: the rules engine over HTTP. (Being built.) */
import type { KassaApp } from '../app';
import type { AppContext } from '../context';

export async function calculationRoutes(_app: KassaApp, _ctx: AppContext) {}
