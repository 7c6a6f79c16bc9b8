import {
  createTheme,
  Drawer,
  Modal,
  Fieldset,
  MultiSelect,
  NumberInput,
  PasswordInput,
  Select,
  Textarea,
  TextInput,
  type MantineColorsTuple,
} from '@mantine/core';

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
  components: {
    // Forms here are short and nearly every field is required: asterisks would be noise,
    // and labels stay exactly their text. Inputs still carry the required attribute.
    TextInput: TextInput.extend({ defaultProps: { withAsterisk: false } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { withAsterisk: false } }),
    Textarea: Textarea.extend({ defaultProps: { withAsterisk: false } }),
    // Closed dropdowns are unmounted, so each label names exactly one element.
    Select: Select.extend({ defaultProps: { withAsterisk: false, comboboxProps: { keepMounted: false } } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { withAsterisk: false, comboboxProps: { keepMounted: false } } }),
    NumberInput: NumberInput.extend({ defaultProps: { withAsterisk: false } }),
    Modal: Modal.extend({ styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } } }),
    Drawer: Drawer.extend({ styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } } }),
    Fieldset: Fieldset.extend({
      styles: { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-gray-8)' } },
    }),
  },
});
