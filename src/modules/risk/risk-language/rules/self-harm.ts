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
      'take * out on @self', 'punch|hit|slap|bite|pinch @poss ?own leg|arm|stomach|thigh|face|chest', 'stick|push|put|insert * pin|needle|blade|nail * in|into @poss arm|leg|skin|wrist|thigh|hand',
      'when|if it get|be|feel bad|too_much|overwhelming|unbearable * burn|cut|hurt|scratch|hit|punch|bang|bite',
      'cut|burn|scratch @self last_night|yesterday|today|this_morning|again|deep|deeper|badly|a_lot', 'cut * not|too deep|deep_enough',
      'cut|burn|hurt|harm|scratch|hit ?@self to feel|cope|punish|release|numb|forget|calm|get_rid|relieve|escape|stop_the', 'deserve ?to ?be hurt|punish|suffer|pain|die|dead',
      'scratch|pick|claw|gouge|dig|bite|scrape ** till|until * bleed|raw|bloody', 'deliberately|on_purpose|purposely|intentionally break|hurt|injure|burn|cut|harm|scald|bruise|starve|hit|punch @poss|@self',
      'hurt|injure|punish|harm|mark|cut|burn|scratch|bruise|starve @self on_purpose|deliberately|intentionally|to_cope|to_feel|so|because|again|when|every|till|until|$',
      '@intent|urge|want|still ?to ?just hurt|injure|punish|cut|burn|scratch|harm|bruise @self', 'urge|impulse|craving|tempt|compulsion ?to cut|burn|self_harm|harm|hurt|scratch|bleed', 'make @self sick|vomit|bleed|throw_up|be_sick|purge', 'numb @self $|with|on|out|to', 'skin pick*',
      'pick|scratch|scrape|claw|gouge|dig * skin|arm|scab|face|leg|wrist * until|till|so * raw|bleed|bloody|mark|sore',
      'cut|burn|scratch|stab|mark|carve ?into @self with|use * lighter|cigarette|match|razor|blade|compass|sharpener|scissor|needle|pin|glass|iron',
      'hurt|injure|harm|cut|burn|scratch|hit|punch|bite @self * when|if * too_much|overwhelm|upset|stress|angry|low|down|bad',
      'hit|punch|slap|bite|pinch|headbutt @self !on|with_the|by_accident|accidental*|in_the_eye_with',
    ],
    examples: ['he takes out his anger on himself, punching his legs', 'I stick pins in my arms', 'when it gets bad I burn my hand on the hob', 'I cut myself last night, it\'s not deep', 'I cut to feel something', 'I deserve to be hurt so I do it myself', 'I scratch till it bleeds when I\'m anxious', 'he deliberately broke his own hand punching a door', 'she has urges to cut', 'I hurt myself on purpose', 'I burn myself with a lighter', 'she scratches herself when it gets too much', 'when I get angry I hit myself', 'I pick at my skin until it\'s raw', 'he drinks to numb himself', 'I\'ve been cutting myself again, on my arms', 'she keeps hurting herself', 'he has urges to cut himself', 'I make myself sick after meals'],
    traps: ['he takes his anger out at the boxing gym', 'she sticks pins in the map of places she\'s been', 'when it gets bad I take a painkiller and rest', 'he cut to the chase and asked about money', 'he deserves a break after all his hard work', 'she scratches the cat behind the ears', 'She fell and hurt herself on the stairs', 'I cut myself a slice of cake', 'burnt myself on the oven door', 'cut himself shaving this morning', 'she hit herself on the cupboard door', 'he has a skin condition and picks up his cream from the chemist'],
  },
  {
    id: 'self-harm.cutting', category: 'self-harm', catches: 'Cutting, burning or scratching the skin; fresh cuts and scars; blades',
    patterns: [
      'scar|cut|mark|burn all_over|up_and_down|covering ?@poss ?both arm|wrist|leg|thigh|forearm|stomach', 'year|month|history|hx of cut|cutting|self_harm|burn @self', 'carve|cut|scratch|etch * into @poss arm|leg|wrist|skin|thigh|stomach|body',
      'blade|razor|compass|sharpener|glass on|to|across|against|into @poss|@self', 'tie * round|around|tight * arm|leg|wrist|neck * until|till|so|numb|purple|blue',
      '@subject ?still|keep|be ?still cut but|when|whenever|if|most|every|deep|deeper', 'laceration*|slash|cut|scar|wound|burn on|to|across|up ?@poss ?both|left|right|inner|multiple arm|wrist|thigh|forearm|stomach', 'report|disclose|admit|describe|talk_about|mention|deny cut|burn|scratch|self_harm !the|a|back|down|her_hair|his_hair|hair|grass|hedge|cost',
      'cut|slash|slice|carve|scratch|pick|burn ?into|open @poss ?own arm|wrist|leg|thigh|skin|stomach|forearm|tummy|body|chest !on_a|on_the|cook|chop|shave|while',
      'start|begin|back_to ?cut cut again|$|@more', '@subject ?be|have|keep|still|start ?be|have|keep|start cut again|$|@more', 'fresh|deep ?self ?harm cut|scar|wound|burn', 'self harm scar|cut|wound|burn',
      'cut|burn|scratch|scar|mark on|up @poss arm|wrist|thigh|forearm|stomach|body', 'blade|razor * hide|find|under|keep', 'cigarette|lighter burn', 'burn @poss ?own arm|skin|hand|leg with',
    ],
    examples: ['she\'s got scars all over her arms from years of cutting', 'I carve words into my legs', 'she\'s been using a blade on her legs where no one will see', 'she tied something tight around her arm until it went numb', 'I still cut but not as deep', 'multiple healed lacerations on forearms, reports cutting', 'she has been burning her arms with a lighter', 'fresh cuts on her forearm', 'I started cutting again', 'she\'s been cutting again, mum found blood'],
    traps: ['she carved a pumpkin for halloween', 'he has scars on his knees from rugby', 'she uses a blade to cut the vegetables', 'she tied the balloons around the chair', 'he cut the cake at his party', 'she reports cutting down on sugar', 'He cut his finger chopping onions', 'the scar on her knee is from a fall', 'the grass is cut again on Friday', 'his hours have been cut again'],
  },
  {
    id: 'self-harm.hitting', category: 'self-harm', catches: 'Hitting one\'s head or fists against walls and doors; pulling out hair',
    patterns: ['headbut*|head_but * wall|door|floor|mirror|window', 'punch|hit|kick|smash a|the door|mirror|window|wall', 'bang|hit|punch|smash|slam @poss head * wall|floor|door|against|on_purpose|deliberately|intentionally', 'head bang*', 'punch|hit|kick|smash wall|the_wall|a_wall|door|mirror|window', 'pull * out @poss hair', 'pull @poss hair out'],
    examples: ['he\'s been head-butting walls in his room', 'punching a door', 'he bangs his head against the wall', 'she punches walls when she is angry'],
    traps: ['he knocked the door and nobody answered', 'She hit the wall at mile twenty of the marathon but finished'],
    unless: ['marathon|mile|run|runner'],
  },
  {
    id: 'self-harm.ingest', category: 'self-harm', catches: 'Swallowing objects or drinking poisons on purpose: batteries, blades, bleach',
    patterns: ['swallow|eat|drink|neck|down * battery|batteries|razor|blade|glass|nail|screw|pin|bleach|antifreeze|weedkiller|detergent|washing_up_liquid|cleaning_product|object', 'insert * object|blade'],
    examples: ['he admitted to swallowing batteries', 'she drank bleach last night'],
    traps: ['She swallows her tablets with a glass of water', 'he drinks a glass of milk before bed'],
    unless: ['of_water|of_milk|of_juice|of_wine|of_squash|of_beer|water|milk|juice'],
  },
];
