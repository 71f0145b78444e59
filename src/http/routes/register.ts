/** Register routes: persons, employers, memberships, employments, pensions. (Being built.) */
import type { KassaApp } from '../app';
import type { AppContext } from '../context';

export async function registerRoutes(_app: KassaApp, _ctx: AppContext) {}
