/**
 * What a fake progress note says: each format's sections made from generic phrases about
 * everyday case-management work, with enough different words (bus pass, pantry, landlord,
 * pharmacy…) that note search has something to find. Never a real person: "the client", staff
 * roles and invented places only, and each note says it is synthetic.
 */
import type { ContactType } from '../../shared/contracts/progress-notes';
import type { Random } from './random';

const TOPICS = [
  'the bus pass renewal',
  'a food pantry referral',
  'rent arrears with the landlord',
  'the pharmacy refill schedule',
  'a library computer class',
  'bicycle repair for getting to work',
  'the utility shut-off notice',
  'a dental clinic appointment',
  'volunteer hours at the community garden',
  'the disability benefits appeal',
  'a job interview at the warehouse',
  'laundry and household routines',
  'sleep hygiene and a bedtime routine',
  'the peer support group on Thursdays',
  'a winter coat from the clothing bank',
  'budgeting with the prepaid card',
  'a phone plan that fits the budget',
  'the housing voucher paperwork',
  'medication side effects to raise with the prescriber',
  'walking in the park each morning',
  'cooking simple meals on a hotplate',
  'a reconnection call with a cousin',
  'the GED practice test',
  'identity documents lost in the move',
  'transport to the specialist appointment',
  'cutting down on energy drinks',
  'a tenancy rights workshop',
  'the school meeting for a child',
  'grocery shopping with a list',
  'a relapse prevention worksheet',
] as const;

const OBSERVED = [
  'Client arrived on time, calm and well groomed.',
  'Client appeared tired and said sleep had been broken this week.',
  'Client was talkative and made good eye contact throughout.',
  'Client seemed anxious at first and settled as the meeting went on.',
  'Client reported a difficult week and was tearful at times.',
  'Client described feeling more hopeful than last month.',
  'Client was guarded today and gave short answers.',
  'Client laughed easily and shared a small success from the weekend.',
] as const;

const ASSESSED = [
  'Mood appears steadier; the routine is helping.',
  'Stress is higher because of money worries; coping skills used some of the time.',
  'Engagement is good and the client follows through on agreed tasks.',
  'Isolation remains the main barrier; motivation is present.',
  'Some setback this period, likely linked to the housing uncertainty.',
  'No safety concerns raised; protective factors discussed and in place.',
  'Progress is slow but steady against the plan.',
] as const;

const DONE = [
  'Reviewed {topic} and wrote down the next three steps together.',
  'Practised a breathing exercise and discussed {topic}.',
  'Helped the client call about {topic}; a callback is expected.',
  'Problem-solved around {topic} and role-played the conversation.',
  'Completed a form about {topic} with the client.',
  'Used motivational interviewing while talking through {topic}.',
] as const;

const RESPONSES = [
  'Client engaged well and agreed with the plan.',
  'Client said the exercise felt awkward but useful.',
  'Client was unsure at first, then chose a first step.',
  'Client asked for written reminders, which were given.',
  'Client declined one suggestion and offered a different idea.',
] as const;

const NEXT = [
  'Check in next week about {topic}.',
  'Client will bring the letter about {topic} to the next visit.',
  'Worker will follow up on {topic} by phone within five days.',
  'Meet again in two weeks; review {topic} then.',
  'Client will try the routine daily and note how it went.',
] as const;

const NOT_REACHED: Record<'attempted' | 'no_show', readonly string[]> = {
  attempted: [
    'Phoned the client at the agreed time; no answer. Left a voicemail asking for a callback.',
    'Went to the address for the planned visit; nobody answered the door. Left a card.',
    'Sent a text to reschedule after two calls went unanswered.',
  ],
  no_show: [
    'Client did not attend the scheduled appointment. Waited twenty minutes.',
    'Client missed the appointment; reminder call the day before had been confirmed.',
  ],
};

export const COLLATERAL_WITH = [
  'the landlord',
  'the pharmacy',
  'the primary care office',
  'the client’s sister (with consent)',
  'the employment programme',
] as const;

const SYNTHETIC = ' (Synthetic demo text.)';

const fill = (template: string, topic: string) => template.replace('{topic}', topic);

/** The words of one note: a sentence per section role, about one or two topics. */
export interface NoteWords {
  observed: string;
  assessed: string;
  done: string;
  response: string;
  next: string;
}

export function noteWords(rand: Random, contactType: ContactType): NoteWords {
  if (contactType === 'attempted' || contactType === 'no_show') {
    const what = rand.pick(NOT_REACHED[contactType]);
    return {
      observed: what + SYNTHETIC,
      assessed: 'Unable to assess today; no contact with the client.',
      done: what,
      response: 'No response yet.',
      next: 'Try again within a week and send a letter if still no contact.',
    };
  }
  const topic = rand.pick(TOPICS);
  const other = rand.pick(TOPICS);
  return {
    observed: `${rand.pick(OBSERVED)} Talked about ${topic}.${SYNTHETIC}`,
    assessed: rand.pick(ASSESSED),
    done: fill(rand.pick(DONE), topic),
    response: rand.pick(RESPONSES),
    next: fill(rand.pick(NEXT), rand.chance(0.5) ? topic : other),
  };
}

/** Which of the words each section of a shipped format gets (a clinic's own format: the narrative). */
const SECTION_WORDS: Record<string, (w: NoteWords) => string> = {
  data: (w) => `${w.observed} ${w.done}`,
  subjective: (w) => w.observed,
  objective: (w) => w.done,
  behavior: (w) => w.observed,
  goal: (w) => `Worked on the plan. ${w.observed}`,
  intervention: (w) => w.done,
  response: (w) => w.response,
  assessment: (w) => w.assessed,
  plan: (w) => w.next,
  narrative: (w) => `${w.observed} ${w.done} ${w.response} ${w.assessed} ${w.next}`,
};

export function sectionText(sectionId: string, words: NoteWords): string {
  return (SECTION_WORDS[sectionId] ?? SECTION_WORDS.narrative!)(words);
}

export const ADDENDA = [
  'Late information: the client phoned afterwards to say the appointment was moved.',
  'Correction: the contact was at the drop-in centre, not the office.',
  'Added after the case conference: the referral was accepted.',
  'Clarification: the duration includes travel with the client to the appointment.',
] as const;

export const RETURN_COMMENTS = [
  'Please say which goal the intervention worked on.',
  'The plan section needs a date for the follow-up.',
  'Please describe the client’s response in their own words.',
] as const;

export const ERROR_REASONS = [
  'Written in the wrong client’s file.',
  'Duplicate of a note already signed for this contact.',
] as const;

export const LOCATIONS = [
  'Office',
  'Client’s home',
  'Community drop-in centre',
  'Coffee shop near the clinic',
  'Phone',
] as const;

export function locationOf(type: ContactType, rand: Random): string {
  if (type === 'phone' || type === 'video' || type === 'attempted') return 'Phone';
  if (type === 'home_visit') return 'Client’s home';
  return rand.pick(LOCATIONS);
}
