import { Create } from 'react-admin';
import { PlatformForm } from './PlatformForm';

export function PlatformCreate() {
  return (
    <Create redirect="list">
      <PlatformForm />
    </Create>
  );
}
