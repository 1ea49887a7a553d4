import { createTheme } from '@mui/material/styles';

// System fonts only: nothing is fetched from outside the console's origin.
const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: { palette: { primary: { main: '#1d4f91' }, secondary: { main: '#6a3d9a' } } },
    dark: { palette: { primary: { main: '#90b8f8' }, secondary: { main: '#d0b3f0' } } },
  },
  typography: { fontFamily: SYSTEM_FONTS },
  components: {
    // A visible focus ring on everything a keyboard can reach (WCAG 2.4.7 / 2.4.11).
    // No ripple: it renders on every press, in the way of the click's own work, and the focus ring above
    // already shows where the keyboard is.
    MuiButtonBase: { defaultProps: { disableRipple: true } },
    // A table's scroll box is the containing block of what its cells hide for screen readers ("Actions",
    // "opens in a new tab"): positioned against the page instead, that text widened a phone's page to where
    // its column would be, and the desk scrolled sideways to reach "Check out".
    MuiTableContainer: { styleOverrides: { root: { position: 'relative' } } },
    MuiCssBaseline: {
      styleOverrides: {
        ':focus-visible': { outline: '3px solid #f5a623', outlineOffset: 2 },
        '@media print': { '.no-print': { display: 'none !important' } },
      },
    },
  },
});
