import type { SessionMode, Sex } from '../db/schema.ts';

/**
 * The synthetic people of the demo primary care network, one row per person, each at a stage of
 * the pathway. Every name, NHS number (999 test range), address (the fictional town of Lakeside,
 * "LK" postcodes) and phone number (Ofcom's drama range) is made up.
 *
 * Times are in working days before the day the demo is seeded ("wd"): 1 is the last working day.
 */

export type WorkerKey = 'jordan' | 'aisha' | 'tomasz' | 'nasima';
/** Who made the referral: a practice's referrer, the community hub, the person themselves, a phone call, or a GP system. */
export type Via = 'shah' | 'bennett' | 'lloyd' | 'asante' | 'hub' | 'self' | 'phone' | 'gp-system';

export interface SessionPlan {
  wd: number;
  mode?: SessionMode;
  dna?: boolean;
}

/** A task: due `due` working days ago (negative: still ahead); done on `done` when given. */
export interface TaskPlan {
  due: number;
  done?: number;
}

interface Allocated {
  worker: WorkerKey;
  accepted: number;
  allocated: number;
  /** Unsuccessful contact attempts (phone unless the person prefers otherwise). */
  attempts?: number[];
}

interface Worked extends Allocated {
  reached: number;
  sessions: SessionPlan[];
  tasks?: TaskPlan[];
  level: 'light_touch' | 'intensive';
  matters: string;
}

export type Stage =
  | { kind: 'triage' }
  | { kind: 'information-requested'; asked: number; question: string; answered?: { wd: number; answer: string } }
  | { kind: 'declined'; triaged: number; reason: string; alternative: string }
  | { kind: 'waiting'; accepted: number }
  | ({ kind: 'contacting'; letter?: number; wrongNumber?: boolean } & Allocated)
  | ({ kind: 'active'; extension?: { wd: number; weeks: number; sessions: number; reason: string } } & Worked)
  | ({ kind: 'discharged'; discharged: number; reason: string; summary: string; arranged: string } & Worked)
  | ({ kind: 'withdrew'; declinedAt: number; discharged: number } & Allocated)
  | ({ kind: 'unable-to-contact'; letter: number; closed: number } & Allocated);

