import type { User } from '../../ui/types';

export interface ManagerTreeNode {
  user: User;
  /** True for people without a manager, shown under the topmost manager. */
  withoutManager: boolean;
  reports: ManagerTreeNode[];
}

export interface ManagerTree {
  /** The topmost manager; null if the account has none to show. */
  root: ManagerTreeNode | null;
  /** Only used when there is no topmost manager: the people at the top. */
  orphans: ManagerTreeNode[];
}

const byName = (a: User, b: User) => a.name.localeCompare(b.name);

/**
 * Builds the Sell reporting tree from `reportsToId`. People with no manager (or a
 * manager outside the tree) hang under the topmost manager. Loops cannot come from
 * the server, but are cut rather than followed forever.
 */
export function buildManagerTree(users: readonly User[], topmostId: number | null): ManagerTree {
  const topmost = topmostId === null ? undefined : users.find((user) => user.id === topmostId);
  const members = users.filter(
    (user) => user.id === topmost?.id || (user.active && user.sellRole !== 'none'),
  );
  const memberIds = new Set(members.map((user) => user.id));
  const placed = new Set<number>();

  const reportsOf = (managerId: number) =>
    members.filter((user) => user.reportsToId === managerId && user.id !== topmost?.id).sort(byName);

  const grow = (user: User, withoutManager: boolean): ManagerTreeNode => {
    placed.add(user.id);
    const reports = reportsOf(user.id)
      .filter((report) => !placed.has(report.id))
      .map((report) => grow(report, false));
    return { user, withoutManager, reports };
  };

  const hasNoManager = (user: User) =>
    user.id !== topmost?.id && (user.reportsToId === null || !memberIds.has(user.reportsToId));

  const top: ManagerTreeNode[] = [];
  const root = topmost ? grow(topmost, false) : null;
  const attach = (node: ManagerTreeNode) => (root ? root.reports.push(node) : top.push(node));
  const unplaced = () => members.filter((user) => !placed.has(user.id)).sort(byName);
  for (const user of unplaced().filter(hasNoManager)) {
    if (!placed.has(user.id)) attach(grow(user, true));
  }
  // Anyone still left sits in a loop: show them at the top level too.
  for (const user of unplaced()) {
    if (!placed.has(user.id)) attach(grow(user, true));
  }
  return { root, orphans: top };
}
