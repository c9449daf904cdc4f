import type { RiskRule } from '../rule.ts';

/** Self-neglect: not eating, not washing, a home unsafe to live in, stopping treatment. */
export const SELF_NEGLECT_RULES: readonly RiskRule[] = [
  {
    id: 'neglect.eating', category: 'self-neglect', catches: 'Not eating, or no food in the home',
    patterns: ['fridge|cupboard * be empty|bare', 'empty fridge|cupboard', 'not|stop|barely|hardly|never|refuse ?be ?to eat properly|anything|much|at_all|$|for|in|since|a_thing|proper|enough|and|or|well', 'no food in|at * house|flat|fridge|home|cupboard', 'no food in $', 'not eat * for|in * day|week', 'live|survive on * biscuit|nothing|tea|crisp|toast|cereal|chocolate|sweet|takeaway|junk|energy_drink|cider|beer|lager|booze|fag|cigarette'],
    examples: ['the fridge is empty', 'hasn\'t eaten for days', 'she has stopped eating', 'no food in the fridge', 'not eating properly', 'not coping, no food in', 'he\'s living on crisps'],
    traps: ['the fridge is full after the food bank visit', 'She has stopped eating meat', 'he is not eating sugar at the moment'],
  },
  {
    id: 'neglect.home', category: 'self-neglect', catches: 'A home in squalor, unsafe or without heat, light or water',
    patterns: [
      'full of ?empty bottle|can|beer_can|takeaway_box',
      'flat|house|home|place|room have|with * mice|rat|cockroach|flea|maggot|bedbug', 'infest*',
      'flat|house|home|place|room|kitchen|bathroom|bedroom|wall|floor * full_of|covered_in * rubbish|filth|mould|rat|mice|maggot|urine|faeces|poo|cockroach|flea|dirt', 'squalor|squalid|filthy|unsanitary|uninhabitable', 'hoard|hoarder !coupon|voucher|point|stamp|receipt|sticker|bargain|recipe',
      'rubbish|bag|bin * pile|everywhere|up_to', 'no heat|electric|electricity|gas|power|water $|for|since|all|and|or|at_all|in', 'smell|stink of urine|faeces|wee|poo', 'soil',
      'mould everywhere', 'mould * everywhere|all over',
    ],
    examples: ['his flat is full of empty bottles', 'the flat has mice', 'his flat is full of rubbish', 'living in squalor', 'no heating for weeks'],
    traps: ['the hall was full of people who can help', 'the mice at the pet shop were cute', 'No heating problems this winter thanks to the grant', 'she took the rubbish to the tip'],
  },
  {
    id: 'neglect.self-care', category: 'self-neglect', catches: 'Not washing or changing, not looking after oneself, stopping medicines or care',
    patterns: [
      'same clothes|clothing for|in * day|week|month',
      'not leave|go_out * house|home|flat|bed|room * in|for * month|week|age|year',
      'sit|lie|leave|left * in * wet|soil*|dirty|urine|soak', 'not ?be get out of @poss ?arm chair|bed $|and|all|for|since',
      'not|stop|refuse|barely|hardly * wash|bathe|shower|change ?clothe for|in|$|properly|week|and|or', 'not|barely|hardly|never ?be ?have|take a bath|shower|wash $|in|for|since', 'not look after @self|properly', 'can not look after @self', 'self neglect*', 'neglect @self',
      'stop|not|refuse ?be ?to take @poss|any @drug|inhaler', 'not|no_longer|struggle_to cope at_home|alone|on_@poss_own|on_own',
      'not|refuse ?to let|allow|accept anyone|anybody|someone|people|us|service|them * help|in|near', 'refuse * care|carer|help|treatment|food|support', 'not ?be ?get out of bed * day|week|month', 'stay|lie in bed * all_day|day|week',
      'let @self go', 'will_not|refuse_to|not open|answer * door $|to', 'not|refuse * dressing|wound|ulcer|leg * change|dress|check|see',
    ],
    examples: ['he\'s been wearing the same clothes for weeks', 'she hasn\'t left the house in months', 'she\'s not getting out of her chair and is sitting in wet pads', 'she hasn\'t been out of bed for days', 'pt has not washed for weeks', 'he has stopped taking his insulin', 'she is not looking after herself', 'refusing carers', 'she\'s not been taking her insulin', 'not coping at home', 'he won\'t let anyone help', 'hasn\'t had a bath in a month', 'he won\'t open the door to the nurses'],
    traps: ['he\'s been wearing his new coat every day', 'she hasn\'t left the house today because of the rain', 'she\'s not getting out much because of the weather but she\'s content', 'she\'s sitting in the sun in her chair', 'takes her tablets as prescribed', 'he is taking his medication again and feels settled', 'he knocked the door and nobody answered'],
  },
];
