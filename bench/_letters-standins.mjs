// The stand-in contact register and mailbox provider on a thread of their own (bench/letters.ts):
// a real provider runs elsewhere, so the hand-over must not share the sender's event loop.
import { register } from 'tsx/esm/api';

register();
await import('./_letters-standins-thread.ts');
