/** Exactly one channel per letter: digital only with an active mailbox and no reservation. Pure. */
import type { Channel } from '../tables';
import type { KrrPerson } from './contact-register';

export interface ChannelChoice {
  channel: Channel;
  mailboxAddress: string | null;
  /** Why paper, for the archive and the UI. */
  reason: 'mailbox' | 'own_choice' | 'reserved' | 'no_mailbox' | 'not_registered' | 'estate';
}

export function chooseChannel(input: {
  paperChosen: boolean;
  deceased: boolean;
  krr: KrrPerson | undefined;
}): ChannelChoice {
  const paper = (reason: ChannelChoice['reason']): ChannelChoice => ({
    channel: 'paper',
    mailboxAddress: null,
    reason,
  });
  // A letter to an estate goes on paper: the deceased's mailbox is no longer read.
  if (input.deceased) return paper('estate');
  if (input.paperChosen) return paper('own_choice');
  const k = input.krr;
  if (k?.status !== 'AKTIV') return paper('not_registered');
  if (k.reservasjon === 'JA') return paper('reserved');
  if (!k.digitalpost) return paper('no_mailbox');
  return { channel: 'digital', mailboxAddress: k.digitalpost.postkasseadresse, reason: 'mailbox' };
}
