const HEADING_TAG = /<(\/?)h([1-6])\b([^>]*)>/gi;

/**
 * Re-levels the headings of lesson HTML to fit under the page's own heading: the first becomes
 * `<h{top}>`, a deeper one is at most one level below the one before it, and a shallower one takes
 * the level of the last heading it is not deeper than. Authors write "###" for a first heading as
 * often as "#"; screen readers navigate by these levels, so the outline must not skip any.
 */
export function outlineHeadings(html: string, top = 2): string {
  const stack: { written: number; shown: number }[] = [];
  let shown = top;
  return html.replace(HEADING_TAG, (_tag, closing: string, level: string, attributes: string) => {
    if (closing) return `</h${shown}>`;
    const written = Number(level);
    while (stack.length && stack[stack.length - 1].written >= written) stack.pop();
    shown = Math.min(6, stack.length ? stack[stack.length - 1].shown + 1 : top);
    stack.push({ written, shown });
    return `<h${shown}${attributes}>`;
  });
}
