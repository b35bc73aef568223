import { Edit } from 'react-admin';
import { ReplyForm } from './ReplyForm';

export function ReplyEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect={(_resource, _id, data) => `situations/${data?.situationId}/show`}>
      <ReplyForm />
    </Edit>
  );
}
