import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import MenuIcon from '@mui/icons-material/Menu';
import {
  AppBar,
  Avatar,
  Box,
  Divider,
  Drawer,
  IconButton,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { SkeletonRows } from '../ui/Cell';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { useScrollToTop } from '../ui/useScrollToTop';
import { useAuth } from './auth';
import { useNavItems } from './manifest';

const DRAWER_WIDTH = 248;

function initials(name: string): string {
  return name
    .split(/[\s,]+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !w.includes('.'))
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join('');
}

export function Layout() {
  const { t } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const [open, setOpen] = useState(false);
  const { user, logout } = useAuth();
  const location = useLocation();
  // Every page opens at its top (a lesson, too, before its end-of-text sentinel is watched).
  useScrollToTop(location.pathname);
  const items = useNavItems();

  const nav = (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <Toolbar sx={{ gap: 1.5 }}>
        <Box component="img" src="/favicon.svg" alt="" sx={{ width: 32, height: 32 }} />
        <Typography variant="h3" component="span">
          Komunitas Pintar
        </Typography>
      </Toolbar>
      <Divider />
      <List component="nav" aria-label={t('nav.label')} sx={{ flex: 1 }}>
        {items.map((item) => (
          <ListItemButton
            key={item.to}
            component={NavLink}
            to={item.to}
            end={item.to === '/'}
            onClick={() => setOpen(false)}
            sx={{ '&.active': { bgcolor: 'action.selected', '& .MuiListItemIcon-root': { color: 'primary.main' } } }}
          >
            <ListItemIcon sx={{ minWidth: 40 }}>{item.icon}</ListItemIcon>
            <ListItemText primary={t(item.label)} />
          </ListItemButton>
        ))}
      </List>
      <Box sx={{ p: 2 }}>
        <LanguageSwitch />
      </Box>
    </Box>
  );

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar
        position="fixed"
        color="inherit"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider', width: { md: `calc(100% - ${DRAWER_WIDTH}px)` }, ml: { md: `${DRAWER_WIDTH}px` } }}
      >
        <Toolbar sx={{ gap: 1 }}>
          {!wide && (
            <IconButton edge="start" aria-label={t('nav.open')} onClick={() => setOpen(true)}>
              <MenuIcon />
            </IconButton>
          )}
          <Typography variant="h3" component="span" sx={{ flex: 1, minWidth: 0 }} noWrap>
            {t(
              items.find((i) =>
                i.to === '/' ? location.pathname === '/' : [i.to, ...(i.also ?? [])].some((p) => location.pathname.startsWith(p)),
              )?.label ?? 'app.name',
            )}
          </Typography>
          {user && (
            <>
              {/* Native titles rather than MUI tooltips: the tooltip's positioning code would add to every first page. */}
              <Avatar
                sx={{ width: 32, height: 32, bgcolor: 'primary.main', fontSize: 14 }}
                role="img"
                aria-label={user.displayName}
                title={user.displayName}
              >
                {initials(user.displayName)}
              </Avatar>
              <IconButton aria-label={t('nav.logout')} title={t('nav.logout')} onClick={() => void logout()}>
                <LogoutOutlined />
              </IconButton>
            </>
          )}
        </Toolbar>
      </AppBar>
      <Box component="nav" sx={{ width: { md: DRAWER_WIDTH }, flexShrink: { md: 0 } }}>
        {/* On a narrow screen the menu is built when opened, not kept hidden on every page: kept, it
            would be rendered, styled and measured for its slide on each page's first load. */}
        <Drawer
          variant={wide ? 'permanent' : 'temporary'}
          open={wide || open}
          onClose={() => setOpen(false)}
          sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
        >
          {nav}
        </Drawer>
      </Box>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, sm: 3 }, mt: 8 }}>
        <Suspense fallback={<SkeletonRows rows={6} height={48} />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
