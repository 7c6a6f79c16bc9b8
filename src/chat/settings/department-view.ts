import type { DepartmentRow } from '../chat-tables.ts';

export type DepartmentView = { id: number; name: string; description: string; enabled: boolean; memberIds: number[] };

export function toDepartmentView(d: DepartmentRow, memberIds: number[]): DepartmentView {
  return { id: d.id, name: d.name, description: d.description, enabled: d.enabled === 1, memberIds };
}
