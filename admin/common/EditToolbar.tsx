import { DeleteButton, SaveButton, Toolbar, useRecordContext, type RaRecord, type RedirectionSideEffect } from 'react-admin';

/**
 * An edit form's toolbar whose delete button shows only where the API's delete mutation would act
 * (never for a client; not for a record already archived or deactivated). The confirmation says
 * what the API will do: remove what has no history, archive (or deactivate) what has.
 */
export function EditToolbar({
  canDelete,
  confirmContent,
  redirect,
}: {
  canDelete: (record: RaRecord) => boolean;
  confirmContent?: string;
  redirect?: RedirectionSideEffect;
}) {
  const record = useRecordContext();
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
      <SaveButton />
      {record?.id != null && canDelete(record) && <DeleteButton mutationMode="pessimistic" confirmContent={confirmContent} redirect={redirect} />}
    </Toolbar>
  );
}