export interface DemoPerson {
  given: string;
  family: string;
  sex: Sex;
  born: string;
  /** NHS ethnic category code. */
  ethnicity: string;
  /** ODS code of the registered practice; null when the person did not say. */
  practice: string | null;
  language?: string;
  interpreter?: boolean;
  contact?: 'phone' | 'text' | 'letter';
  accessibility?: string;
  /** false: the referrer did not know the NHS number (self and community referrals only). */
  nhsNumber?: false;
  via: Via;
  needs: string[];
  circumstances?: string[];
  reason: string;
  /** Working days ago the referral arrived. */
  received: number;
  stage: Stage;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // In triage: in scope, needs review (for several reasons) and one out of scope.
  {
    given: 'Margaret',
    family: 'Whitfield',
    sex: 'female',
    born: '1947-02-11',
    ethnicity: 'A',
    practice: 'Y90001',
    via: 'shah',
    needs: ['loneliness', 'bereavement'],
    received: 2,
    stage: { kind: 'triage' },
    reason:
      'Husband died in March. Lives alone; her daughter is in Australia. Tearful at her review and says the days are very long. Would value company and someone to talk to.',
  },
  {
    given: 'Imran',
    family: 'Hussain',
    sex: 'male',
    born: '1981-07-23',
    ethnicity: 'J',
    practice: 'Y90002',
    via: 'bennett',
    needs: ['money-benefits', 'debt', 'anxiety'],
    circumstances: ['specialist-debt-advice'],
    received: 3,
    stage: { kind: 'triage' },
    reason:
      'Lost his job at the distribution centre in the summer. Behind on council tax and has a county court letter about a credit card. Not sleeping. Needs help with Universal Credit and the debts.',
  },
  {
    given: 'Chloe',
    family: 'Fletcher',
    sex: 'female',
    born: '1997-09-02',
    ethnicity: 'A',
    practice: null,
    nhsNumber: false,
    via: 'self',
    needs: ['low-mood', 'employment-education'],
    received: 1,
    stage: { kind: 'triage' },
    reason:
      'I have been struggling since I finished my course. I cannot seem to get going and I do not see anyone. I would like help finding something to do, maybe volunteering.',
  },
  {
    given: 'Daniel',
    family: 'Okonkwo',
    sex: 'male',
    born: '1992-01-17',
    ethnicity: 'N',
    practice: 'Y90003',
    via: 'lloyd',
    needs: ['low-mood'],
    circumstances: ['mental-health-crisis'],
    received: 1,
    stage: { kind: 'triage' },
    reason:
      'Seen today after an overdose at the weekend; the crisis team is involved. Referred for longer-term support.',
  },
  {
    given: 'Stanisław',
    family: 'Wiśniewski',
    sex: 'male',
    born: '1964-04-30',
    ethnicity: 'C',
    practice: 'Y90004',
    language: 'Polish',
    interpreter: true,
    via: 'gp-system',
    needs: ['long-term-condition', 'physical-activity'],
    received: 4,
    stage: { kind: 'triage' },
    reason:
      'COPD; recently finished pulmonary rehabilitation. Would benefit from community exercise and help to stay active. Polish speaker: please book an interpreter.',
  },
  {
    given: 'Kelly',
    family: 'Marsh',
    sex: 'female',
    born: '1973-12-05',
    ethnicity: 'A',
    practice: 'Y90001',
    via: 'shah',
    needs: ['substance-use', 'loneliness'],
    received: 5,
    stage: { kind: 'triage' },
    reason:
      'Drinking more since her divorce and very isolated. Wants to meet people; not ready to contact the alcohol service yet.',
  },
  {
    given: 'Fatuma',
    family: 'Ali',
    sex: 'female',
    born: '1985-03-19',
    ethnicity: 'N',
    practice: 'Y90003',
    language: 'Somali',
    interpreter: true,
    nhsNumber: false,
    via: 'hub',
    needs: ['food-insecurity', 'money-benefits'],
    received: 2,
    stage: { kind: 'triage' },
    reason:
      "Has come to our food bank three weeks running. Four children; her husband's hours have been cut. Needs a benefits check and help with the school uniform grant. Prefers an interpreter (Somali).",
  },
  {
    given: 'Winston',
    family: 'Clarke',
    sex: 'male',
    born: '1958-10-09',
    ethnicity: 'M',
    practice: 'Y90002',
    via: 'bennett',
    needs: ['loneliness', 'low-mood'],
    circumstances: ['secondary-mental-health-care'],
    received: 6,
    stage: { kind: 'triage' },
    reason:
      'Under the community mental health team for bipolar disorder (care coordinator at Parkside CMHT) and stable. Very isolated since retiring; would like social groups.',
  },

  // Information requested from the referrer: one still waiting for an answer, one answered and back in triage.
  {
    given: 'Janet',
    family: 'Pearson',
    sex: 'female',
    born: '1967-06-21',
    ethnicity: 'A',
    practice: 'Y90003',
    via: 'lloyd',
    needs: ['anxiety'],
    received: 9,
    reason: 'Anxious and struggling. Please see.',
    stage: {
      kind: 'information-requested',
      asked: 8,
      question:
        'Could you tell us what Janet would like help with, and whether she is under any mental health service at the moment?',
    },
  },
  {
    given: 'Hamza',
    family: 'Iqbal',
    sex: 'male',
    born: '2002-08-14',
    ethnicity: 'J',
    practice: 'Y90002',
    via: 'bennett',
    needs: ['employment-education', 'low-mood'],
    received: 14,
    reason: 'Not working since leaving college. Low in mood. Wants to work.',
    stage: {
      kind: 'information-requested',
      asked: 13,
      question: 'Is Hamza getting support from a Jobcentre work coach already?',
      answered: {
        wd: 10,
        answer:
          'He has a work coach but finds the appointments stressful. He would like help with confidence and finding volunteering first.',
      },
    },
  },

