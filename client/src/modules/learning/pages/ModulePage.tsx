/** To be built: see the learning issue. */
export function ModulePage() {
  return null;
}
