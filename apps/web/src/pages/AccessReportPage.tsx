/** Placeholder until the page lands (issue 6). */
export default function AccessReportPage() {
  return null;
}
