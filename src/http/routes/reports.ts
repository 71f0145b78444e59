/** Report routes: key figures. (Being built.) */
import type { KassaApp } from '../app';
import type { AppContext } from '../context';

export async function reportRoutes(_app: KassaApp, _ctx: AppContext) {}
