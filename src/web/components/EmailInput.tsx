import { TextInput, type TextInputProps } from '@mantine/core';

/** Every e-mail field: the browser knows it is an address, and adds no capital letter or spelling marks. */
export function EmailInput(props: TextInputProps) {
  return <TextInput type="email" autoCapitalize="none" spellCheck={false} {...props} />;
}
