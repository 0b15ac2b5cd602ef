import { Modal, type ModalProps } from '@mantine/core';
import { useIsPhone } from '../lib/useIsPhone';

/** The app's dialogs all look alike: wide, and taking the whole screen on a phone. */
export function AppModal(props: ModalProps) {
  const phone = useIsPhone();
  return <Modal size="lg" fullScreen={phone} {...props} />;
}