  // Declined, with the reason and an alternative sent back.
  {
    given: 'Ryan',
    family: 'Doyle',
    sex: 'male',
    born: '1988-11-28',
    ethnicity: 'A',
    practice: 'Y90001',
    via: 'shah',
    needs: ['low-mood', 'anxiety'],
    circumstances: ['mental-health-crisis'],
    received: 22,
    reason: 'Told me today he has thoughts of ending his life and a plan. Crisis team informed.',
    stage: {
      kind: 'declined',
      triaged: 22,
      reason:
        'Ryan is in an acute mental health crisis with active plans. Social prescribing cannot hold this risk safely. We would be glad to receive a new referral once he is settled.',
      alternative: 'Crisis team: call NHS 111 and choose option 2 (24 hours), or 999 if life is at risk.',
    },
  },
  {
    given: 'Sophie',
    family: 'Hartley',
    sex: 'female',
    born: '2010-02-03',
    ethnicity: 'A',
    practice: 'Y90004',
    via: 'asante',
    needs: ['loneliness'],
    received: 30,
    reason: 'Struggling to make friends at school; mum worried she spends all her time in her room.',
    stage: {
      kind: 'declined',
      triaged: 29,
      reason: 'Sophie is 16; this service works with adults aged 18 and over.',
      alternative: 'The school nurse, the Lakeside family hub, or the CAMHS single point of access.',
    },
  },
  {
    given: 'Gareth',
    family: 'Price',
    sex: 'male',
    born: '1977-05-12',
    ethnicity: 'B',
    practice: 'Y90005',
    via: 'self',
    needs: ['housing', 'money-benefits'],
    received: 26,
    reason: 'My landlord is selling the house and I have to move out by January. I do not know where to start.',
    stage: {
      kind: 'declined',
      triaged: 25,
      reason: 'Gareth is registered with Northgate Surgery (Y90005), which is outside our primary care network.',
      alternative:
        "Northgate PCN's social prescribing team (ask at Northgate Surgery reception) and the council's housing options team.",
    },
  },

  // On the waiting list, accepted on different days.
  {
    given: 'Eileen',
    family: 'Murphy',
    sex: 'female',
    born: '1942-09-17',
    ethnicity: 'B',
    practice: 'Y90004',
    via: 'asante',
    needs: ['loneliness', 'digital-inclusion'],
    accessibility: 'Hard of hearing: please speak clearly; face to face is easiest.',
    received: 4,
    reason: 'Widowed, lives alone. Her family keep in touch by video but she cannot use the tablet they bought her.',
    stage: { kind: 'waiting', accepted: 3 },
  },
  {
    given: 'Abdul',
    family: 'Karim',
    sex: 'male',
    born: '1954-01-08',
    ethnicity: 'K',
    practice: 'Y90002',
    language: 'Bengali',
    interpreter: true,
    via: 'bennett',
    needs: ['long-term-condition', 'carer-support'],
    received: 12,
    reason:
      "Type 2 diabetes and heart failure. Cares for his wife, who has dementia, and is exhausted. Needs a carer's assessment and support to manage his own health.",
    stage: { kind: 'waiting', accepted: 11 },
  },
  {
    given: 'Agnieszka',
    family: 'Nowak',
    sex: 'female',
    born: '1989-07-25',
    ethnicity: 'C',
    practice: 'Y90003',
    language: 'Polish',
    via: 'self',
    needs: ['relationships-family', 'housing'],
    received: 22,
    reason:
      "I have separated from my partner and I am staying at my sister's with my two children. I need help with housing and someone to talk to.",
    stage: { kind: 'waiting', accepted: 20 },
  },
  {
    given: 'Trevor',
    family: 'Bradshaw',
    sex: 'male',
    born: '1966-03-02',
    ethnicity: 'A',
    practice: 'Y90001',
    via: 'shah',
    needs: ['employment-education', 'low-mood'],
    received: 36,
    reason:
      'Made redundant after 30 years at the printworks. Low mood and no structure to his days. Keen to volunteer or retrain.',
    stage: { kind: 'waiting', accepted: 34 },
  },
  {
    given: 'Blessing',
    family: 'Eze',
    sex: 'female',
    born: '1982-11-11',
    ethnicity: 'N',
    practice: 'Y90003',
    via: 'lloyd',
    needs: ['carer-support', 'anxiety'],
    received: 8,
    reason:
      'Full-time carer for her son, who is autistic and 14. Anxious and exhausted; has not had a break for a year.',
    stage: { kind: 'waiting', accepted: 7 },
  },

