/** Accessibility of the pages supervisors, the career committee and administrators reach (learners and trainers: accessibility-learning.test.ts). */
import { accessibilitySweep } from './support/accessibility-sweep';

const { path, sweep, navigation } = accessibilitySweep();

describe('accessibility: no critical or serious axe-core violations', () => {
  it('on every page a supervisor reaches, the plan to review and an employee included', async () => {
    const nav = await navigation('pengawas');
    expect(nav).toContain('/pegawai');
    expect(await sweep('pengawas', [...nav, path('plan'), path('employee'), path('employeeCompetencies')])).toEqual({});
  });

  it('on every page the career committee reaches', async () => {
    const nav = await navigation('komite');
    expect(nav).toContain('/rencana');
    expect(nav).toContain('/komite/pencarian');
    const purpose = encodeURIComponent('Rapat Baperjakat Desember');
    const search = `/komite/pencarian?q=${encodeURIComponent(JSON.stringify({ competencies: [] }))}&tujuan=${purpose}`;
    const history = `${path('employee').replace('/pegawai/', '/komite/pegawai/')}?tujuan=${purpose}`;
    expect(await sweep('komite', [...nav, path('employee'), search, history])).toEqual({});
    expect(await sweep('komite', [search, history], 375)).toEqual({});
  });

  it('on every page an administrator reaches', async () => {
    const nav = await navigation('admin');
    expect(nav).toEqual(expect.arrayContaining(['/admin/opd', '/admin/impor-pegawai', '/admin/referensi', '/pegawai']));
    expect(await sweep('admin', [...nav, path('employee'), path('position'), path('competency')])).toEqual({});
  });
});
