import type { RiskRule } from '../rule.ts';

/** Domestic abuse and coercive control: violence, fear, control of money and movement, threats. */
export const DOMESTIC_ABUSE_RULES: readonly RiskRule[] = [
  {
    id: 'abuse.physical', category: 'domestic-abuse', catches: 'Being hit, pushed, strangled or attacked by a partner or family member',
    patterns: [
      '@abuser ** hit|beat|punch|kick|slap|strangle|choke|throttle|batter|assault|attack|thump|bite|headbutt|hurt|abuse|drag|grab|pin|shake|scald|smack|bash|throw @victim !@body|up|at|for|with_a_joke|with_kindness|to|feel|friend|pride|chance|career|own',
      '@abuser ** push|shove @victim !to|forward|into_go|into_do|into_join|into_try|along', 'be|get hit|beat|punch|kick|slap|push|strangle|choke|assault|attack|abuse|hurt|batter|smack by ?@poss ?ex @abuser|him|her|them',
      '@abuser ** knock @victim about|around', 'push|shove me|her|him over|down|against|into|onto|off', 'strangl* !cry|laugh|sound|voice', 'choke|throttle @victim !up|back|on', 'abuse @victim', 'put|lay * hand|hands|finger on @victim', 'raise * hand|fist to|at @victim', 'grab|hold|pin @victim * by_the|against|down|throat|neck|hair',
      'throw * at me|her|him', 'spit at|on @victim',
    ],
    examples: ['he keeps hitting me', 'her partner punched her in the face', 'He hits me when he\'s been drinking', 'her boyfriend slapped her', 'he grabbed me by the throat', 'my son shoves me when he is drunk'],
    traps: ['He hits the gym three times a week', 'she hit her head on the cupboard', 'he beats me at chess every week', 'my daughter pushes me to join the choir', 'she hit me up on WhatsApp'],
  },
  {
    id: 'abuse.injuries', category: 'domestic-abuse', catches: 'Injuries that may be from abuse: bruises on the neck or face, black eyes, "walked into a door"',
    patterns: ['bruis*|mark|scratch|injury on|round|around @poss neck|face|throat|eye|arm|wrist|body|back|chest|cheek', 'black eye !pea', 'unexplained bruis*|injur*|mark', 'walk into a door', 'fell down the stairs again'],
    examples: ['pt has bruising on her neck', 'came in with a black eye', 'unexplained bruises'],
    traps: ['She bruised her knee gardening', 'black eyed peas at the cooking class'],
  },
  {
    id: 'abuse.fear', category: 'domestic-abuse', catches: 'Fear of a partner or family member; walking on eggshells; scared to go home',
    patterns: [
      'scare|afraid|frighten|terrify|petrify|fear|fearful of|about ?@poss ?ex partner|husband|wife|boyfriend|girlfriend|ex|son|stepdad|dad|father|brother|him|them|her !dog|cat|horse|drive|job|exam|own|health|height|spider',
      'scare|afraid|frighten|terrify|petrify of|about what he|she|they * do|say|might', 'scare|afraid|frighten|terrify * go_home|be_home|be_at_home|tell_him|tell_her|leave_him|leave_her|leave|say_no|answer_back',
      'walk on eggshell*', 'frighten|scare|fear|fearful for @poss life|safety',
    ],
    examples: ['I\'m scared of him when he comes home', 'she is frightened of what he will do', 'scared to go home', 'walking on eggshells'],
    traps: ['I\'m scared of heights', 'scared of dogs since she was bitten'],
  },
  {
    id: 'abuse.control', category: 'domestic-abuse', catches: 'Coercive control: who they see, where they go, money, phones, being locked in',
    patterns: [
      'not let|allow @victim ?to see|go|leave|have|work|talk|use|phone|visit|contact|speak|out|wear|spend|eat|sleep|get',
      'not allow out|to_go_out|to_see|to_leave|to_have|to_work|to_talk|to_speak|to_phone|to_use|to_spend', 'tell|decide * what * wear|eat|spend|say', 'tell|decide * who * see|talk|speak|can',
      'he|partner|husband|boyfriend|wife|girlfriend|ex * check|go_through|monitor|track|read|smash|break|take|hide my|her phone|message|text|email|location|key|passport',
      'track|monitor|check @poss location', '<!i check|go_through|monitor|read|track my phone|message|text|email|location', 'tracker on', 'control @poss @money', 'control what|who|where|everything|when',
      '?be ?so|very|really|quite|extremely|too|bit|more|most control $|and|of|toward|towards|with|over|at', 'control* partner|behav*|relationship|husband|boyfriend|wife|girlfriend|man|person|ex', 'coercive *', 'coercion',
      'isolat* * from * friend|family|everyone', 'cut * off from * friend|family|everyone', 'have to ask * for money|permission', '<!i take|steal|keep|control|withhold|spend ?all my @money', 'make|pressure|force @victim sign', 'lock @victim in|out', 'lock * in the house|room|flat|bedroom',
      'smash|break|take|hide my|her phone|key|passport so',
    ],
    examples: ['My partner won\'t let me leave the house on my own', 'he checks my phone', 'her husband controls all the money', 'I have to ask him for money for food', 'he is very controlling'],
    traps: ['The GP won\'t let me drive yet', 'she is controlling her diabetes well', 'she checks her phone a lot', 'locked myself out of the flat'],
  },
  {
    id: 'abuse.emotional', category: 'domestic-abuse', catches: 'Threats, name-calling and putting down by a partner or family member',
    patterns: [
      'call me|her|him * useless|stupid|worthless|fat|ugly|slag|whore|bitch|thick|pathetic|cow|name|loser|nothing', 'put @victim down !for|as|on|to|in',
      'belittle*|humiliat*|gaslight*|degrad*', 'threaten to take|leave|kick|throw|report|tell|kill|hurt|burn|have', 'threaten @victim',
      'make @victim feel worthless|stupid|useless|small|like_nothing', 'kill|hurt me|her|him if|when * leave|go|tell|call|report|speak', 'say he|she * kill me|her',
    ],
    examples: ['he keeps calling me a useless fat cow', 'he said he would kill me if I ever left', 'she threatened to take the kids', 'he puts me down all the time'],
    traps: ['My mum will kill me if I\'m late', 'put me down for the walking group', 'called me to say the group was on', 'the council threatened to take him to court over council tax'],
    unless: ['court|eviction|evict|bailiff|legal_action|sanction|tribunal'],
  },
  {
    id: 'abuse.named', category: 'domestic-abuse', catches: 'Domestic abuse named outright; DV, DA, IDVA, MARAC, refuges, orders, stalking',
    patterns: [
      'domestic abus*|violen*|incident', 'partner violence', 'domestic abuse advocate|conference', 'refuge', 'non_molestation|restraining|occupation|protection order', 'abusive relationship|partner|husband|wife|ex|marriage|boyfriend|girlfriend|man|son|daughter|home',
      '@abuser ** abuse|abusive @victim', 'stalk*', 'harass*', 'follow @victim * home|everywhere', 'honour base*', 'force marriage', 'be abuse $|by', 'abuse at home',
    ],
    examples: ['client disclosed DA from ex partner', 'history of DV', 'she has been in a refuge', 'he is stalking her'],
    traps: ['She volunteers at the charity shop on Fridays'],
  },
];
