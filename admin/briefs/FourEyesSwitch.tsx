import { FormControlLabel, Switch, Tooltip } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useApiCall } from '../useApiCall';

interface BriefSettings {
  fourEyesApproval: boolean;
  version: number;
}

/**
 * Four eyes on the brief: when on, the API refuses an approval by whoever wrote the words or the
 * version (FOUR_EYES_REQUIRED). Shown beside the version list; hidden before the first draft.
 */
export function FourEyesSwitch() {
  const translate = useTranslate();
  const { call, busy } = useApiCall();
  const [settings, setSettings] = useState<BriefSettings | null>(null);

  useEffect(() => {
    void call<{ briefSettings: BriefSettings | null }>('{ briefSettings { fourEyesApproval version } }').then((answer) => setSettings(answer?.briefSettings ?? null));
  }, [call]);

  if (!settings) return null;
  const toggle = async (required: boolean) => {
    const answer = await call<{ setBriefFourEyesApproval: BriefSettings }>(
      'mutation($required: Boolean!, $version: Int!) { setBriefFourEyesApproval(required: $required, version: $version) { fourEyesApproval version } }',
      { required, version: settings.version },
      { success: required ? 'briefs.fourEyes.on' : 'briefs.fourEyes.off' },
    );
    if (answer) setSettings(answer.setBriefFourEyesApproval);
  };
  return (
    <Tooltip title={translate('briefs.fourEyes.help')}>
      <FormControlLabel
        control={<Switch checked={settings.fourEyesApproval} disabled={busy} onChange={(event) => void toggle(event.target.checked)} data-testid="four-eyes" />}
        label={translate('briefs.fourEyes.label')}
      />
    </Tooltip>
  );
}
