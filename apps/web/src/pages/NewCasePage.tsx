/** Placeholder: being built. */
export default function NewCasePage() {
  return null;
}
