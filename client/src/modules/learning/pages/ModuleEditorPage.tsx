import ArrowBack from '@mui/icons-material/ArrowBack';
import { Button, Stack } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { EditorReferenceQuery as EditorReferenceData, ModuleEditorFieldsFragment } from '../../../gql/graphql';
import { Cell, mergeResults, SkeletonRows } from '../../../ui/Cell';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EmptyState } from '../../../ui/EmptyState';
import { errorCode, fieldErrorList } from '../../../ui/errors';
import { withinLimits } from '../../../ui/limits';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { useLeaveGuard } from '../../../ui/useLeaveGuard';
import { useNotice } from '../../../ui/useNotice';
import { useScrollToError } from '../../../ui/useScrollToError';
import { EditorHeader, EditorNotices } from '../components/EditorHeader';
import { describeProblem, DRAFT_FIELD_INPUT, withoutEdited } from '../components/editorProblems';
import { EditorSaveBar } from '../components/EditorSaveBar';
import {
  type CompetencyDraft,
  draftTexts,
  keepKeys,
  type ModuleDraft,
  type SectionDraft,
  serialise,
  toDraft,
  toInput,
} from '../components/editorState';
import { ModuleCompetenciesCard } from '../components/ModuleCompetenciesCard';
import { ModuleDetailsCard } from '../components/ModuleDetailsCard';
import { moduleJp } from '../components/ModuleFormJpFields';
import { ModuleOutlineEditor } from '../components/ModuleOutlineEditor';
import {
  ArchiveCourseModuleMutation,
  EditorReferenceQuery,
  ModuleEditorQuery,
  PublishCourseModuleMutation,
  UpdateCourseModuleMutation,
} from '../graphql/learning';

type Module = ModuleEditorFieldsFragment;
type Reference = EditorReferenceData;

/**
 * The author's editor of a module: its details, competencies and outline in one draft, saved or
 * published at once; refusals of the server are shown at their fields until they are edited.
 */