  // Allocated and being contacted: no attempt yet, some attempts, ready for a letter, waiting after the letter, and past the letter wait.
  {
    given: 'Linda',
    family: 'Shaw',
    sex: 'female',
    born: '1960-08-08',
    ethnicity: 'A',
    practice: 'Y90001',
    via: 'shah',
    needs: ['physical-activity', 'healthy-eating'],
    received: 10,
    reason: 'Pre-diabetic, BMI 34. Keen to get more active but nervous about gyms.',
    stage: { kind: 'contacting', worker: 'jordan', accepted: 9, allocated: 2 },
  },
  {
    given: 'Arjun',
    family: 'Patel',
    sex: 'male',
    born: '1949-12-01',
    ethnicity: 'H',
    practice: 'Y90004',
    via: 'asante',
    needs: ['loneliness', 'long-term-condition'],
    received: 15,
    reason: "Parkinson's. His wife died two years ago and he has stopped going to the temple. Misses company.",
    stage: { kind: 'contacting', worker: 'jordan', accepted: 14, allocated: 6, attempts: [5, 3] },
  },
  {
    given: 'Bronwen',
    family: 'Jones',
    sex: 'female',
    born: '1970-04-16',
    ethnicity: 'A',
    practice: 'Y90002',
    via: 'bennett',
    needs: ['housing', 'low-mood'],
    received: 25,
    reason: 'Damp flat and the landlord is not responding. Low mood is affecting her work.',
    stage: { kind: 'contacting', worker: 'jordan', accepted: 24, allocated: 12, attempts: [11, 8, 4] },
  },
  {
    given: 'Marek',
    family: 'Zieliński',
    sex: 'male',
    born: '1979-09-09',
    ethnicity: 'C',
    practice: 'Y90003',
    language: 'Polish',
    via: 'lloyd',
    needs: ['employment-education', 'money-benefits'],
    received: 40,
    reason: 'Lost his job and struggling with his Universal Credit claim. Speaks some English; Polish preferred.',
    stage: { kind: 'contacting', worker: 'tomasz', accepted: 38, allocated: 30, attempts: [29, 25, 22], letter: 17 },
  },
  {
    given: 'Nasreen',
    family: 'Akhtar',
    sex: 'female',
    born: '1976-05-27',
    ethnicity: 'J',
    practice: 'Y90002',
    language: 'Urdu',
    via: 'bennett',
    needs: ['bereavement', 'low-mood'],
    received: 11,
    reason: 'Her mother died in the spring and she has been withdrawn since. Urdu preferred.',
    stage: { kind: 'contacting', worker: 'aisha', accepted: 10, allocated: 4, attempts: [3], wrongNumber: true },
  },
  {
    given: 'Lee',
    family: 'Chapman',
    sex: 'male',
    born: '1995-02-22',
    ethnicity: 'A',
    practice: 'Y90001',
    contact: 'text',
    via: 'phone',
    needs: ['employment-education', 'anxiety'],
    received: 28,
    reason:
      'Rang the service after seeing a poster at the surgery. Wants help getting back into work after a long spell of anxiety.',
    stage: { kind: 'contacting', worker: 'jordan', accepted: 27, allocated: 16, attempts: [15, 12, 9], letter: 4 },
  },

