import { Edit } from 'react-admin';
import { SituationForm } from './SituationForm';

export function SituationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SituationForm editing />
    </Edit>
  );
}
