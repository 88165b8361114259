/** Placeholder until the page lands (issue 6). */
export default function BuildingRegistryPage(_props: { code: string }) {
  return null;
}