  // Active: sessions, a plan, tasks (some overdue); one near the intervention limit, one extended.
  {
    given: 'Dorothy',
    family: 'Simmons',
    sex: 'female',
    born: '1951-10-30',
    ethnicity: 'A',
    practice: 'Y90001',
    via: 'shah',
    needs: ['loneliness', 'physical-activity'],
    received: 38,
    reason:
      'Lost her confidence after a fall last winter and hardly goes out. Used to be very active in the allotment society.',
    stage: {
      kind: 'active',
      worker: 'jordan',
      accepted: 37,
      allocated: 30,
      reached: 29,
      level: 'intensive',
      matters: 'Getting back to the allotment and seeing people again.',
      sessions: [{ wd: 28 }, { wd: 22, mode: 'home_visit' }, { wd: 16 }, { wd: 9, mode: 'phone' }],
      tasks: [{ due: 3 }, { due: -5 }],
    },
  },
  {
    given: 'Kwame',
    family: 'Mensah',
    sex: 'male',
    born: '1970-06-03',
    ethnicity: 'N',
    practice: 'Y90004',
    via: 'asante',
    needs: ['long-term-condition', 'physical-activity'],
    received: 24,
    reason: 'Type 2 diabetes and his HbA1c is rising. Wants support with lifestyle changes around his shift work.',
    stage: {
      kind: 'active',
      worker: 'jordan',
      accepted: 23,
      allocated: 18,
      reached: 17,
      level: 'light_touch',
      matters: 'Getting my sugars under control so I can keep working.',
      sessions: [{ wd: 17, mode: 'phone' }, { wd: 12 }, { wd: 6, mode: 'video' }],
      tasks: [{ due: 2 }, { due: 6, done: 5 }],
    },
  },
  {
    given: 'Siobhan',
    family: "O'Brien",
    sex: 'female',
    born: '1983-01-29',
    ethnicity: 'B',
    practice: 'Y90002',
    via: 'bennett',
    needs: ['carer-support', 'anxiety'],
    received: 45,
    reason: 'Cares for her father, who has dementia, while working part time. Anxious and not sleeping.',
    stage: {
      kind: 'active',
      worker: 'jordan',
      accepted: 44,
      allocated: 35,
      attempts: [34],
      reached: 33,
      level: 'intensive',
      matters: 'Having a few hours a week that are just for me.',
      sessions: [{ wd: 33 }, { wd: 27, dna: true }, { wd: 26, mode: 'phone' }, { wd: 20 }, { wd: 13 }],
      tasks: [{ due: 15, done: 14 }, { due: 1 }, { due: -3 }],
    },
  },
  {
    given: 'Hassan',
    family: 'Mahmood',
    sex: 'male',
    born: '1962-02-14',
    ethnicity: 'J',
    practice: 'Y90002',
    language: 'Urdu',
    via: 'bennett',
    needs: ['money-benefits', 'housing'],
    received: 30,
    reason: 'Rent arrears after his PIP was stopped. Worried about losing his flat.',
    stage: {
      kind: 'active',
      worker: 'aisha',
      accepted: 29,
      allocated: 22,
      reached: 21,
      level: 'intensive',
      matters: 'Keeping the flat and not worrying about money every day.',
      sessions: [{ wd: 21 }, { wd: 15 }, { wd: 8 }],
      tasks: [{ due: -2 }],
    },
  },
  {
    given: 'Gurpreet',
    family: 'Kaur',
    sex: 'female',
    born: '1975-08-19',
    ethnicity: 'H',
    practice: 'Y90003',
    language: 'Punjabi',
    via: 'lloyd',
    needs: ['bereavement', 'loneliness'],
    received: 26,
    reason: 'Her husband died suddenly in the summer. Has stopped going out, including to the gurdwara.',
    stage: {
      kind: 'active',
      worker: 'aisha',
      accepted: 25,
      allocated: 19,
      reached: 18,
      level: 'intensive',
      matters: 'Feeling like myself again and getting back to the gurdwara.',
      sessions: [{ wd: 18, mode: 'home_visit' }, { wd: 11, mode: 'home_visit' }, { wd: 5 }],
    },
  },
  {
    given: 'Piotr',
    family: 'Lewandowski',
    sex: 'male',
    born: '1980-12-12',
    ethnicity: 'C',
    practice: 'Y90004',
    language: 'Polish',
    interpreter: true,
    via: 'asante',
    needs: ['employment-education', 'low-mood'],
    received: 34,
    reason:
      'Back injury ended his job in construction. Low mood, wants to retrain. Polish speaker; needs an interpreter.',
    stage: {
      kind: 'active',
      worker: 'tomasz',
      accepted: 33,
      allocated: 27,
      reached: 25,
      level: 'intensive',
      matters: 'Working again and having a reason to get up in the morning.',
      sessions: [{ wd: 25 }, { wd: 19, mode: 'video' }, { wd: 12, mode: 'video' }, { wd: 6 }],
      tasks: [{ due: 4 }],
    },
  },
  {
    given: 'Rukhsana',
    family: 'Begum',
    sex: 'female',
    born: '1957-03-03',
    ethnicity: 'K',
    practice: 'Y90001',
    language: 'Bengali',
    interpreter: true,
    via: 'shah',
    needs: ['loneliness', 'long-term-condition'],
    received: 20,
    reason:
      'Osteoarthritis limits her getting out; isolated since her children moved away. Bengali speaker; needs an interpreter.',
    stage: {
      kind: 'active',
      worker: 'nasima',
      accepted: 19,
      allocated: 15,
      reached: 14,
      level: 'light_touch',
      matters: "Going to the women's group and managing the pain in my knees.",
      sessions: [{ wd: 14, mode: 'home_visit' }, { wd: 7 }],
    },
  },
  {
    given: 'Alan',
    family: 'Fitzgerald',
    sex: 'male',
    born: '1960-07-07',
    ethnicity: 'B',
    practice: 'Y90003',
    via: 'lloyd',
    needs: ['bereavement', 'loneliness'],
    received: 62,
    reason:
      'His wife Jean died in the spring after a long illness; he cared for Jean to the end. Struggling to fill his days.',
    stage: {
      kind: 'active',
      worker: 'jordan',
      accepted: 61,
      allocated: 54,
      reached: 52,
      level: 'intensive',
      matters: 'Getting through the first year without Jean.',
      sessions: [{ wd: 52 }, { wd: 44 }, { wd: 36, mode: 'phone' }, { wd: 27 }, { wd: 18 }],
      tasks: [{ due: -4 }],
    },
  },
  {
    given: 'Yasmin',
    family: 'Chaudhry',
    sex: 'female',
    born: '1987-04-04',
    ethnicity: 'J',
    practice: 'Y90002',
    via: 'bennett',
    needs: ['housing', 'money-benefits', 'low-mood'],
    received: 72,
    reason:
      'Living in temporary accommodation with three children after leaving an abusive relationship (safeguarding done). Low mood; needs help with housing and money.',
    stage: {
      kind: 'active',
      worker: 'aisha',
      accepted: 71,
      allocated: 66,
      reached: 64,
      level: 'intensive',
      matters: 'A safe, settled home for me and the children.',
      sessions: [{ wd: 64 }, { wd: 57 }, { wd: 50, mode: 'phone' }, { wd: 42 }, { wd: 33 }, { wd: 22 }, { wd: 3 }],
      tasks: [{ due: -6 }],
      extension: {
        wd: 8,
        weeks: 4,
        sessions: 3,
        reason:
          'The housing appeal hearing is in three weeks and Yasmin has no other worker. She asked for support through it; agreed with Sam Patel in supervision.',
      },
    },
  },
  {
    given: 'Colin',
    family: 'Barker',
    sex: 'male',
    born: '1963-10-21',
    ethnicity: 'A',
    practice: 'Y90004',
    via: 'self',
    needs: ['physical-activity', 'healthy-eating', 'low-mood'],
    received: 28,
    reason:
      'My doctor says I need to lose weight. I get out of breath playing with my grandchildren and I feel down about it.',
    stage: {
      kind: 'active',
      worker: 'tomasz',
      accepted: 26,
      allocated: 20,
      reached: 19,
      level: 'light_touch',
      matters: 'Losing weight so I can keep up with my grandchildren.',
      sessions: [{ wd: 19, mode: 'phone' }, { wd: 12 }],
      tasks: [{ due: 8 }, { due: 5 }],
    },
  },
  {
    given: 'Abdi',
    family: 'Warsame',
    sex: 'male',
    born: '1993-05-15',
    ethnicity: 'N',
    practice: 'Y90003',
    language: 'Somali',
    nhsNumber: false,
    via: 'hub',
    needs: ['employment-education', 'housing'],
    received: 18,
    reason:
      'Volunteers at our Saturday drop-in. Sofa-surfing with friends and looking for work; would like help with both.',
    stage: {
      kind: 'active',
      worker: 'nasima',
      accepted: 17,
      allocated: 12,
      reached: 11,
      level: 'light_touch',
      matters: 'A job and a place of my own.',
      sessions: [{ wd: 11 }, { wd: 4 }],
      tasks: [{ due: -1 }],
    },
  },

