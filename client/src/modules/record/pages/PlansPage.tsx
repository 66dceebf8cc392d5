/** To be built: see the competency issue. */
export function PlansPage() {
  return null;
}
