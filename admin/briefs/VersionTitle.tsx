import { useRecordContext, useTranslate } from 'react-admin';

export function VersionTitle() {
  const record = useRecordContext<{ number: number; title: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{`${translate('briefs.document.version', { number: record.number })}: ${record.title}`}</span>;
}
