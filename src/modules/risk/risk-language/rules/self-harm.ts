import type { RiskRule } from '../rule.ts';

/** Self-harm: cutting, burning, hitting, scratching, and the shorthand workers use (SH, DSH). */
export const SELF_HARM_RULES: readonly RiskRule[] = [
  {
    id: 'self-harm.named', category: 'self-harm', catches: 'Self-harm named outright, and its shorthand (SH, DSH, S/H, SIB)',
    patterns: ['self harm*', 'self injur*', 'self inflict*', 'deliberate self', 'self injury', 'harm @self'],
    examples: ['Mentioned self-harm as a teenager', 'hx of DSH', 'client has been selfharming', 'he harms himself when he is low'],
    traps: ['She is learning self-defence at the community centre'],
  },
  {
    id: 'self-harm.hurt-self', category: 'self-harm', catches: 'Hurting oneself on purpose, or wanting or keeping on doing it',
    patterns: [
      'hurt|injure|punish|harm|mark|cut|burn|scratch|bruise|starve @self on_purpose|deliberately|intentionally|to_cope|to_feel|so|because|again|when|every|till|until|$',
      '@intent|urge|want|still ?to ?just hurt|injure|punish|cut|burn|scratch|harm|bruise @self', 'urge|impulse|craving|tempt|compulsion ?to cut|burn|self_harm|harm|hurt|scratch|bleed', 'make @self sick|vomit|bleed',
    ],
    examples: ['she has urges to cut', 'I hurt myself on purpose', 'I\'ve been cutting myself again, on my arms', 'she keeps hurting herself', 'he has urges to cut himself', 'I make myself sick after meals'],
    traps: ['She fell and hurt herself on the stairs', 'I cut myself a slice of cake', 'burnt myself on the oven door'],
  },
  {
    id: 'self-harm.cutting', category: 'self-harm', catches: 'Cutting, burning or scratching the skin; fresh cuts and scars; blades',
    patterns: [
      'cut|slash|slice|carve|scratch|pick|burn ?into|open @poss ?own arm|wrist|leg|thigh|skin|stomach|forearm|tummy|body|chest !on_a|on_the|cook|chop|shave|while',
      'start|begin|back_to ?cut cut again|$|@more', 'fresh|deep ?self ?harm cut|scar|wound|burn', 'self harm scar|cut|wound|burn',
      'cut|burn|scratch|scar|mark on|up @poss arm|wrist|thigh|forearm|stomach|body', 'blade|razor * hide|find|under|keep', 'cigarette|lighter burn', 'burn @poss ?own arm|skin|hand|leg with',
    ],
    examples: ['she has been burning her arms with a lighter', 'fresh cuts on her forearm', 'I started cutting again'],
    traps: ['He cut his finger chopping onions', 'the scar on her knee is from a fall'],
  },
  {
    id: 'self-harm.hitting', category: 'self-harm', catches: 'Hitting one\'s head or fists against walls and doors; pulling out hair',
    patterns: ['bang|hit|punch|smash|slam @poss head * wall|floor|door|against', 'head bang*', 'punch|hit|kick|smash wall|the_wall|a_wall|door|mirror|window', 'pull * out @poss hair', 'pull @poss hair out'],
    examples: ['he bangs his head against the wall', 'she punches walls when she is angry'],
    traps: ['She hit the wall at mile twenty of the marathon but finished'],
    unless: ['marathon|mile|run|runner'],
  },
];
