import { IconMapSearch } from '@tabler/icons-react';
import { MessagePage } from '../../components/MessagePage';

/** Any address inside the app that matches no page. */
export function NotFoundPage() {
  return <MessagePage texts="notFound" icon={IconMapSearch} code="404" />;
}
