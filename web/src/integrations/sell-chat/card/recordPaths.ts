/** Where a record opens in Sell. */
export function sellRecordPath(type: 'lead' | 'contact' | 'deal', id: number): string {
  return `/sell/${type === 'lead' ? 'leads' : type === 'contact' ? 'contacts' : 'deals'}/${id}`;
}
