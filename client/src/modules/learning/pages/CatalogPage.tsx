/** To be built: see the learning issue. */
export function CatalogPage() {
  return null;
}
