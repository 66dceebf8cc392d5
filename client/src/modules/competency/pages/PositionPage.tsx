/** To be built: see the competency issue. */
export function PositionPage() {
  return null;
}
