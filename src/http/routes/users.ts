/** User and role administration routes. (Being built.) */
import type { KassaApp } from '../app';
import type { AppContext } from '../context';

export async function userRoutes(_app: KassaApp, _ctx: AppContext) {}
