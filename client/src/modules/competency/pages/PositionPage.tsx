import AddIcon from '@mui/icons-material/Add';
import EditOutlined from '@mui/icons-material/EditOutlined';
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Grid,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CareerPathsQuery as CareerPathsData, PositionDetailFieldsFragment } from '../../../gql/graphql';
import { BackButton } from '../../../ui/BackButton';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { DetailList } from '../../../ui/DetailList';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { useNotice } from '../../../ui/useNotice';
import { AddCareerPathDialog, RemoveCareerPathDialog } from '../components/CareerPathDialogs';
import { CareerPathGraph } from '../components/CareerPathGraph';
import { COMPETENCY_TYPES, LevelMeter, TrainingRatingChip } from '../components/chips';
import { PositionStandardDialog } from '../components/PositionStandardDialog';
import { CareerPathsQuery, PositionQuery } from '../graphql/competency';
import { SectionCard } from '../../../ui/SectionCard';

type CareerLink = CareerPathsData['careerPaths']['links'][number];

function StandardTable({ standard }: { standard: PositionDetailFieldsFragment['standard'] }) {
  const { t } = useTranslation();
  if (standard.length === 0) return <EmptyState title={t('competency.standard.emptyTitle')} body={t('competency.standard.emptyBody')} />;
  return (
    <TableContainer>
      <Table size="small" aria-label={t('competency.standard.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('competency.standard.competency')}</TableCell>
            <TableCell sx={{ width: 130 }}>{t('competency.requiredLevel')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {COMPETENCY_TYPES.map((type) => {
            const rows = standard
              .filter((s) => s.competency.type === type)
              .sort((a, b) => a.competency.code.localeCompare(b.competency.code));
            if (rows.length === 0) return null;
            return (
              <Fragment key={type}>
                <TableRow>
                  <TableCell colSpan={2} component="th" scope="rowgroup" sx={{ bgcolor: 'action.hover', fontWeight: 600 }}>
                    {t(`competency.type.${type}`)} ({rows.length})
                  </TableCell>
                </TableRow>
                {rows.map((s) => (
                  <TableRow key={s.id}>
                    <TableCell>
                      <Box
                        component="span"
                        sx={{ fontFamily: 'monospace', color: 'text.secondary', mr: 1, display: { xs: 'block', sm: 'inline' } }}
                      >
                        {s.competency.code}
                      </Box>
                      <Link to={`/kompetensi/${s.competency.id}`}>{s.competency.name}</Link>
                    </TableCell>
                    <TableCell>
                      <LevelMeter level={s.requiredLevel} />
                    </TableCell>
                  </TableRow>
                ))}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function Requirements({ position }: { position: PositionDetailFieldsFragment }) {
  const { t } = useTranslation();
  const r = position.requirements;
  return (
    <DetailList
      items={[
        { label: t('competency.requirements.education'), value: r.education },
        {
          label: t('competency.requirements.training'),
          value: r.training.length ? (
            <Stack component="ul" spacing={0.75} sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {r.training.map((tr, i) => (
                <Box component="li" key={i} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
                  <TrainingRatingChip rating={tr.rating} />
                  <span>{tr.name}</span>
                </Box>
              ))}
            </Stack>
          ) : null,
        },
        { label: t('competency.requirements.experience'), value: r.experience },
        { label: t('competency.requirements.rank'), value: r.rank },
      ]}
    />
  );
}

function CareerPaths({ position, canEdit }: { position: PositionDetailFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation();
  const result = useQuery(CareerPathsQuery, { variables: { positionId: position.id } });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<CareerLink | null>(null);
  return (
    <Card variant="outlined">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 1 }}>
          <Typography variant="h2">{t('competency.career.title')}</Typography>
          {canEdit && (
            <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
              {t('competency.career.add')}
            </Button>
          )}
        </Box>
        <Cell
          result={result}
          loading={<SkeletonRows rows={3} height={56} />}
          isEmpty={(d) => d.careerPaths.links.length === 0}
          empty={<EmptyState title={t('competency.career.emptyTitle')} body={t('competency.career.emptyBody')} />}
        >
          {(data) => <CareerPathGraph graph={data.careerPaths} onRemove={canEdit ? setRemoving : undefined} />}
        </Cell>
      </CardContent>
      {adding && <AddCareerPathDialog position={position} onClose={() => setAdding(false)} />}
      {removing && <RemoveCareerPathDialog link={removing} onClose={() => setRemoving(null)} />}
    </Card>
  );
}

export function PositionPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const result = useQuery(PositionQuery, { variables: { id: id! } });
  const [editing, setEditing] = useState(false);
  const notice = useNotice();

  return (
    <>
      <BackButton fallback="/jabatan" />
      <Cell result={result} loading={<SkeletonRows rows={8} />}>
        {({ position: p }) => (
          <>
            <PageHeader
              title={p.name}
              subtitle={
                <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
                  <span style={{ fontFamily: 'monospace' }}>{p.code}</span>
                  <Chip size="small" label={t(`positionType.${p.positionType}`)} />
                  <span>{p.opd?.name ?? t('organisation.allOpds')}</span>
                </Stack>
              }
              actions={
                p.viewerCan.edit && (
                  <Button variant="contained" startIcon={<EditOutlined />} onClick={() => setEditing(true)}>
                    {t('competency.standard.edit')}
                  </Button>
                )
              }
            />
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, lg: 6 }}>
                <Stack spacing={2}>
                  <Card variant="outlined">
                    <CardContent>
                      <DetailList
                        items={[
                          { label: t('competency.affair'), value: p.governmentAffair },
                          { label: t('competency.standard.summary'), value: p.summary },
                        ]}
                      />
                    </CardContent>
                  </Card>
                  <SectionCard title={t('competency.requirements.title')}>
                    <Requirements position={p} />
                  </SectionCard>
                </Stack>
              </Grid>
              <Grid size={{ xs: 12, lg: 6 }}>
                <SectionCard title={t('competency.standard.title')}>
                  <StandardTable standard={p.standard} />
                </SectionCard>
              </Grid>
              <Grid size={12}>
                <CareerPaths position={p} canEdit={p.viewerCan.edit} />
              </Grid>
            </Grid>
            {editing && (
              <PositionStandardDialog
                position={p}
                onClose={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  notice.show(t('common.saved'));
                }}
              />
            )}
          </>
        )}
      </Cell>
      {notice.element}
    </>
  );
}
