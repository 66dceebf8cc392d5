import { Box } from '@mui/material';
import { type Ref, useMemo } from 'react';
import { outlineHeadings } from './outlineHeadings';

/**
 * Lesson text as the server rendered it. The HTML comes sanitised from the API (`bodyHtml`,
 * `markdownPreview`), so it is set as is, its headings re-levelled to sit below the page's title;
 * the Markdown source is never rendered here.
 */
export function LessonBody({ html, ref, label }: { html: string; ref?: Ref<HTMLDivElement>; label?: string }) {
  const outlined = useMemo(() => outlineHeadings(html), [html]);
  return (
    <Box
      ref={ref}
      aria-label={label}
      data-testid="lesson-body"
      sx={{
        typography: 'body1',
        lineHeight: 1.7,
        overflowWrap: 'anywhere',
        '& > :first-of-type': { mt: 0 },
        '& h1': { typography: 'h1', mt: 3, mb: 1.5 },
        '& h2': { typography: 'h2', mt: 3, mb: 1.5 },
        '& h3, & h4, & h5, & h6': { typography: 'h3', mt: 2.5, mb: 1 },
        '& p': { my: 1.5 },
        '& ul, & ol': { pl: 3 },
        '& li': { my: 0.5 },
        '& a': { color: 'primary.main' },
        '& img': { maxWidth: '100%', height: 'auto', borderRadius: 1 },
        '& blockquote': { m: 0, my: 2, pl: 2, borderLeft: 4, borderColor: 'divider', color: 'text.secondary' },
        '& code': { fontFamily: 'monospace', fontSize: '0.9em', bgcolor: 'action.hover', px: 0.5, borderRadius: 0.5 },
        '& pre': { bgcolor: 'action.hover', p: 1.5, borderRadius: 1, overflowX: 'auto', '& code': { bgcolor: 'transparent', p: 0 } },
        '& table': { display: 'block', overflowX: 'auto', borderCollapse: 'collapse', my: 2, maxWidth: '100%' },
        // A table scrolls sideways rather than breaking its words mid-word: the text's `anywhere`
        // wrapping would let cells shrink to a letter or two on a phone.
        '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: 0.5, overflowWrap: 'normal', minWidth: '6em', verticalAlign: 'top' },
        '& th': { bgcolor: 'action.hover' },
        '& hr': { border: 0, borderTop: 1, borderColor: 'divider', my: 3 },
      }}
      dangerouslySetInnerHTML={{ __html: outlined }}
    />
  );
}
