/** Placeholder until the page lands (issue 6). */
export default function PersonDetailPage(_props: { id: string }) {
  return null;
}
