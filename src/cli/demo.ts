/** Demo data for `npm start`: demo users and a synthetic population, loaded on first start. (Being built.) */
import type { AppContext } from '../http/context';

export async function seedDemo(_ctx: AppContext): Promise<void> {}
