import type MarkdownIt from 'markdown-it';
import type sanitizeHtml from 'sanitize-html';
import { markdownIt, sanitizer } from '../../common/heavy-libraries';

/** An uploaded file of this server: the only images a lesson shows. */
const OWN_FILE = /^\/files\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LINK_ATTRIBUTES = { rel: 'noopener noreferrer nofollow', target: '_blank' };

/**
 * An image from another site would tell that site who read the lesson and when (a tracking
 * pixel): it becomes a link to the image, named by its alt text, which loads nothing until
 * clicked. Uploaded files (`/files/<id>`) stay images.
 */
const imageTransform: sanitizeHtml.Transformer = (_tagName, attribs) => {
  const src = attribs.src ?? '';
  if (OWN_FILE.test(src))
    return { tagName: 'img', attribs: { src, ...(attribs.alt && { alt: attribs.alt }), ...(attribs.title && { title: attribs.title }) } };
  return { tagName: 'a', attribs: { href: src, ...LINK_ATTRIBUTES }, text: attribs.alt || src };
};

/**
 * Everything markdown-it emits passes this allow-list: scripts, styles, iframes and event
 * handlers are dropped (script contents too), links open safely in a new tab, images come from
 * this server only, and protocol-relative URLs (`//host/…`) are dropped.
 */
const sanitizeOptions = (simpleTransform: typeof sanitizeHtml.simpleTransform): sanitizeHtml.IOptions => ({
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'pre',
    'code',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    's',
    'del',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'title'], th: ['style'], td: ['style'], ol: ['start'] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  transformTags: {
    a: simpleTransform('a', LINK_ATTRIBUTES),
    img: imageTransform,
  },
});

/** The renderer and the sanitizer, made on the first lesson rendered. */
let made: { markdown: MarkdownIt; sanitize: typeof sanitizeHtml; options: sanitizeHtml.IOptions } | undefined;

/** Markdown of a lesson as HTML that is safe to put in the page. */
export function renderMarkdown(source: string): string {
  if (!made) {
    const sanitize = sanitizer();
    const MarkdownIt = markdownIt();
    // Authors may mix simple HTML into Markdown; markdown-it also refuses javascript: links.
    const markdown = new MarkdownIt({ html: true, linkify: true, typographer: true, breaks: false });
    made = { markdown, sanitize, options: sanitizeOptions(sanitize.simpleTransform) };
  }
  return made.sanitize(made.markdown.render(source), made.options);
}
