import { Edit } from 'react-admin';
import { PlatformForm } from './PlatformForm';

export function PlatformEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <PlatformForm editing />
    </Edit>
  );
}
