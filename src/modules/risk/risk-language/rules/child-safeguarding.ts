import type { RiskRule } from '../rule.ts';

/** Children at risk: harm, neglect, exposure to violence, sexual exploitation, and safeguarding shorthand. */
export const CHILD_SAFEGUARDING_RULES: readonly RiskRule[] = [
  {
    id: 'child.harm', category: 'child-safeguarding', catches: 'A child hit, hurt, shaken or abused, or saying so',
    patterns: [
      'hit|beat|punch|kick|slap|smack|hurt|shake|burn|throw|abuse|strangle|choke|starve|batter|bite|scald|lock|whip|belt the|@poss ?little|baby|eldest|youngest|2|3|two|three @child',
      '@child * be|get hit|beat|hurt|abuse|harm|smack|shake|burn|neglect|touch by', '@child * say|said|tell|told|disclose * hurt|hit|touch|smack|beat|abuse|burn', 'daddy|mummy hurt|hit|smack',
      'bruis*|mark|burn|injury on|to * @child', '@child * bruis*|black_eye|injur*|mark|burn|scald|fracture', 'hit|beat|whip|smack|thrash|batter * with * belt|cane|slipper|wooden_spoon|strap|stick|wire|cable|buckle',
    ],
    examples: ['Her partner hit the kids last night', 'my little boy said daddy hurt him', 'he shook the baby', 'bruises on the toddler', 'my dad hits my brother with a belt'],
    traps: ['The kids hit the jackpot at the tombola', 'the baby bumped her head on the table'],
  },
  {
    id: 'child.neglect', category: 'child-safeguarding', catches: 'Children left alone, hungry, unwashed or out of school; seeing violence; scared to go home',
    patterns: [
      '@child ** no coat|tea|dinner|food|shoe|breakfast|clean_clothes|bed|supervision',
      '@child ** live|stay|grow_up|expose|around ** drug deal|dealer|dealing|den|paraphernalia|needle', 'drug|needle|paraphernalia * around|near|in_reach_of|in_front_of * @child', '@child ** not|never * collect|pick_up|fed|feed|fetch|look_after|bath|wash',
      'leave @poss @child * alone|unattended|by_themselves|by_himself|by_herself|in_the_car|with_strangers', 'leave @poss @child * on @poss own', 'leave @poss @child * on their own', '@child * be|get leave * alone|unattended|in_the_car|home_alone|with_a_stranger', '@child * be|get leave on their own',
      '@child ** hungry|starving|unfed|not_fed !after|before|at|for|so|but|because|when|by', '@child * unfed|not_fed|filthy|dirty|smelly|not_in_school|not_go_to_school|not_at_school|miss_school|nappy|no_food|no_clean|no_bed|malnourish*|underweight',
      'no food * for * @child', '@child * witness|see|saw|hear|heard * hit|abuse|violence|fight|argument|beat|attack', '@child * scare|afraid|frighten|terrified * go home|of',
      '@child * expose to', 'expose @child|@poss @child to', 'not look after @poss @child', 'neglect @poss|the @child', 'neglect * @child',
      'missing from home|school|care|placement', '@child ** find|wander|roam * alone|unsupervised|unattended|street|road|at_night', '@child * run_away|go_missing|be_missing|stay_out_all_night|out_all_night|not_come_home|out_till_all_hours',
    ],
    examples: ['the kids have been turning up to school hungry and in the same clothes', 'the kids are often seen out late with no coat and no tea', 'the children are living in a house with drug dealing', 'the 6 year old is often not collected from school', 'left the children home alone', 'there\'s no food in the house for the kids', 'the kids see him hitting her', 'her daughter is scared to go home', 'concerns about neglect of the youngest', 'her 12yo is missing from home most nights', 'the toddler was found wandering in the street alone'],
    traps: ['the kids were hungry after swimming', 'the kids were out late at the fireworks with their parents', 'the children are living with their grandparents happily', 'the children\'s drug awareness class was useful', 'The kids were left with their nan for the afternoon', 'the children are at school until three', 'the cat went missing but came home'],
  },
  {
    id: 'child.sexual', category: 'child-safeguarding', catches: 'Child sexual exploitation (CSE), grooming, much older partners, underage sex and images',
    patterns: [
      'make|tell|ask @victim|@child * keep * secret', 'our|a little secret', '@child ** come home|turn_up|be_bring_home drunk|high|stoned|wasted',
      '@child ** send|share * picture|photo|image|pic|nude * to|with * man|men|stranger|older|adult|someone|somebody', 'man|someone|somebody|stranger|adult * never meet',
      'man|men|older|adult|bloke|guy|in_his_20s|in_his_30s|in_his_40s|in_his_50s ** give|buy|offer ** @child * gift|lift|money|alcohol|vodka|drug|phone|cigarette|present',
      '@abuser|boyfriend|stepdad|uncle|lodger|man * come|get|creep into|in my|her|his|their room|bed at|when|after|during|in_the_night|$', '@abuser * do thing|stuff to me|her|him|@child|us',
      'child_sexual|child_abuse|child_exploitation', 'groom* !dog|pet|horse|pony|cat|beard|hair|parlour|salon|kit|brush|@self', 'older boyfriend|girlfriend', 'much older man|boyfriend|lad|guy',
      'underage !group|service|activity|club|disco', '@child * older * gift|money|lift|alcohol|vodka|drug|phone|cigarette', 'indecent image|photo', 'inappropriate * photo|picture|image|message|touch|contact',
      'sexting', 'send * nude',
      '@child ** stay|sleep|date|go_out|hang_around|meet|see|seeing|party|parties * with * man|men|older|adult|bloke|guy|in_his_20s|in_his_30s|in_his_40s|in_his_50s|in_their_20s|in_their_30s',
      'stranger|older|adult|man|men|someone|somebody * online|on_snapchat|on_instagram|on_tiktok|on_the_internet|on_a_game|on_facebook * ask|want|send|request|pressure|meet|message',
    ],
    examples: ['my uncle makes me keep secrets', 'the 14yo is going to parties with adults and coming home drunk', 'the teenager is sending pictures to a man she\'s never met', 'a man in his 40s has been giving her 13yo lifts and gifts', 'my mum\'s new boyfriend comes into my room at night', 'her 13 year old has an older boyfriend', 'worried he is grooming her daughter', 'child sexual exploitation concerns', '14 year old says an older man online asked for photos', 'her 15 year old has been staying with a man in his 30s'],
    traps: ['she keeps secrets for her friends\' surprise party', 'the 14yo goes to the youth club with her friends', 'the teenager is sending pictures of her art to the college', 'a man in his 40s joined the walking group', 'the cat comes into my room at night and sleeps on the bed', 'She runs a dog grooming business', 'he is grooming his beard for the photo', 'her son is staying with his dad this weekend'],
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
