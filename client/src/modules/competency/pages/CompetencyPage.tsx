/** To be built: see the competency issue. */
export function CompetencyPage() {
  return null;
}
