import { parentPort } from 'node:worker_threads';
import { startContactRegisterStandin } from '../src/documents/channel/standin-contact-register';
import { startMailboxStandin } from '../src/documents/channel/standin-mailbox';

const krr = await startContactRegisterStandin();
const mailbox = await startMailboxStandin();
parentPort?.on('message', async (m: string) => {
  if (m === 'count') parentPort?.postMessage({ messages: mailbox.messages.size });
  if (m === 'close') {
    await krr.close();
    await mailbox.close();
    parentPort?.postMessage({ closed: true });
    parentPort?.close();
  }
});
parentPort?.postMessage({ krr: krr.url, mailbox: mailbox.url });
