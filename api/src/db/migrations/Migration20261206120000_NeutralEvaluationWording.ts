import { Migration } from '@mikro-orm/migrations';

/** Old and new wording of the default statements that spoke of a module (id, module wording, neutral wording). */
const WORDING: [string, string, string][] = [
  ['relevan', 'Materi modul relevan dengan pekerjaan saya.', 'Materi kegiatan belajar ini relevan dengan pekerjaan saya.'],
  ['tujuan', 'Tujuan pembelajaran modul jelas dan tercapai.', 'Tujuan kegiatan belajar ini jelas dan tercapai.'],
  ['waktu', 'Waktu dan beban belajar sesuai dengan JP modul.', 'Waktu dan beban belajar sesuai dengan JP kegiatan belajar ini.'],
  ['rekomendasi', 'Saya akan merekomendasikan modul ini kepada rekan kerja.', 'Saya akan merekomendasikan kegiatan belajar ini kepada rekan kerja.'],
];

/** Rewrites the statements still worded as `from` to `to`, keeping any an administrator reworded. */
function reword(pairs: [string, string, string][]): string {
  const values = pairs.map(([id, from, to]) => `('${id}', '${from}', '${to}')`).join(', ');
  return `update "evaluation_template" t set "items" = (
    select jsonb_agg(case when w.id is null then i.item else jsonb_set(i.item, '{text}', to_jsonb(w.to_text)) end order by i.n)
    from jsonb_array_elements(t."items") with ordinality as i(item, n)
    left join (values ${values}) as w(id, from_text, to_text) on w.id = i.item->>'id' and w.from_text = i.item->>'text'
  ) where t."key" = 'default';`;
}

/** The default evaluation statements speak of "kegiatan belajar ini", which fits a module and a community group. */
export class Migration20261206120000_NeutralEvaluationWording extends Migration {
  override async up(): Promise<void> {
    this.addSql(reword(WORDING));
  }

  override async down(): Promise<void> {
    this.addSql(reword(WORDING.map(([id, from, to]) => [id, to, from])));
  }
}
