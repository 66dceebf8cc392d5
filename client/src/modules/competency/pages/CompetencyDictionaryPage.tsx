/** To be built: see the competency issue. */
export function CompetencyDictionaryPage() {
  return null;
}
