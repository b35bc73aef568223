import { Create } from 'react-admin';
import { SituationForm } from './SituationForm';

export function SituationCreate() {
  return (
    <Create redirect="show">
      <SituationForm />
    </Create>
  );
}
