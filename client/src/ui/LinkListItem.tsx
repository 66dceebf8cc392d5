import { ListItem, ListItemButton, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface LinkListItemProps {
  to: string;
  children: ReactNode;
  divider?: boolean;
  selected?: boolean;
  sx?: SxProps<Theme>;
  'aria-current'?: 'page';
  'data-testid'?: string;
}

/** A list row that is a link: the link sits inside an `<li>`, so the list reads as one. */
export function LinkListItem({ to, children, divider, ...button }: LinkListItemProps) {
  return (
    <ListItem disablePadding divider={divider}>
      <ListItemButton component={Link} to={to} {...button}>
        {children}
      </ListItemButton>
    </ListItem>
  );
}
