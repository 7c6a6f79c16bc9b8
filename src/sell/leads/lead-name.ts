/** How people see a lead's name: "Ana Costa", or the organization when there is no person. */
export function displayNameOfLead(lead: { first_name: string | null; last_name: string | null; organization_name: string | null }): string {
  const person = [lead.first_name, lead.last_name].filter(Boolean).join(' ');
  return person || lead.organization_name || 'Unnamed lead';
}
