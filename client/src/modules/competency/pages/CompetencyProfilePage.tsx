/** To be built: see the competency issue. */
export function CompetencyProfilePage() {
  return null;
}
