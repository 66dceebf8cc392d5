/** Lesson text's headings, re-levelled to sit below the lesson page's title (client code without a browser). */

// The client is an ES module package: typed as one, and loaded at run time from this CommonJS test.
type Outline = typeof import('../../client/src/modules/learning/components/outlineHeadings.js', { with: { 'resolution-mode': 'import' } });
const MODULE_PATH = '../../client/src/modules/learning/components/outlineHeadings';

let outlineHeadings: Outline['outlineHeadings'];
beforeAll(async () => {
  ({ outlineHeadings } = (await import(MODULE_PATH)) as Outline);
});

/** The heading levels of some HTML, in order. */
const levels = (html: string) => [...html.matchAll(/<h(\d)/g)].map((m) => Number(m[1]));

describe('lesson headings', () => {
  it('starts below the page title, whatever level the author began with', () => {
    expect(outlineHeadings('<h3>Agar data terpakai</h3><p>Teks</p>')).toBe('<h2>Agar data terpakai</h2><p>Teks</p>');
    expect(outlineHeadings('<h1 id="judul">Judul</h1>')).toBe('<h2 id="judul">Judul</h2>');
  });

  it('never skips a level going deeper, and comes back up to the level it left', () => {
    const html = '<h1>A</h1><h4>A.1</h4><h6>A.1.a</h6><h4>A.2</h4><h2>B</h2><h1>C</h1>';
    expect(levels(outlineHeadings(html))).toEqual([2, 3, 4, 3, 3, 2]);
  });

  it('keeps the text, attributes and closing tags of each heading', () => {
    const html = '<h3 class="x">Satu <em>Data</em></h3>\n<h5>Rinci</h5>';
    expect(outlineHeadings(html)).toBe('<h2 class="x">Satu <em>Data</em></h2>\n<h3>Rinci</h3>');
  });

  it('stops at h6 and leaves text without headings alone', () => {
    const deep = Array.from({ length: 7 }, (_, i) => `<h${Math.min(6, i + 1)}>${i}</h${Math.min(6, i + 1)}>`).join('');
    expect(levels(outlineHeadings(deep))).toEqual([2, 3, 4, 5, 6, 6, 6]);
    expect(outlineHeadings('<p>h1 is not a tag here: <code>&lt;h1&gt;</code></p>')).toBe(
      '<p>h1 is not a tag here: <code>&lt;h1&gt;</code></p>',
    );
  });
});
