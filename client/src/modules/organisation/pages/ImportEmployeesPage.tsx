import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportEmployeesMutation as ImportEmployeesResult } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ImportEmployeesMutation } from '../graphql/organisation';

const EXAMPLE =
  'nip;nama;kode_opd;kode_jabatan;golongan;jenis_pegawai\n199203152019032001;Dewi Lestari, S.Kom.;DISKOMINFO;PENGOLAH-DATA;III/a;PNS';

type Report = ImportEmployeesResult['importEmployees'];

function ruleText(e: Report['errors'][number], t: TFunction): string {
  return t(`import.rules.${e.rule}`, {
    column: t(`import.columns.${e.field}`, { defaultValue: e.field }),
    defaultValue: t(`rules.${e.rule}`, { defaultValue: e.message }),
  });
}

/** What is wrong with a chosen file before anything is sent: not a text table, or no data rows. */
function fileProblem(name: string, text: string): 'notCsv' | 'noRows' | null {
  // Spreadsheets (XLSX is a ZIP, XLS an OLE file) and other binary files hold NUL bytes or a ZIP signature.
  if (text.startsWith('PK') || text.includes('\u0000') || !/\.(csv|txt)$/i.test(name)) return 'notCsv';
  if (text.split(/\r?\n/).filter((l) => l.trim()).length < 2) return 'noRows';
  return null;
}

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  if (report.ok) {
    return (
      <Alert severity="success" icon={<CheckCircleOutline />} data-testid="import-report">
        <AlertTitle>{t('import.doneTitle')}</AlertTitle>
        {t('import.doneBody', { rows: report.rows, created: report.created, updated: report.updated })}
      </Alert>
    );
  }
  const badLines = new Set(report.errors.map((e) => e.line)).size;
  // A file that could not be read as a table (no data rows, no header, bad CSV) is not "x of y rows".
  if (report.rows === 0) {
    return (
      <Alert severity="error" data-testid="import-report">
        <AlertTitle>{t('import.unreadableTitle')}</AlertTitle>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {report.errors.map((e, i) => (
            <li key={i}>{ruleText(e, t)}</li>
          ))}
        </Box>
      </Alert>
    );
  }
  return (
    <Stack spacing={2} data-testid="import-report">
      <Alert severity="error">
        <AlertTitle>{t('import.failedTitle')}</AlertTitle>
        {t('import.failedBody', { count: badLines, rows: report.rows })}
      </Alert>
      <TableContainer component={Card} variant="outlined">
        <Table size="small" aria-label={t('import.errors')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('import.line')}</TableCell>
              <TableCell>NIP</TableCell>
              <TableCell>{t('import.column')}</TableCell>
              <TableCell>{t('import.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.errors.map((e, i) => (
              <TableRow key={i}>
                <TableCell>{e.line}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{e.nip ?? '–'}</TableCell>
                <TableCell>{t(`import.columns.${e.field}`, { defaultValue: e.field })}</TableCell>
                <TableCell>{ruleText(e, t)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}

export function ImportEmployeesPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ name: string; text: string; rows: number } | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const [problem, setProblem] = useState<'notCsv' | 'noRows' | null>(null);
  const [run, { loading, data, error, reset }] = useMutation(ImportEmployeesMutation, { refetchQueries: ['Employees'] });

  async function choose(selected: File | undefined) {
    reset();
    setFile(null);
    setTooBig(false);
    setProblem(null);
    if (!selected) return;
    if (selected.size > LIMITS.csvMaxBytes) {
      setTooBig(true);
      return;
    }
    const text = await selected.text();
    const found = fileProblem(selected.name, text);
    if (found) {
      setProblem(found);
      return;
    }
    setFile({ name: selected.name, text, rows: Math.max(0, text.split(/\r?\n/).filter((l) => l.trim()).length - 1) });
  }

  return (
    <>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      <Stack spacing={2}>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t('import.format')}
            </Typography>
            <Box component="pre" sx={{ bgcolor: 'grey.100', p: 1.5, borderRadius: 1, overflowX: 'auto', fontSize: 13, m: 0 }}>
              {EXAMPLE}
            </Box>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 2, alignItems: { sm: 'center' } }}>
              <Button component="label" variant="outlined" startIcon={<UploadFileOutlined />} disabled={loading}>
                {t('import.choose')}
                <input
                  hidden
                  type="file"
                  accept=".csv,text/csv"
                  aria-label={t('import.choose')}
                  onChange={(e) => void choose(e.target.files?.[0])}
                />
              </Button>
              <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
                {file ? t('import.chosen', { name: file.name, rows: file.rows }) : t('import.none')}
              </Typography>
              <Button
                variant="contained"
                disabled={!file || loading}
                onClick={() => file && run({ variables: { input: { csv: file.text } } }).catch(() => undefined)}
              >
                {t('import.run')}
              </Button>
            </Stack>
            {tooBig && (
              <Alert severity="error" sx={{ mt: 2 }}>
                {t('import.tooBig', { mb: LIMITS.csvMaxBytes / 1024 / 1024 })}
              </Alert>
            )}
            {problem && (
              <Alert severity="error" sx={{ mt: 2 }} data-testid="import-file-problem">
                {t(`import.${problem}`)}
              </Alert>
            )}
          </CardContent>
          {loading && <LinearProgress aria-label={t('import.running')} />}
        </Card>
        {loading && <Typography color="text.secondary">{t('import.running')}</Typography>}
        {error && <ErrorAlert error={error} />}
        {data && <ReportView report={data.importEmployees} />}
      </Stack>
    </>
  );
}
