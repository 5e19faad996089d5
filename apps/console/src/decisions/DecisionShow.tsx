import { Show } from 'react-admin';
import { DecisionDetails } from './DecisionDetails';

export const DecisionShow = () => (
  <Show>
    <DecisionDetails />
  </Show>
);
