import { createTheme, type MantineColorsTuple } from '@mantine/core';

const fontStack = [
  'Inter',
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'Roboto',
  '"Hiragino Sans"',
  '"Hiragino Kaku Gothic ProN"',
  '"Noto Sans JP"',
  '"Yu Gothic UI"',
  'Meiryo',
  'sans-serif',
].join(', ');

// A slightly softened indigo keeps the interface calm.
const calmIndigo: MantineColorsTuple = [
  '#eef1ff',
  '#dce0fb',
  '#b6bef1',
  '#8d9ae8',
  '#6a7be0',
  '#5568db',
  '#4a5ed9',
  '#3b4ec1',
  '#3345ad',
  '#273b99',
];

export const theme = createTheme({
  primaryColor: 'calmIndigo',
  primaryShade: 6,
  colors: { calmIndigo },
  defaultRadius: 'md',
  fontFamily: fontStack,
  headings: { fontFamily: fontStack, fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
});
