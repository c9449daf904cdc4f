import type { RiskRule } from '../rule.ts';

/** Children at risk: harm, neglect, exposure to violence, sexual exploitation, and safeguarding shorthand. */
export const CHILD_SAFEGUARDING_RULES: readonly RiskRule[] = [
  {
    id: 'child.harm', category: 'child-safeguarding', catches: 'A child hit, hurt, shaken or abused, or saying so',
    patterns: [
      'hit|beat|punch|kick|slap|smack|hurt|shake|burn|throw|abuse|strangle|choke|starve|batter|bite|scald|lock|whip|belt the|@poss ?little|baby|eldest|youngest|2|3|two|three @child',
      '@child * be|get hit|beat|hurt|abuse|harm|smack|shake|burn|neglect|touch by', '@child * say|said|tell|told|disclose * hurt|hit|touch|smack|beat|abuse|burn', 'daddy|mummy hurt|hit|smack',
      'bruis*|mark|burn|injury on|to * @child', '@child * bruis*|black_eye|injur*|mark',
    ],
    examples: ['Her partner hit the kids last night', 'my little boy said daddy hurt him', 'he shook the baby', 'bruises on the toddler'],
    traps: ['The kids hit the jackpot at the tombola', 'the baby bumped her head on the table'],
  },
  {
    id: 'child.neglect', category: 'child-safeguarding', catches: 'Children left alone, hungry, unwashed or out of school; seeing violence; scared to go home',
    patterns: [
      'leave @poss @child * alone|unattended|by_themselves|by_himself|by_herself|in_the_car|with_strangers', 'leave @poss @child * on @poss own', 'leave @poss @child * on their own', '@child * be|get leave * alone|unattended', '@child * be|get leave on their own',
      '@child * hungry|unfed|not_fed|filthy|dirty|smelly|not_in_school|not_go_to_school|not_at_school|miss_school|nappy|no_food|no_clean|no_bed|malnourish*|underweight',
      'no food * for * @child', '@child * witness|see|saw|hear|heard * hit|abuse|violence|fight|argument|beat|attack', '@child * scare|afraid|frighten|terrified * go home|of',
      '@child * expose to', 'expose @child|@poss @child to', 'not look after @poss @child', 'neglect @poss|the @child',
    ],
    examples: ['left the children home alone', 'there\'s no food in the house for the kids', 'the kids see him hitting her', 'her daughter is scared to go home'],
    traps: ['The kids were left with their nan for the afternoon', 'the children are at school until three'],
  },
  {
    id: 'child.sexual', category: 'child-safeguarding', catches: 'Child sexual exploitation (CSE), grooming, much older partners, underage sex and images',
    patterns: [
      'child_sexual|child_abuse|child_exploitation', 'groom* !dog|pet|horse|pony|cat|beard|hair|parlour|salon|kit|brush|@self', 'older boyfriend|girlfriend', 'much older man|boyfriend|lad|guy',
      'underage !group|service|activity|club|disco', '@child * older * gift|money|lift|alcohol|vodka|drug|phone|cigarette', 'indecent image|photo', 'inappropriate * photo|picture|image|message|touch|contact',
      'sexting', 'send * nude',
    ],
    examples: ['her 13 year old has an older boyfriend', 'worried he is grooming her daughter', 'child sexual exploitation concerns'],
    traps: ['She runs a dog grooming business', 'he is grooming his beard for the photo'],
    unless: ['dog|pet|horse|pony|cat|poodle|beard|salon'],
  },
  {
    id: 'child.named', category: 'child-safeguarding', catches: 'Safeguarding children named: child protection (CP), child in need, section 47, NAI, FGM, CCE, LADO, MASH',
    patterns: [
      'child protection', 'child in need', 'section 47|17', 'non accidental', 'safeguard officer|hub|referral|concern|issue|alert', 'at risk register', 'female genital', 'child criminal', 'child sexual exploitation',
      'social service|worker|care * take|remove|removal|involve|concern * @child', 'child safeguard', 'safeguard $',
    ],
    examples: ['CP plan in place for the youngest', 'NAI query', 'safeguarding concern raised about the baby'],
    traps: ['The social worker helped her fill in the attendance allowance form'],
  },
];
