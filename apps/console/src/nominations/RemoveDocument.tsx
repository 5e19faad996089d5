import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { ThiduaDataProvider } from '../providers/dataProvider';
import type { NominationDocument } from './types';

/** Removes an uploaded document while the dossier is editable (to replace it: remove, then upload the right one). */
export function RemoveDocument({ document: d }: { document: NominationDocument }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const [open, setOpen] = useState(false);
  const remove = async () => {
    setOpen(false);
    try {
      await dataProvider.removeDocument(d.nominationId, d.id);
      notify('thidua.nomination.removed', { type: 'success', messageArgs: { name: d.fileName } });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button size="small" color="error" onClick={() => setOpen(true)} data-testid={`remove-document-${d.id}`}>
        {translate('ra.action.delete')}
      </Button>
      <Confirm
        isOpen={open}
        title={translate('thidua.nomination.remove_title')}
        content={translate('thidua.nomination.remove_confirm', { name: d.fileName })}
        onConfirm={remove}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
