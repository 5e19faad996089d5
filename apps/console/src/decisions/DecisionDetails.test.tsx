import { screen } from '@testing-library/react';
import { RecordContextProvider, ResourceContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { DecisionDetails } from './DecisionDetails';

// What GET /decisions (the list) returns for a row: no awardees, no nominationIds.
const listRecord = {
  id: 4,
  number: '901/QĐ-UBND',
  signedOn: '2026-11-20',
  signerName: 'Nguyễn Văn Minh',
  signerTitle: 'Chủ tịch',
  phaseId: 'p1',
  awardFormId: 'bang-khen',
  status: 'issued',
  issuedAt: '2026-11-21T02:00:00.000Z',
};

describe('decision show', () => {
  it('renders the record the list passed on while the full decision loads, without crashing', () => {
    renderAsRole(
      <ResourceContextProvider value="decisions">
        <RecordContextProvider value={listRecord}>
          <DecisionDetails />
        </RecordContextProvider>
      </ResourceContextProvider>,
      'home-affairs',
      fakeDataProvider({ getOne: () => new Promise(() => undefined) }),
    );
    expect(screen.getByText(/901\/QĐ-UBND/)).toBeInTheDocument();
    expect(screen.getByText('20/11/2026')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });
});
