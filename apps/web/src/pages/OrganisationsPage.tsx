/** Placeholder until the page lands (issue 6). */
export default function OrganisationsPage() {
  return null;
}
