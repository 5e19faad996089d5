import { List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import { dmyTime } from '../common/dates';
import { Section } from '../common/Section';
import type { NominationDetails } from './types';

/** The steps so far, newest first, each with who took it and why. */
export function History({ n }: { n: NominationDetails }) {
  const translate = useTranslate();
  return (
    <Section title={translate('thidua.nomination.history')} testId="history">
      <List dense>
        {[...n.history].reverse().map((h, i) => (
          <ListItem key={i} disableGutters>
            <ListItemText
              primary={`${dmyTime(h.at)} — ${translate(`statuses.${h.toStatus}`, { _: h.toStatus })}`}
              secondary={[h.userName, h.reason].filter(Boolean).join(' · ') || undefined}
            />
          </ListItem>
        ))}
      </List>
    </Section>
  );
}
