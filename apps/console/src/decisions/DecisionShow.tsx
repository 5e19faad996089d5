import { Show } from 'react-admin';
import { DecisionDetails } from './DecisionDetails';

// No toolbar: the details offer "Sửa dự thảo" and "Ban hành" to those who may, and only while it is a draft.
export const DecisionShow = () => (
  <Show actions={false}>
    <DecisionDetails />
  </Show>
);
