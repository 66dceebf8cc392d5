import { LRUCache } from 'lru-cache';
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

/** The renderer and the sanitizer, made on the first text rendered. */
let made: { markdown: MarkdownIt; sanitize: typeof sanitizeHtml; options: sanitizeHtml.IOptions } | undefined;

/** Markdown as sanitised HTML, rendered every time. */
function render(source: string): string {
  if (!made) {
    const sanitize = sanitizer();
    const MarkdownIt = markdownIt();
    // Authors may mix simple HTML into Markdown; markdown-it also refuses javascript: links.
    const markdown = new MarkdownIt({ html: true, linkify: true, typographer: true, breaks: false });
    made = { markdown, sanitize, options: sanitizeOptions(sanitize.simpleTransform) };
  }
  return made.sanitize(made.markdown.render(source), made.options);
}

/**
 * The memory a kept text takes: its Markdown (the key) and its HTML, two bytes a UTF-16 unit, and
 * about 64 for the entry itself (so an empty text, too, takes some).
 */
const keptBytes = (html: string, source: string): number => 64 + 2 * (source.length + html.length);

/**
 * Rendered texts by their Markdown, the least recently read dropped first once all kept take more
 * than `maxBytes`. The output depends on the Markdown alone (one renderer, one allow-list, no
 * options), so the Markdown is the whole key: an edited text is another key and renders anew.
 */
export function markdownCache(maxBytes: number): { render(source: string): string; cache: LRUCache<string, string> } {
  const cache = new LRUCache<string, string>({ maxSize: maxBytes, sizeCalculation: keptBytes });
  return {
    cache,
    render(source) {
      let html = cache.get(source);
      if (html === undefined) {
        html = render(source);
        cache.set(source, html);
      }
      return html;
    },
  };
}

/**
 * How much rendered text the server keeps: every learner of a module reads the same lessons and
 * every learner of a quiz the same question texts, but a lesson body may be 100,000 characters, so
 * the bound is the bytes kept, not a count of texts.
 */
export const RENDERED_MAX_BYTES = 16 * 1024 * 1024;

const shared = markdownCache(RENDERED_MAX_BYTES);

/**
 * Markdown of a lesson, question, option or feedback as HTML that is safe to put in the page. Each
 * text is rendered and sanitised once, then taken from memory while it is among the most recently
 * read (`RENDERED_MAX_BYTES`).
 */
export function renderMarkdown(source: string): string {
  return shared.render(source);
}
