import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Button, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { can, EDITABLE } from '@thidua/domain';
import { useTranslate } from 'react-admin';
import { dmyTime } from '../common/dates';
import { Section } from '../common/Section';
import { download } from '../providers/http';
import { session } from '../providers/session';
import { DossierUpload } from './DossierUpload';
import { GeneratedDocuments } from './GeneratedDocuments';
import { RemoveDocument } from './RemoveDocument';
import type { NominationDetails } from './types';

/** The plugin's checklist for this award form and nominee, what has been provided, and uploads while editable. */
export function Dossier({ nomination }: { nomination: NominationDetails }) {
  const translate = useTranslate();
  const role = session.user()?.role;
  const canUpload = !!role && can(role, 'create', 'documents') && EDITABLE.includes(nomination.status);
  return (
    <Section title={translate('thidua.nomination.dossier')} testId="dossier">
      <Typography variant="subtitle2">{translate('thidua.nomination.checklist')}</Typography>
      <List dense>
        {nomination.checklist.map((c) => (
          <ListItem key={c.type} disableGutters data-testid={`checklist-${c.type}`} data-provided={c.provided}>
            <ListItemIcon sx={{ minWidth: 32 }}>
              {c.provided ? (
                <CheckCircleIcon color="success" fontSize="small" />
              ) : (
                <RadioButtonUncheckedIcon color="warning" fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText
              primary={c.name}
              secondary={translate(c.provided ? 'thidua.nomination.provided' : 'thidua.nomination.missing')}
            />
          </ListItem>
        ))}
      </List>
      {nomination.documents.length > 0 && (
        <Typography variant="subtitle2">{translate('thidua.nomination.documents')}</Typography>
      )}
      <List dense>
        {nomination.documents.map((d) => (
          <ListItem
            key={d.id}
            disableGutters
            secondaryAction={
              <>
                <Button
                  size="small"
                  onClick={() => download(`/nominations/${nomination.id}/documents/${d.id}`, d.fileName)}
                >
                  {translate('thidua.nomination.download')}
                </Button>
                {canUpload && <RemoveDocument document={d} />}
              </>
            }
          >
            <ListItemText
              sx={{ pr: canUpload ? 18 : 9, overflowWrap: 'anywhere' }}
              primary={d.fileName}
              secondary={`${translate(`document_types.${d.type}`, { _: d.type })} · ${dmyTime(d.uploadedAt)}`}
            />
          </ListItem>
        ))}
      </List>
      {canUpload && <DossierUpload key={nomination.documents.length} nomination={nomination} />}
      <GeneratedDocuments nomination={nomination} />
    </Section>
  );
}
