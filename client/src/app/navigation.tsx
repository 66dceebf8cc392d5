import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import LocalLibraryOutlined from '@mui/icons-material/LocalLibraryOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import type { ReactNode } from 'react';
import type { Role } from '../gql/graphql';

export interface NavItem {
  /** i18n key of the label. */
  label: string;
  to: string;
  icon: ReactNode;
  /** Roles that see the item; empty means everyone logged in. */
  roles: Role[];
  /** Other paths whose pages belong to this item (for the page title). */
  also?: string[];
}

/** The navigation, by role. Routes enforce the same roles; the server enforces them again. */
export const NAV_ITEMS: NavItem[] = [
  { label: 'nav.home', to: '/', icon: <HomeOutlined />, roles: [] },
  { label: 'nav.catalog', to: '/katalog', icon: <LocalLibraryOutlined />, roles: [], also: ['/modul/'] },
  { label: 'nav.myModules', to: '/pelatih/modul', icon: <EditNoteOutlined />, roles: ['TRAINER', 'ADMIN'] },
  { label: 'nav.competencyProfile', to: '/profil-kompetensi', icon: <InsightsOutlined />, roles: ['LEARNER', 'TRAINER', 'SUPERVISOR'] },
  { label: 'nav.plans', to: '/rencana', icon: <AssignmentOutlined />, roles: ['LEARNER', 'SUPERVISOR', 'COMMITTEE', 'ADMIN'] },
  { label: 'nav.dictionary', to: '/kompetensi', icon: <MenuBookOutlined />, roles: [] },
  { label: 'nav.positions', to: '/jabatan', icon: <AccountTreeOutlined />, roles: [] },
  { label: 'nav.employees', to: '/pegawai', icon: <BadgeOutlined />, roles: ['ADMIN', 'COMMITTEE', 'SUPERVISOR', 'TRAINER'] },
  { label: 'nav.organisation', to: '/admin/opd', icon: <ApartmentOutlined />, roles: ['ADMIN'] },
  { label: 'nav.import', to: '/admin/impor-pegawai', icon: <UploadFileOutlined />, roles: ['ADMIN'] },
  { label: 'nav.reference', to: '/admin/referensi', icon: <TuneOutlined />, roles: ['ADMIN'] },
  { label: 'nav.profile', to: '/profil', icon: <AccountCircleOutlined />, roles: [] },
];
