import type { ReactNode } from 'react';
import { CreateButton, ExportButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';

/** The API's largest page (api/common/list.ts MAX_PER_PAGE): an export asks for one page of it. */
export const EXPORT_MAX_ROWS = 500;

/**
 * A list's toolbar as react-admin's default (filters, create) plus the export of what the list shows,
 * within the API's page limit; `children` come first (a list's own presets).
 */
export function ExportActions({ children, create = true }: { children?: ReactNode; create?: boolean }) {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {children}
      <FilterButton />
      {create && hasCreate && <CreateButton />}
      <ExportButton maxResults={EXPORT_MAX_ROWS} />
    </TopToolbar>
  );
}
