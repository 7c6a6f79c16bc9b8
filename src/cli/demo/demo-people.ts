import type { ChatRole, SellRole, SupportRole } from '../../platform/identity/roles.ts';

export const DEMO_SUBDOMAIN = 'demo';
export const DEMO_OWNER_EMAIL = 'owner@demo.test';
export const DEMO_PASSWORD = 'demo-password';

export type DemoPerson = {
  key: string;
  name: string;
  email: string;
  sellRole: SellRole;
  sellFullAccess?: boolean;
  /** key of the manager, for the three-level sales hierarchy */
  reportsTo?: string;
  chatRole: ChatRole;
  supportRole: SupportRole;
  deactivated?: boolean;
};

/**
 * The demo account's people: a VP of Sales over two sales managers over their reps (three levels),
 * agents who are also reps, agents with no Sell seat, product admins, and one deactivated rep.
 */
export const DEMO_PEOPLE: DemoPerson[] = [
  { key: 'vp', name: 'Valeria Park', email: 'vp@demo.test', sellRole: 'user', sellFullAccess: true, chatRole: 'none', supportRole: 'none' },
  { key: 'mgr-east', name: 'Marcus Eastwood', email: 'marcus@demo.test', sellRole: 'user', reportsTo: 'vp', chatRole: 'agent', supportRole: 'none' },
  { key: 'mgr-west', name: 'Hana Nishida', email: 'hana@demo.test', sellRole: 'user', reportsTo: 'vp', chatRole: 'none', supportRole: 'none' },
  { key: 'rep-ana', name: 'Ana Costa', email: 'ana@demo.test', sellRole: 'user', reportsTo: 'mgr-east', chatRole: 'agent', supportRole: 'none' },
  { key: 'rep-ben', name: 'Ben Okafor', email: 'ben@demo.test', sellRole: 'user', reportsTo: 'mgr-east', chatRole: 'none', supportRole: 'none' },
  { key: 'rep-yuki', name: 'Yuki Tanaka', email: 'yuki@demo.test', sellRole: 'user', reportsTo: 'mgr-west', chatRole: 'agent', supportRole: 'none' },
  { key: 'rep-leo', name: 'Leo Brandt', email: 'leo@demo.test', sellRole: 'user', reportsTo: 'mgr-west', chatRole: 'none', supportRole: 'none', deactivated: true },
  { key: 'sell-admin', name: 'Sofia Admin', email: 'sellops@demo.test', sellRole: 'admin', chatRole: 'none', supportRole: 'none' },
  { key: 'chat-admin', name: 'Chen Wei', email: 'chatlead@demo.test', sellRole: 'none', chatRole: 'admin', supportRole: 'admin' },
  { key: 'agent-1', name: 'Priya Shah', email: 'priya@demo.test', sellRole: 'none', chatRole: 'agent', supportRole: 'agent' },
  { key: 'agent-2', name: 'Tomás Ruiz', email: 'tomas@demo.test', sellRole: 'none', chatRole: 'agent', supportRole: 'none' },
];
