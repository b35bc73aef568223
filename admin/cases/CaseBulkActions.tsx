import AssignIcon from '@mui/icons-material/AssignmentInd';
import MoveIcon from '@mui/icons-material/MoveDown';
import { Menu, MenuItem } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import { Button, useListContext, useNotify, usePermissions, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { graphql } from '../graphql';

/** Statuses a person moves cases to; ANSWERED and RESOLVED come with logging the post and recording the result. */
const MOVABLE = ['IN_PROGRESS', 'MOVED_TO_PRIVATE', 'CLOSED'];

/** A bulk button opening a menu of choices; choosing one runs the mutation on the selected cases. */
function MenuBulkButton({
  label,
  icon,
  testId,
  choices,
  onChoose,
}: {
  label: string;
  icon: ReactElement;
  testId: string;
  choices: { id: string; name: string }[];
  onChoose: (id: string) => Promise<void>;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button label={label} onClick={(event) => setAnchor(event.currentTarget)} data-testid={testId}>
        {icon}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {choices.map((choice) => (
          <MenuItem
            key={choice.id}
            data-value={choice.id}
            onClick={() => {
              setAnchor(null);
              void onChoose(choice.id);
            }}
          >
            {choice.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

/** Moving and assigning many cases at once: one transaction each on the API, all or nothing. */
export function CaseBulkActions() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('cases');
  const { selectedIds } = useListContext();
  const { permissions } = usePermissions<Permissions>();
  const isPr = can(permissions, 'PR_SPECIALIST');
  const { data: representatives = [] } = useQuery({
    queryKey: ['case-bulk-representatives'],
    enabled: isPr,
    queryFn: async () =>
      (await graphql<{ allRepresentatives: { userId: string; name: string }[] }>('{ allRepresentatives(perPage: 200, filter: { isActive: true }) { userId name } }')).allRepresentatives,
  });
  const run = async (mutation: string, variables: Record<string, unknown>, field: string, done: string) => {
    try {
      const data = await graphql<Record<string, unknown[]>>(mutation, { ids: selectedIds, ...variables });
      notify(done, { type: 'success', messageArgs: { smart_count: data[field].length } });
      unselectAll();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error', autoHideDuration: 10_000 });
    }
  };
  return (
    <>
      <MenuBulkButton
        label="workflows.cases.move"
        icon={<MoveIcon />}
        testId="bulk-move"
        choices={MOVABLE.map((status) => ({ id: status, name: translate(`crm.caseStatuses.${status}`) }))}
        onChoose={(status) => run('mutation($ids: [ID!]!, $status: CaseStatus!) { moveCases(ids: $ids, status: $status) { id } }', { status }, 'moveCases', 'workflows.cases.moved')}
      />
      {isPr && (
        <MenuBulkButton
          label="workflows.cases.assign"
          icon={<AssignIcon />}
          testId="bulk-assign"
          choices={representatives.map((representative) => ({ id: representative.userId, name: representative.name }))}
          onChoose={(userId) =>
            run('mutation($ids: [ID!]!, $userId: ID!) { assignCases(ids: $ids, representativeUserId: $userId) { id } }', { userId }, 'assignCases', 'workflows.cases.assigned')
          }
        />
      )}
    </>
  );
}
