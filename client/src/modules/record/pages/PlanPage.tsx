/** To be built: see the competency issue. */
export function PlanPage() {
  return null;
}
