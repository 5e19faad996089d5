import { shortDateTime } from '@thidua/domain';

/** dd/mm/yyyy hh:mm in Vietnam time (UTC+7), as meetings are announced. */
export const formatDateTime = shortDateTime;

/** 0.8 → "80%", 2/3 → "66,7%". */
export const percent = (share: number) => `${Math.round(share * 1000) / 10}%`.replace('.', ',');
