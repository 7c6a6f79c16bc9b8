import { useParams } from 'react-router-dom';

/** The record id in the address, or null when it is not a positive whole number. */
export function useRouteRecordId(): number | null {
  const { id } = useParams();
  const value = Number(id);
  return Number.isInteger(value) && value > 0 ? value : null;
}
