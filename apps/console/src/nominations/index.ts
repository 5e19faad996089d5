export { NominationCreate } from './NominationCreate';
export { NominationEdit } from './NominationEdit';
export { NominationList } from './NominationList';
export { NominationShow } from './NominationShow';
