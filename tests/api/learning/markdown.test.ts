import { markdownCache, renderMarkdown } from '../../../api/src/modules/learning/markdown';

/** A lesson body of about `chars` characters, different for each `n`. */
const body = (n: number, chars: number): string =>
  `# Bagian ${n}\n\n${`Paragraf tentang **pelayanan publik** nomor ${n}, dengan [tautan](https://sidoarjokab.go.id/${n}).\n\n`.repeat(Math.ceil(chars / 90))}`;

/** What a kept text is counted at (markdown.ts): its Markdown and HTML at two bytes a unit, and 64 for the entry. */
const bytes = (source: string, html: string) => 64 + 2 * (source.length + html.length);

describe('renderMarkdown', () => {
  it('renders and sanitises as before, the same HTML on every read', () => {
    const samples = [
      '# Judul\n\nTeks **tebal** dan _miring_.',
      '<script>alert(1)</script>\n\n[klik](javascript:alert(1)) dan [situs](https://sidoarjokab.go.id)',
      '![Piksel](https://pelacak.example/p.gif)',
      '',
    ];
    const expected = [
      '<h1>Judul</h1>\n<p>Teks <strong>tebal</strong> dan <em>miring</em>.</p>\n',
      '\n<p>[klik](javascript:alert(1)) dan <a href="https://sidoarjokab.go.id" rel="noopener noreferrer nofollow" target="_blank">situs</a></p>\n',
      '<p><a href="https://pelacak.example/p.gif" rel="noopener noreferrer nofollow" target="_blank">Piksel</a></p>\n',
      '',
    ];
    expect(samples.map(renderMarkdown)).toEqual(expected);
    // Read again (now from memory), and through a cache too small to keep anything (rendered each time).
    expect(samples.map(renderMarkdown)).toEqual(expected);
    const keepsNothing = markdownCache(1);
    expect(samples.map((s) => keepsNothing.render(s))).toEqual(expected);
    expect(keepsNothing.cache.size).toBe(0);
  });

  it('keeps a rendered text by its Markdown; an edited text renders anew', () => {
    const { render, cache } = markdownCache(1024 * 1024);
    expect(render('Langkah **satu**')).toBe('<p>Langkah <strong>satu</strong></p>\n');
    expect(cache.get('Langkah **satu**')).toBe('<p>Langkah <strong>satu</strong></p>\n');
    expect(render('Langkah **dua**')).toBe('<p>Langkah <strong>dua</strong></p>\n');
    expect(render('Langkah **satu**')).toBe('<p>Langkah <strong>satu</strong></p>\n');
    expect([...cache.keys()].sort()).toEqual(['Langkah **dua**', 'Langkah **satu**']);
  });

  it('keeps no more than its bound in bytes, dropping the least recently read texts first', () => {
    const lessons = [1, 2, 3, 4, 5].map((n) => body(n, 20_000));
    const sizes = lessons.map((l) => bytes(l, renderMarkdown(l)));
    // Room for three of these lessons, not four.
    const bound = sizes[0] + sizes[1] + sizes[2] + Math.floor(sizes[3] / 2);
    const { render, cache } = markdownCache(bound);
    lessons.slice(0, 3).forEach(render);
    expect(cache.size).toBe(3);
    expect(cache.calculatedSize).toBe(sizes[0] + sizes[1] + sizes[2]);
    render(lessons[0]); // read again: now the most recent
    render(lessons[3]);
    expect(cache.has(lessons[1])).toBe(false);
    expect([lessons[0], lessons[2], lessons[3]].every((l) => cache.has(l))).toBe(true);
    expect(cache.calculatedSize).toBeLessThanOrEqual(bound);
    // Many short question texts fit where one more lesson would not.
    const questions = Array.from({ length: 200 }, (_, i) => `Pertanyaan **${i}**?`);
    questions.forEach(render);
    expect(questions.every((q) => cache.has(q))).toBe(true);
    expect(cache.calculatedSize).toBeLessThanOrEqual(bound);
    // A text larger than the whole bound is rendered, and not kept.
    const huge = body(6, 100_000);
    expect(render(huge)).toBe(renderMarkdown(huge));
    expect(cache.has(huge)).toBe(false);
    expect(cache.calculatedSize).toBeLessThanOrEqual(bound);
  });
});
