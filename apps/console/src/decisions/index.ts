export { DecisionCreate } from './DecisionCreate';
export { DecisionList } from './DecisionList';
export { DecisionShow } from './DecisionShow';