  // Discharged with a message back; one who chose to stop; one closed as unable to contact.
  {
    given: 'Patricia',
    family: 'Holmes',
    sex: 'female',
    born: '1953-01-25',
    ethnicity: 'A',
    practice: 'Y90001',
    via: 'shah',
    needs: ['loneliness', 'digital-inclusion'],
    received: 79,
    reason:
      'Lonely since moving to be near her son, who has since moved to Canada. Would love to video call her son and grandchildren.',
    stage: {
      kind: 'discharged',
      worker: 'jordan',
      accepted: 78,
      allocated: 72,
      reached: 70,
      level: 'light_touch',
      matters: 'Talking to my son and grandchildren, and knowing people here.',
      sessions: [{ wd: 70 }, { wd: 63 }, { wd: 56 }, { wd: 49, mode: 'phone' }, { wd: 42 }],
      discharged: 38,
      reason: 'goals-met',
      summary:
        "Patricia now goes to the Tuesday coffee morning and the library's digital buddy sessions every week, and video calls her son in Canada on Sundays. She says she feels much less alone.",
      arranged: 'Tuesday coffee morning at Lakeside Community Hub; digital buddy sessions at Lakeside Library.',
    },
  },
  {
    given: 'Emmanuel',
    family: 'Boateng',
    sex: 'male',
    born: '1978-08-30',
    ethnicity: 'N',
    practice: 'Y90004',
    via: 'asante',
    needs: ['money-benefits', 'debt'],
    received: 70,
    reason: 'Self-employed taxi driver; income dropped and he has fallen behind on bills. Very stressed.',
    stage: {
      kind: 'discharged',
      worker: 'tomasz',
      accepted: 69,
      allocated: 62,
      reached: 60,
      level: 'light_touch',
      matters: 'Getting on top of the bills.',
      sessions: [{ wd: 60 }, { wd: 53, mode: 'phone' }, { wd: 45 }],
      discharged: 34,
      reason: 'connected-to-services',
      summary:
        'Benefits check done: Emmanuel now gets Universal Credit with the housing element and council tax support. His debts are in a debt management plan with Citizens Advice.',
      arranged: 'Citizens Advice debt adviser (ongoing).',
    },
  },
  {
    given: 'Kathleen',
    family: 'Walsh',
    sex: 'female',
    born: '1945-12-24',
    ethnicity: 'B',
    practice: 'Y90002',
    contact: 'letter',
    via: 'bennett',
    needs: ['loneliness'],
    received: 50,
    reason: 'Lives alone since her sister died. Her neighbour mentioned she seems low.',
    stage: {
      kind: 'withdrew',
      worker: 'tomasz',
      accepted: 49,
      allocated: 42,
      attempts: [41],
      declinedAt: 38,
      discharged: 37,
    },
  },
  {
    given: 'Raj',
    family: 'Sharma',
    sex: 'male',
    born: '1969-03-13',
    ethnicity: 'H',
    practice: 'Y90003',
    via: 'lloyd',
    needs: ['long-term-condition', 'employment-education', 'physical-activity'],
    received: 80,
    reason: 'Heart attack in the spring; off work since. Anxious about going back and about exercise.',
    stage: {
      kind: 'discharged',
      worker: 'aisha',
      accepted: 79,
      allocated: 74,
      reached: 72,
      level: 'intensive',
      matters: 'Going back to work without being frightened of another heart attack.',
      sessions: [{ wd: 72 }, { wd: 66 }, { wd: 60, mode: 'video' }, { wd: 54 }, { wd: 46 }, { wd: 40 }],
      discharged: 20,
      reason: 'intervention-complete',
      summary:
        'Six sessions over twelve weeks. Raj completed the self-management course, walks every day and has started a phased return to work.',
      arranged: 'Self-management course alumni group; walking group on Thursdays.',
    },
  },
  {
    given: 'Shane',
    family: 'Gallagher',
    sex: 'male',
    born: '1998-07-19',
    ethnicity: 'A',
    practice: 'Y90001',
    via: 'shah',
    needs: ['low-mood', 'employment-education'],
    received: 58,
    reason: 'Low mood, not working, spends most days gaming. Agreed to a referral but seemed unsure.',
    stage: {
      kind: 'unable-to-contact',
      worker: 'jordan',
      accepted: 57,
      allocated: 48,
      attempts: [47, 43, 39],
      letter: 36,
      closed: 22,
    },
  },
];

