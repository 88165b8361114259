/** Placeholder until the page lands (issue 6). */
export default function RegistryImportPage() {
  return null;
}
