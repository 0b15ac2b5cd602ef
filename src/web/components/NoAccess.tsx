import { IconLock } from '@tabler/icons-react';
import { MessagePage } from './MessagePage';

/** What a signed-in person reads on a section their roles do not open. */
export function NoAccess() {
  return <MessagePage texts="noAccess" icon={IconLock} />;
}
