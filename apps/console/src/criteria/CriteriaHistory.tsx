import { Box, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { dmyTime } from '../common/dates';
import { Section } from '../common/Section';
import { changeOf, type Version } from './diff';
import { DiffTable } from './DiffTable';

/** Every version with its author, time and reason; the selected one shown side by side with the version before. */
export function CriteriaHistory() {
  const translate = useTranslate();
  const { data = [] } = useGetList<Version & { id: number }>('criteria-versions', {
    pagination: { page: 1, perPage: 1000 },
  });
  const [selected, setSelected] = useState<number | null>(null);
  const shown = selected ?? data.find((v) => v.criterionId)?.version ?? null;
  const change = shown ? changeOf(data, shown) : null;
  const author = (v: Version) => (v.authorId === null ? translate('thidua.criteria.plugin_author') : v.authorName);
  return (
    <Section title={translate('thidua.criteria.history')} testId="criteria-history">
      <Box sx={{ display: 'flex', gap: 2, flexWrap: { xs: 'wrap', md: 'nowrap' } }}>
        <List component="div" dense sx={{ minWidth: 280, maxHeight: 480, overflow: 'auto' }}>
          {data.map((v) => (
            <ListItemButton
              key={v.version}
              selected={v.version === shown}
              onClick={() => setSelected(v.version)}
              data-testid={`version-${v.version}`}
            >
              <ListItemText
                primary={`${translate('thidua.criteria.version', { version: v.version })} · ${translate(`thidua.criteria.change.${v.change}`, { _: v.change })}${v.criterionId ? ` ${v.criterionId}` : ''}`}
                secondary={[author(v), v.change === 'plugin' ? '' : dmyTime(v.createdAt), v.reason]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItemButton>
          ))}
        </List>
        <Box sx={{ flex: 1 }}>
          {change && (change.before || change.after) ? (
            <DiffTable
              before={change.before}
              after={change.after}
              beforeLabel={translate('thidua.criteria.version', { version: (shown ?? 1) - 1 })}
              afterLabel={translate('thidua.criteria.version', { version: shown ?? 1 })}
            />
          ) : (
            <Typography variant="body2">{translate('thidua.criteria.no_diff')}</Typography>
          )}
        </Box>
      </Box>
    </Section>
  );
}
