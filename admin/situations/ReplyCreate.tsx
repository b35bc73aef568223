import { Create } from 'react-admin';
import { ReplyForm } from './ReplyForm';

/** Opened from a situation's page, which passes situationId; back there once saved. */
export function ReplyCreate() {
  return (
    <Create redirect={(_resource, _id, data) => `situations/${data?.situationId}/show`}>
      <ReplyForm />
    </Create>
  );
}
