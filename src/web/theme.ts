import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** A calm teal, a little deeper than Mantine's own, so white text on it stays readable (WCAG AA). */
const asysta: MantineColorsTuple = [
  '#e6f7f5',
  '#d3ece8',
  '#a8d8d0',
  '#79c3b7',
  '#52b1a2',
  '#3aa595',
  '#2b9f8e',
  '#1b8b7b',
  '#0b7b6d',
  '#006b5e',
];

export const theme = createTheme({
  colors: { asysta },
  primaryColor: 'asysta',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '600' },
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    // Every field of our forms is required unless it says otherwise; asterisks would only add noise.
    TextInput: { defaultProps: { withAsterisk: false } },
    PasswordInput: { defaultProps: { withAsterisk: false } },
    Select: { defaultProps: { withAsterisk: false } },
    CheckboxGroup: { defaultProps: { withAsterisk: false } },
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    Modal: { defaultProps: { centered: true, overlayProps: { backgroundOpacity: 0.45, blur: 2 } } },
    // Badges carry short labels (roles, statuses): never cut them to an ellipsis in narrow table cells.
    Badge: { styles: { root: { minWidth: 'max-content' }, label: { overflow: 'visible' } } },
    Tooltip: { defaultProps: { withArrow: true, multiline: true, maw: 320 } },
    Notification: { defaultProps: { withBorder: true } },
  },
});
