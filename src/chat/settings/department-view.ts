import type { DepartmentView } from '../../../shared/chat/views.ts';
import type { DepartmentRow } from '../chat-tables.ts';

export type { DepartmentView };

export function toDepartmentView(d: DepartmentRow, memberIds: number[]): DepartmentView {
  return { id: d.id, name: d.name, description: d.description, enabled: d.enabled === 1, memberIds };
}
