/** Placeholder until the page lands (issue 6). */
export default function OrganisationDetailPage(_props: { id: string }) {
  return null;
}
