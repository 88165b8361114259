/** Placeholder until the page lands (issue 6). */
export default function VisitSchedulePage() {
  return null;
}
