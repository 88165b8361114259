/** Placeholder: being built. */
export default function CaseListPage() {
  return null;
}
