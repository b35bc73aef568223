import { useQuery } from '@tanstack/react-query';
import { Create, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { graphql } from '../graphql';

/** Picks a staff member holding the REPRESENTATIVE role who is not a representative yet. */
export function RepresentativeCreate() {
  const { data } = useQuery({
    queryKey: ['representativeCandidates'],
    queryFn: () => graphql<{ representativeCandidates: { id: string; name: string; email: string }[] }>('{ representativeCandidates { id name email } }'),
  });
  const choices = (data?.representativeCandidates ?? []).map((user) => ({ id: user.id, name: `${user.name} (${user.email})` }));
  return (
    <Create redirect="edit">
      <SimpleForm>
        <SelectInput source="userId" choices={choices} validate={required()} fullWidth />
        <TextInput source="note" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
}
