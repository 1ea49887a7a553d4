import { keyframes, type SxProps, type Theme } from '@mui/material/styles';

/** The loading placeholder's pulse, as MUI's Skeleton has it. */
const pulse = keyframes`
  0% { opacity: 1; }
  50% { opacity: 0.4; }
  100% { opacity: 1; }
`;

/**
 * Header and body cells are plain elements styled once by the table, not MUI TableCell/TableSortLabel/TableRow:
 * a page of 25 rows by 10 columns would otherwise compute some 300 sets of styles on every render, which was
 * most of the time between a click on "sort" and the new rows.
 */
export const tableStyles: SxProps<Theme> = (theme) => {
  const palette = (theme.vars ?? theme).palette;
  const border = `1px solid ${theme.vars?.palette.TableCell.border ?? theme.palette.divider}`;
  return {
    '& th.data-table-head': {
      ...theme.typography.body2,
      fontWeight: theme.typography.fontWeightMedium,
      lineHeight: theme.typography.pxToRem(24),
      color: palette.text.primary,
      borderBottom: border,
      padding: '16px',
      textAlign: 'left',
      verticalAlign: 'inherit',
      // A header may wrap ("Contract / ends") rather than make its column wider than its values need.
    },
    '&[data-density="compact"] th.data-table-head': { padding: '6px 16px' },
    '&[data-sticky] th.data-table-head': {
      position: 'sticky',
      top: 0,
      zIndex: 2,
      backgroundColor: palette.background.paper,
    },
    '& th.data-table-head[data-align="right"]': { textAlign: 'right' },
    '& th.data-table-head[data-align="center"]': { textAlign: 'center' },
    '& th.data-table-head[data-checkbox]': { width: 48, padding: '0 0 0 4px' },
    '& button.data-table-sort': {
      font: 'inherit',
      color: 'inherit',
      background: 'none',
      border: 0,
      padding: 0,
      margin: 0,
      cursor: 'pointer',
      display: 'inline-flex',
      alignItems: 'center',
      position: 'relative',
      textAlign: 'inherit',
    },
    // The arrow shows the active sort; on hover or focus a faint one says the column can be sorted. The
    // <th>'s aria-sort tells assistive technology, so the arrow itself is decorative. It sits in the cell's
    // right padding, out of the layout: in it (with a gap that sx read as 4 spacing units, 32 px), every
    // sortable column was some 50 px wider at its narrowest, and the lists scrolled sideways at 1280 px.
    '& .data-table-sort > svg': {
      position: 'absolute',
      left: '100%',
      top: '50%',
      width: 14,
      height: 14,
      // Strings: sx reads bare numbers for margins as theme spacing (8 px each).
      marginTop: '-7px',
      marginLeft: '2px',
      fill: 'currentColor',
      opacity: 0,
      transition: 'opacity 150ms, transform 150ms',
    },
    '& .data-table-sort:hover > svg, & .data-table-sort:focus-visible > svg': { opacity: 0.5 },
    '& .data-table-sort[data-sorted] > svg': { opacity: 1 },
    '& .data-table-sort[data-sorted="asc"] > svg': { transform: 'rotate(180deg)' },
    '& td.data-table-cell': {
      ...theme.typography.body2,
      color: palette.text.primary,
      borderBottom: `1px solid ${theme.vars?.palette.TableCell.border ?? theme.palette.divider}`,
      padding: '16px',
      textAlign: 'left',
      verticalAlign: 'inherit',
    },
    '&[data-density="compact"] td.data-table-cell': { padding: '6px 16px' },
    '& td.data-table-cell[data-align="right"]': { textAlign: 'right' },
    '& td.data-table-cell[data-align="center"]': { textAlign: 'center' },
    '& td.data-table-cell[data-checkbox]': { width: 48, padding: '0 0 0 4px' },
    '& td.data-table-cell[data-row-action]': { whiteSpace: 'nowrap' },
    '& tr.data-table-row': { color: 'inherit', verticalAlign: 'middle', outline: 0 },
    '& .data-table-skeleton': {
      display: 'block',
      height: '1.2em',
      borderRadius: '4px',
      backgroundColor: theme.vars?.palette.Skeleton.bg ?? theme.palette.action.hover,
      animation: `${pulse} 2s ease-in-out 0.5s infinite`,
      '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
    },
    '& tr.data-table-row[data-clickable]': { cursor: 'pointer' },
    '& tr.data-table-row:hover': { backgroundColor: palette.action.hover },
    '& tr.data-table-row[aria-selected="true"]': { backgroundColor: palette.action.selected },
    '& tr.data-table-row:focus-visible': {
      outline: '3px solid',
      outlineColor: palette.primary.main,
      outlineOffset: -3,
    },
  };
};

/** The density toggles joined like a button group: shared borders, rounded only at the ends. */
export const densityGroupSx: SxProps<Theme> = {
  display: 'inline-flex',
  '& > :not(:first-of-type)': { ml: '-1px', borderTopLeftRadius: 0, borderBottomLeftRadius: 0 },
  '& > :not(:last-of-type)': { borderTopRightRadius: 0, borderBottomRightRadius: 0 },
};
