/**
 * The member page's tabs, in order. The chosen tab lives in the address (?fane=…). A capability
 * adds its tab with one entry here (payments: "utbetalinger", letters: "brev"); a tab shows only
 * to users holding one of its permissions.
 */
import type { ComponentType } from 'react';
import type { Person } from '../../api/types';
import type { Permission } from '../../auth/permissions';
import { MemberLetters } from '../letters/MemberLetters';
import { AccessLog } from './AccessLog';
import { Actions } from './Actions';
import { ChangeHistory } from './ChangeHistory';
import { Memberships } from './Memberships';
import { Pensions } from './Pensions';
import { Summary } from './Summary';

export interface MemberTab {
  /** In the address: /medlemmer/17?fane=<id>. */
  id: string;
  /** Message key of the tab's label. */
  label: string;
  /** Shown when the user holds any of these; no list: everyone who may open the member. */
  permissions?: Permission[];
  Component: ComponentType<{ person: Person }>;
}

export const MEMBER_TABS: MemberTab[] = [
  { id: 'oversikt', label: 'member.tabs.summary', Component: Summary },
  {
    id: 'medlemskap',
    label: 'member.tabs.memberships',
    Component: ({ person }) => <Memberships memberships={person.memberships} />,
  },
  {
    id: 'pensjoner',
    label: 'member.tabs.pensions',
    Component: ({ person }) => <Pensions memberships={person.memberships} />,
  },
  {
    id: 'handlinger',
    label: 'member.tabs.actions',
    permissions: ['calc:run', 'register:write', 'person:write'],
    Component: Actions,
  },
  {
    id: 'brev',
    label: 'letters.tab',
    permissions: ['letter:read'],
    Component: ({ person }) => <MemberLetters personId={person.id} />,
  },
  { id: 'historikk', label: 'member.tabs.history', Component: ChangeHistory },
  { id: 'tilgangslogg', label: 'member.tabs.accessLog', permissions: ['audit:read'], Component: AccessLog },
];
