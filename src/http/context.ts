/** The application context, defined by the platform; routes import it from here. */
export type { AppContext } from '../platform/context';
