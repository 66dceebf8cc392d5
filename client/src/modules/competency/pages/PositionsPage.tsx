/** To be built: see the competency issue. */
export function PositionsPage() {
  return null;
}
