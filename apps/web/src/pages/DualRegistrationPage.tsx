/** Placeholder until the page lands (issue 6). */
export default function DualRegistrationPage() {
  return null;
}
