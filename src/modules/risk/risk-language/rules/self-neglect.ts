import type { RiskRule } from '../rule.ts';

/** Self-neglect: not eating, not washing, a home unsafe to live in, stopping treatment. */
export const SELF_NEGLECT_RULES: readonly RiskRule[] = [
  {
    id: 'neglect.eating', category: 'self-neglect', catches: 'Not eating, or no food in the home',
    patterns: ['not|stop|barely|hardly|never|refuse ?to eat properly|anything|much|at_all|$|for|in|since|a_thing|proper|enough', 'no food in|at * house|flat|fridge|home|cupboard', 'not eat * for|in * day|week', 'live|survive on * biscuit|nothing|tea'],
    examples: ['hasn\'t eaten for days', 'she has stopped eating', 'no food in the fridge', 'not eating properly'],
    traps: ['She has stopped eating meat', 'he is not eating sugar at the moment'],
  },
  {
    id: 'neglect.home', category: 'self-neglect', catches: 'A home in squalor, unsafe or without heat, light or water',
    patterns: [
      'flat|house|home|place|room * full_of|covered_in * rubbish|filth|mould|rat|mice|maggot|urine|faeces|poo|cockroach|flea|dirt', 'squalor|squalid|filthy|unsanitary|uninhabitable|hoard|hoarder',
      'rubbish|bag|bin * pile|everywhere|up_to', 'no heat|electric|electricity|gas|power|water $|for|since|all|and|at_all|in', 'smell|stink of urine|faeces|wee|poo', 'soil',
      'mould everywhere', 'mould * everywhere|all over',
    ],
    examples: ['his flat is full of rubbish', 'living in squalor', 'no heating for weeks'],
    traps: ['No heating problems this winter thanks to the grant', 'she took the rubbish to the tip'],
  },
  {
    id: 'neglect.self-care', category: 'self-neglect', catches: 'Not washing or changing, not looking after oneself, stopping medicines or care',
    patterns: [
      'not|stop|refuse|barely|hardly * wash|bathe|shower|change ?clothe for|in|$|properly|week', 'not look after @self|properly', 'can not look after @self', 'self neglect*', 'neglect @self',
      'stop|not|refuse ?to take @poss|any @drug|inhaler', 'refuse * care|carer|help|treatment|food|support', 'not ?be ?get out of bed * day|week|month', 'stay|lie in bed * all_day|day|week',
      'let @self go',
    ],
    examples: ['she hasn\'t been out of bed for days', 'pt has not washed for weeks', 'he has stopped taking his insulin', 'she is not looking after herself', 'refusing carers'],
    traps: ['takes her tablets as prescribed', 'he is taking his medication again and feels settled'],
  },
];
