import { defaultTheme, type RaThemeOptions } from 'react-admin';

const primary = '#1f4e79';

/** react-admin's default theme with darker primary colours, for WCAG AA contrast on text and buttons. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: primary },
    secondary: { main: '#0b5d3b' },
    // Darker than MUI's red so the Delete button passes AA on the form toolbar's grey.
    error: { main: '#b3261e' },
  },
  components: {
    ...defaultTheme.components,
    // react-admin's loading indicators (the app bar's, a list's) are unnamed progress bars to a
    // screen reader (axe: aria-progressbar-name); name every one.
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Loading' } },
    // react-admin paints its "Skip to content" button white on the near-white page background,
    // so keyboard users see an empty box when it takes focus; give it the primary colours.
    RaSkipNavigationButton: {
      styleOverrides: {
        root: {
          backgroundColor: primary,
          color: '#ffffff',
          '&:hover': { backgroundColor: primary, opacity: 0.9 },
        },
      },
    },
  } as RaThemeOptions['components'],
};
