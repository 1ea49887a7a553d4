import { useState, type ReactNode } from 'react';
import type { Table } from '@tanstack/react-table';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ToggleButton from '@mui/material/ToggleButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import type { DataTableFeatures } from './columns';
import { columnLabel } from './table-columns';
import { densityGroupSx } from './table-styles';
import type { Density } from './use-table-preferences';

const DENSITIES = [
  ['compact', 'table.density.compact'],
  ['comfortable', 'table.density.comfortable'],
] as const satisfies readonly [Density, string][];

/** The feature's own controls (search, export), then the table's: which columns show, and row density. */
export function TableToolbar<TRow extends object>({
  table,
  density,
  onDensity,
  children,
}: {
  table: Table<DataTableFeatures, TRow>;
  density: Density;
  onDensity: (density: Density) => void;
  children: ReactNode;
}) {
  const t = useMessages(sharedMessages);
  const [columnsMenu, setColumnsMenu] = useState<HTMLElement | null>(null);
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  return (
    <Toolbar disableGutters sx={{ px: 2, gap: 1, flexWrap: 'wrap', minHeight: { xs: 56 } }}>
      <Box sx={{ flexGrow: 1, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {children}
      </Box>
      <Button size="small" aria-haspopup="menu" onClick={(event) => setColumnsMenu(event.currentTarget)}>
        {t('table.columns')}
      </Button>
      {/* Mounted only while open: a closed menu still costs a render on every page of every list. */}
      {columnsMenu && (
        <Menu anchorEl={columnsMenu} open onClose={() => setColumnsMenu(null)}>
          {hideable.map((column) => (
            <MenuItem
              key={column.id}
              role="menuitemcheckbox"
              aria-checked={column.getIsVisible()}
              onClick={() => column.toggleVisibility(!column.getIsVisible())}
            >
              <ListItemIcon>
                {/* A picture of a checkbox, not a control: the menu item is the checkbox (axe: nested-interactive). */}
                {column.getIsVisible() ? (
                  <CheckBoxIcon fontSize="small" color="primary" aria-hidden />
                ) : (
                  <CheckBoxOutlineBlankIcon fontSize="small" aria-hidden />
                )}
              </ListItemIcon>
              <ListItemText>{columnLabel(column)}</ListItemText>
            </MenuItem>
          ))}
        </Menu>
      )}
      {/* Two toggle buttons in a labelled group, not MUI's ToggleButtonGroup: its roving focus registers
          each button as it mounts, which re-rendered the group and ran the page's effects inside the
          commit that first shows a list's rows. */}
      <Box role="group" aria-label={t('table.density')} sx={densityGroupSx}>
        {DENSITIES.map(([value, label]) => (
          <ToggleButton
            key={value}
            size="small"
            value={value}
            selected={density === value}
            onChange={() => onDensity(value)}
          >
            {t(label)}
          </ToggleButton>
        ))}
      </Box>
    </Toolbar>
  );
}

/** Shown while rows are selected: how many, the feature's bulk actions, and a way to clear. */
export function BulkActionsToolbar({
  count,
  actions,
  onClear,
}: {
  count: number;
  actions: ReactNode;
  onClear: () => void;
}) {
  const t = useMessages(sharedMessages);
  return (
    <Toolbar
      disableGutters
      role="region"
      aria-label={t('table.bulkActions')}
      sx={{ px: 2, gap: 1, bgcolor: 'action.selected', minHeight: { xs: 48 } }}
    >
      <Typography sx={{ flexGrow: 1 }} aria-live="polite">
        {t('table.selected', { count })}
      </Typography>
      {actions}
      <Button size="small" onClick={onClear}>
        {t('table.clearSelection')}
      </Button>
    </Toolbar>
  );
}
