/** To be built: see the learning issue. */
export function ModuleEditorPage() {
  return null;
}
