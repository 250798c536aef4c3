import { defaultTheme } from 'react-admin';

/** react-admin's default theme with darker primary colours, for WCAG AA contrast on text and buttons. */
export const theme = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1f4e79' },
    secondary: { main: '#0b5d3b' },
    // Darker than MUI's red so the Delete button passes AA on the form toolbar's grey.
    error: { main: '#b3261e' },
  },
};
