/** To be built: see the learning issue. */
export function MyModulesPage() {
  return null;
}
