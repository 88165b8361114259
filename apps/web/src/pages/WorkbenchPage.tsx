/** Placeholder: being built. */
export default function WorkbenchPage() {
  return null;
}
