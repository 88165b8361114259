/** Placeholder until the page lands (issue 6). */
export default function PersonFormPage(_props: { id?: string }) {
  return null;
}
