import { v7 as uuidv7 } from 'uuid';

/** UUIDv7: sortable by creation time and safe to merge across installations later. */
export const newId = (): string => uuidv7();
