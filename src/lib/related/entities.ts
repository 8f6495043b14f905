import { scanText } from './scan.ts';

/** A multi-word name found in a text: a matching key and the name as written ("North Korea"). */
export interface Entity {
  readonly key: string;
  readonly surface: string;
}

/** Finds runs of capitalised words (two or more), returning the whole run and each adjacent pair in it. */
export function extractEntities(text: string): Entity[] {
  const found: Entity[] = [];
  scanText(
    text,
    () => {},
    (key, surface) => found.push({ key, surface }),
  );
  return found;
}