function ModuleEditor({ module, reference, onNotice }: { module: Module; reference: Reference; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ModuleDraft>(() => toDraft(module));
  const [baseline, setBaseline] = useState(() => serialise(draft));
  const [update] = useMutation(UpdateCourseModuleMutation, { refetchQueries: ['MyCourseModules'] });
  const [publish] = useMutation(PublishCourseModuleMutation, { refetchQueries: ['MyCourseModules', 'CatalogModules'] });
  const [archive, archiving] = useMutation(ArchiveCourseModuleMutation, { refetchQueries: ['MyCourseModules', 'CatalogModules'] });
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [publishFailed, setPublishFailed] = useState(false);
  // Fields edited since the last refusal: their old error no longer holds and no longer shows.
  const [editedSinceError, setEditedSinceError] = useState<ReadonlySet<string>>(new Set());
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [archiveError, setArchiveError] = useState<unknown>(null);
  // While a lesson is dragged across sections the places change; errors keep the places they were given for.
  const [dragFrom, setDragFrom] = useState<SectionDraft[] | null>(null);

  const dirty = serialise(draft) !== baseline;
  useLeaveGuard(dirty, t('learning.editor.leaveWarning'));
  const errors = withoutEdited(pathFieldErrors(error, t, 'learning'), editedSinceError);
  // Bring a refusal into view: the list of what blocks publishing, or the first field refused
  // (lessons with errors open themselves).
  useScrollToError(error, '[data-testid="publish-problems"]');
  const problems =
    publishFailed && errorCode(error) === 'BAD_USER_INPUT'
      ? fieldErrorList(error).filter((p) => !editedSinceError.has(p.field.replace(/^input\./, '')))
      : [];
  const errorPlaces = dragFrom ?? draft.sections;
  // Only what the draft itself gets wrong blocks saving: a refusal from the server stays shown
  // until its field is edited, and never locks the buttons (the fix may lie in the lessons).
  const jpInvalid = moduleJp(draft.jp) === null;
  const tooLong = !withinLimits(draftTexts(draft));
  const jpError = errors.jpValue ?? (jpInvalid ? t('learning.editor.jpRange') : undefined);
  const set = (patch: Partial<ModuleDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (error != null) setEditedSinceError((e) => new Set([...e, ...Object.keys(patch).map((k) => DRAFT_FIELD_INPUT[k] ?? k)]));
  };
  const setSections = (fn: (sections: ModuleDraft['sections']) => ModuleDraft['sections']) =>
    setDraft((d) => ({ ...d, sections: fn(d.sections) }));
  const patchCompetency = (i: number, patch: Partial<CompetencyDraft>) =>
    setDraft((d) => ({ ...d, competencies: d.competencies.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  // Errors point at places by index: once the outline moves they would point at the wrong lesson.
  const restructure = (fn: (sections: ModuleDraft['sections']) => ModuleDraft['sections']) => {
    setSections(fn);
    setError(null);
    setPublishFailed(false);
  };

  /** Saves the whole module; false when the save made a new version (the page moves to it). */
  async function save(): Promise<boolean> {
    const saved = (await update({ variables: { input: { id: module.id, ...toInput(draft) } } })).data!.updateCourseModule;
    if (saved.id !== module.id) {
      onNotice(t('learning.editor.newVersion', { version: saved.version }));
      setBaseline(serialise(draft));
      navigate(`/pelatih/modul/${saved.id}`, { replace: true });
      return false;
    }
    const next = keepKeys(draft, toDraft(saved));
    setDraft(next);
    setBaseline(serialise(next));
    return true;
  }

  async function run(action: 'save' | 'publish') {
    setError(null);
    setPublishFailed(false);
    setEditedSinceError(new Set());
    setBusy(action);
    try {
      if (action === 'save') {
        if (await save()) onNotice(t('common.saved'));
      } else {
        if (dirty && !(await save())) return;
        try {
          await publish({ variables: { input: { id: module.id } } });
        } catch (e) {
          setPublishFailed(true);
          throw e;
        }
        onNotice(t('learning.editor.published'));
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  async function doArchive() {
    setArchiveError(null);
    try {
      await archive({ variables: { input: { id: module.id } } });
      setConfirmArchive(false);
      onNotice(t('learning.editor.archived'));
    } catch (e) {
      setArchiveError(e);
    }
  }

  return (
    <>
      <EditorHeader module={module} title={draft.title.trim() || module.title} onArchive={() => setConfirmArchive(true)} />
      <EditorNotices
        module={module}
        problems={problems}
        describe={(p) => describeProblem(p, { ...draft, sections: errorPlaces }, t)}
        error={error}
      />

      <Stack spacing={2}>
        <ModuleDetailsCard draft={draft} set={set} errors={errors} jpError={jpError} reference={reference} />
        <ModuleCompetenciesCard competencies={draft.competencies} set={set} patchCompetency={patchCompetency} errors={errors} />
        <ModuleOutlineEditor
          sections={draft.sections}
          errors={errors}
          sectionsRefused={problems.some((p) => p.field === 'sections')}
          errorPlaces={errorPlaces}
          onEdit={setSections}
          onRestructure={restructure}
          onDragFrom={setDragFrom}
        />
      </Stack>

      <EditorSaveBar
        updatedAt={module.updatedAt}
        error={error}
        hasProblems={problems.length > 0}
        dirty={dirty}
        busy={busy}
        canPublish={module.viewerCan.publish}
        blocked={jpInvalid || tooLong}
        onRun={run}
      />

      {confirmArchive && (
        <ConfirmDialog
          title={t('learning.editor.archiveTitle')}
          body={t('learning.editor.archiveBody')}
          confirmLabel={t('learning.editor.archive')}
          destructive
          busy={archiving.loading}
          error={archiveError}
          onConfirm={() => void doArchive()}
          onClose={() => {
            setConfirmArchive(false);
            setArchiveError(null);
          }}
        />
      )}
    </>
  );
}

export function ModuleEditorPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const result = mergeResults({
    module: useQuery(ModuleEditorQuery, { variables: { id: id! } }),
    reference: useQuery(EditorReferenceQuery),
  });
  // At the top: the bottom of the screen holds the sticky save bar.
  const notice = useNotice({ top: true, duration: 5000 });
  return (
    <>
      <Button startIcon={<ArrowBack />} component={Link} to="/pelatih/modul" sx={{ mb: 1 }}>
        {t('learning.mine.title')}
      </Button>
      <Cell result={result} loading={<SkeletonRows rows={8} height={56} />}>
        {({ module: { courseModule: module }, reference }) =>
          module.viewerCan.edit ? (
            <ModuleEditor key={module.id} module={module} reference={reference} onNotice={notice.show} />
          ) : (
            <EmptyState title={t('errors.FORBIDDEN.title')} body={t('learning.editor.notAuthor')} />
          )
        }
      </Cell>
      {notice.element}
    </>
  );
}
