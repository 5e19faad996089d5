export { UnitCreate, UnitEdit } from './UnitForm';
export { UnitList } from './UnitList';
export { UnitsImport } from './UnitsImport';