/** What a plan for each need usually holds: a goal in the person's words, the actions, and a follow-up task. */
export const NEED_PLANS: Record<string, { goal: string; actions: string; task: string }> = {
  loneliness: {
    goal: 'Meet people at least once a week',
    actions:
      'Try the Tuesday coffee morning at Lakeside Community Hub; link worker to introduce them to the organiser.',
    task: 'Ring the coffee morning organiser to introduce {name}',
  },
  bereavement: {
    goal: 'Have someone to talk to about the loss',
    actions: "Referral to the bereavement support service; bereavement café at St Mark's on Fridays.",
    task: 'Check the bereavement service has been in touch with {name}',
  },
  'low-mood': {
    goal: 'Do one thing each day that I enjoy',
    actions: 'Keep an activity diary; self-refer to NHS Talking Therapies if mood stays low.',
    task: 'Send {name} the Talking Therapies self-referral link',
  },
  anxiety: {
    goal: 'Feel calmer day to day',
    actions: 'Practise the breathing exercises; place on the stress management course at the library.',
    task: 'Book {name} on the stress management course',
  },
  housing: {
    goal: 'Get the housing problem sorted',
    actions: 'Write to the landlord or council together; Shelter advice if there is no answer in 14 days.',
    task: 'Chase the housing repair or application for {name}',
  },
  'money-benefits': {
    goal: 'Get every benefit I am entitled to',
    actions: 'Benefits check with Citizens Advice; help with the forms.',
    task: 'Help {name} finish the benefits form',
  },
  debt: {
    goal: 'Have a plan for the debts',
    actions: 'Appointment with the Citizens Advice debt adviser; take the letters along.',
    task: "Confirm {name}'s debt advice appointment",
  },
  'employment-education': {
    goal: 'Find volunteering or work that fits',
    actions: 'Visit the volunteer centre drop-in; CV help at the library.',
    task: 'Send {name} the volunteer centre drop-in times',
  },
  'physical-activity': {
    goal: 'Walk for 20 minutes three times a week',
    actions: 'Join the Thursday walking group at Lakeside Park; chair-based exercise class if walking is hard.',
    task: 'Send {name} the walking group timetable',
  },
  'healthy-eating': {
    goal: 'Eat better and lose some weight',
    actions: 'Healthy eating course at the community centre; try two new recipes a week.',
    task: 'Book {name} on the healthy eating course',
  },
  'carer-support': {
    goal: 'Get a regular break from caring',
    actions: "Ask the council for a carer's assessment; join Canal Side Carers' Network.",
    task: "Request a carer's assessment for {name}",
  },
  'long-term-condition': {
    goal: 'Feel more in control of my condition',
    actions: 'Self-management course; talk to the practice nurse about the results.',
    task: 'Book {name} on the self-management course',
  },
  'digital-inclusion': {
    goal: 'Video call family and order prescriptions online',
    actions: 'Digital buddy sessions at Lakeside Library.',
    task: 'Book a digital buddy session for {name}',
  },
};

export const DEFAULT_PLAN = {
  goal: 'Feel more settled',
  actions: 'Agree small steps together at each session.',
  task: 'Review progress with {name}',
};

/** A few lines a session note might say, picked by the seeded random numbers. */
export const SESSION_NOTES: readonly string[] = [
  'Talked through what matters most right now and agreed a small step for the coming week.',
  "Reviewed last week's step: managed it once, found it hard but was pleased. Agreed to try again.",
  'Mood a little brighter. Looked at local groups together and chose one to try.',
  'Went through the forms together; copies kept by the person.',
  'Discussed worries about money and housing; no risk concerns raised.',
  'Practised what to say when phoning the service; will ring this week.',
];
