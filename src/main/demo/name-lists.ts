import { fold } from '../clients/text-match';
import type { Random } from './random';

/**
 * Parts for obviously fake names. First names are placeholder words with a name-like ending
 * ("Testina", "Mockella", "Samplo"); last names are storybook compounds ("Brambleworth",
 * "Teacupwhistle"). Nobody looking at a demo screen should take one for a real person, yet the
 * spread of letters is varied enough for quick search and duplicate detection to behave as they
 * would with real names (no word shared by every row, which would make trigram search unrealistic).
 */
export const FIRST_NAME_ROOTS = [
  'Test',
  'Sampl',
  'Dem',
  'Mock',
  'Fict',
  'Placehold',
  'Exampl',
  'Pretend',
  'Fabl',
  'Phantom',
  'Figment',
  'Synth',
  'Prox',
  'Stubb',
  'Draft',
  'Specimen',
  'Replic',
  'Pseud',
  'Imagin',
  'Invent',
  'Facsimil',
  'Doodl',
  'Sketch',
  'Templat',
] as const;

export const FIRST_NAME_ENDINGS = ['a', 'o', 'ina', 'ella', 'ius', 'ette', 'aldo', 'ora'] as const;

export const LAST_NAME_HEADS = [
  'Bramble',
  'Thistle',
  'Puddle',
  'Teacup',
  'Marble',
  'Pebble',
  'Button',
  'Thimble',
  'Kettle',
  'Clover',
  'Cobble',
  'Dapple',
  'Fennel',
  'Gumdrop',
  'Juniper',
  'Meadow',
  'Nettle',
  'Nutmeg',
  'Sorrel',
  'Tumble',
  'Wobble',
  'Biscuit',
  'Crumpet',
  'Muffin',
  'Waffle',
  'Toffee',
  'Custard',
  'Sprocket',
  'Tinker',
  'Fiddle',
  'Jingle',
  'Pickle',
  'Doodle',
  'Bumble',
  'Ripple',
  'Wiggle',
  'Dandy',
  'Parsnip',
  'Turnip',
  'Pumpkin',
  'Saffron',
  'Cinnamon',
  'Marzipan',
  'Pudding',
  'Noodle',
  'Mitten',
  'Acorn',
  'Zephyr',
] as const;

export const LAST_NAME_TAILS = [
  'wick',
  'whistle',
  'bottom',
  'thwaite',
  'worth',
  'berry',
  'foot',
  'muddle',
  'sprout',
  'bucket',
  'wink',
  'fluff',
  'stitch',
  'pocket',
  'nook',
  'bell',
  'crumb',
  'puff',
  'toes',
  'bean',
  'hopper',
  'dash',
  'jig',
  'pip',
  'plume',
  'patch',
  'bloom',
  'scuttle',
  'dimple',
  'twirl',
  'spindle',
  'kins',
  'lump',
  'wobble',
  'quill',
  'tuft',
] as const;

/** Fictional places and services for addresses and care-team organisations. */
export const DEMO_CITIES = [
  'Demoville',
  'Sampleton',
  'Testburg',
  'Mockford',
  'Fictonia',
  'Exampleburg',
  'Placeholder Falls',
  'Pretendale',
] as const;
export const DEMO_STREETS = [
  'Placeholder Lane',
  'Sample Street',
  'Example Avenue',
  'Demo Road',
  'Mockup Way',
  'Fiction Court',
  'Test Pattern Drive',
  'Imaginary Boulevard',
] as const;
export const DEMO_ORGANISATIONS = [
  'Sampleton Demo Psychiatry',
  'Demoville Community Health (demo)',
  'Testburg Family Practice (demo)',
  'Mockford Pharmacy (demo)',
  'Fictonia Counseling Center (demo)',
  'Placeholder Falls Housing Authority (demo)',
  'Example County Probation (demo)',
  'Pretendale Peer Network (demo)',
] as const;
/** Area codes for 555 numbers: the 555 exchange is the one fiction uses. */
export const DEMO_AREA_CODES = [
  '201',
  '303',
  '406',
  '502',
  '614',
  '715',
  '808',
  '907',
  '210',
  '312',
  '417',
  '520',
] as const;

export const firstName = (rand: Random) => rand.pick(FIRST_NAME_ROOTS) + rand.pick(FIRST_NAME_ENDINGS);
export const lastName = (rand: Random) => rand.pick(LAST_NAME_HEADS) + rand.pick(LAST_NAME_TAILS);
/** A 555 number; `fictionRange` keeps to 555-0100…0199, the block set aside for fiction. */
export const demoPhone = (rand: Random, fictionRange: boolean) =>
  `(${rand.pick(DEMO_AREA_CODES)}) 555-${fictionRange ? `01${rand.digits(2)}` : rand.digits(4)}`;

const roots = FIRST_NAME_ROOTS.map((root) => root.toLowerCase());
const heads = LAST_NAME_HEADS.map((head) => head.toLowerCase());
const tails = new Set<string>(LAST_NAME_TAILS);

const isFakeFirst = (name: string) => roots.some((root) => fold(name).startsWith(root));
const isFakeLast = (name: string) => {
  const folded = fold(name);
  const head = heads.find((h) => folded.startsWith(h));
  return head !== undefined && tails.has(folded.slice(head.length));
};

/**
 * The rule that makes demo names recognisable: a first name built on a placeholder word and a
 * storybook last name. Planted near-duplicates carry one typo, so for them one of the two parts
 * (in either order, since one kind of duplicate swaps first and last names) is enough.
 */
export function isSyntheticName(
  first: string,
  last: string,
  options: { allowOneTypo?: boolean } = {},
): boolean {
  if (isFakeFirst(first) && isFakeLast(last)) return true;
  if (!options.allowOneTypo) return false;
  return isFakeFirst(first) || isFakeLast(last) || isFakeFirst(last) || isFakeLast(first);
}
