/** To be built: see the learning issue. */
export function LessonPage() {
  return null;
}
