/** Placeholder: being built. */
export default function CaseDetailPage(_props: { id: string }) {
  return null;
}
