import type { RiskRule } from '../rule.ts';

/** Domestic abuse and coercive control: violence, fear, control of money and movement, threats. */
export const DOMESTIC_ABUSE_RULES: readonly RiskRule[] = [
  {
    id: 'abuse.physical', category: 'domestic-abuse', catches: 'Being hit, pushed, strangled or attacked by a partner or family member',
    patterns: [
      'punch|kick|smash|headbutt * hole|holes * in|through * wall|door',
      '@abuser ** hit|beat|punch|kick|slap|strangle|choke|throttle|batter|assault|attack|thump|bite|headbutt|hurt|abuse|drag|grab|pin|shake|scald|smack|bash|throw @victim !@body|step|target|goal|deadline|limit|stride|peak|note|ball|up|at|for|with_a_joke|with_kindness|to|feel|friend|pride|chance|career|own',
      '@abuser ** push|shove @victim !to|forward|into_go|into_do|into_join|into_try|along', 'be|get hit|beat|punch|kick|slap|push|strangle|choke|assault|attack|abuse|hurt|batter|smack by ?@poss ?ex @abuser|him|her|them',
      '@abuser ** knock @victim about|around', 'push|shove me|her|him over|down|against|into|onto|off', 'strangl* !cry|laugh|sound|voice', 'choke|throttle @victim !up|back|on', 'abuse @victim', 'put|lay * hand|hands|finger on @victim', 'raise * hand|fist to|at @victim', 'grab|hold|pin @victim * by_the|against|down|throat|neck|hair',
      'throw * at me|her|him', 'spit at|on @victim',
    ],
    examples: ['he punched a hole in the wall next to her head', 'he keeps hitting me', 'her partner punched her in the face', 'He hits me when he\'s been drinking', 'her boyfriend slapped her', 'he grabbed me by the throat', 'my son shoves me when he is drunk'],
    traps: ['he put a hole in the wall to hang a shelf', 'He hits the gym three times a week', 'she hit her head on the cupboard', 'he beats me at chess every week', 'my daughter pushes me to join the choir', 'she hit me up on WhatsApp', 'he plays drums and bashes them hard'],
    unless: ['drum|drumkit|cymbal|piano|keyboard|punchbag|punch_bag'],
  },
  {
    id: 'abuse.injuries', category: 'domestic-abuse', catches: 'Injuries that may be from abuse: bruises on the neck or face, black eyes, "walked into a door"',
    patterns: ['cut|split|swollen|fat|burst to|on ?@poss lip|eye|cheek|jaw|nose', 'split|fat|burst lip', 'flinch * when|if|around|at * he|him|partner|husband|boyfriend|raise', 'bruis*|injur*|mark * not|refuse|can_not|unable|never ?to explain|say_how|say_where|talk_about', 'bruis*|mark|scratch|injury on|round|around @poss neck|face|throat|eye|arm|wrist|body|back|chest|cheek', 'black eye !pea', 'unexplained bruis*|injur*|mark', 'walk into a door', 'fell down the stairs again'],
    examples: ['she flinches when he raises his voice and has cuts to her lip', 'she\'s got bruises she won\'t explain', 'pt has bruising on her neck', 'came in with a black eye', 'unexplained bruises'],
    traps: ['she flinches at the injections but gets them done', 'she\'s got bruises from the fall last week, seen by the GP', 'She bruised her knee gardening', 'black eyed peas at the cooking class'],
  },
  {
    id: 'abuse.fear', category: 'domestic-abuse', catches: 'Fear of a partner or family member; walking on eggshells; scared to go home',
    patterns: [
      'get|stay|keep|run away from him|them|partner|husband|wife|boyfriend|girlfriend|ex|her_husband|her_partner|his_wife|his_partner', 'escape|flee from him|partner|husband|wife|boyfriend|ex',
      'scare|afraid|frighten|terrify|petrify|fear|fearful of|about ?@poss ?ex partner|husband|wife|boyfriend|girlfriend|ex|son|stepdad|dad|father|brother|him|them|her !dog|cat|horse|drive|job|exam|own|health|height|spider',
      'scare|afraid|frighten|terrify|petrify of|about what he|she|they * do|say|might', 'scare|afraid|frighten|terrify * go_home|be_home|be_at_home|tell_him|tell_her|leave_him|leave_her|leave|say_no|answer_back',
      'walk on eggshell*', 'frighten|scare|fear|fearful for @poss life|safety',
      'scare|afraid|frighten|terrify|petrify|worry|fear * he|she|they|partner|husband|wife|boyfriend|girlfriend|ex * will|would|might|go_to|gonna|could kick_off|lose_it|hit|hurt|go_for|flip|lash_out|explode|kill|attack|batter|blow_up|turn_on|find',
    ],
    examples: ['she sleeps in her car to get away from him', 'I\'m scared of him when he comes home', 'she is frightened of what he will do', 'scared to go home', 'walking on eggshells', 'she\'s scared he\'ll kick off when he\'s had a drink'],
    traps: ['he goes fishing to get away from it all', 'I\'m scared of heights', 'scared of dogs since she was bitten'],
  },
  {
    id: 'abuse.control', category: 'domestic-abuse', catches: 'Coercive control: who they see, where they go, money, phones, being locked in',
    patterns: [
      'make @victim|have_to|must ask ?for ?his|her permission',
      'he|she|partner|husband|wife|boyfriend|girlfriend answer for @victim', 'accuse @victim of cheat*|affair|flirt|see_someone', 'not let @victim out of @poss sight',
      'not let|allow @victim ?to see|go|leave|have|work|talk|use|phone|visit|contact|speak|out|wear|spend|eat|sleep|get',
      'not allow out|to_wear|to_go_out|to_see|to_leave|to_have|to_work|to_talk|to_speak|to_phone|to_use|to_spend', 'tell|decide * what * wear|eat|spend|say', 'tell|decide * who * see|talk|speak|can',
      'he|partner|husband|boyfriend|wife|girlfriend|ex * check|go_through|monitor|track|read|smash|break|take|hide my|her phone|message|text|email|location|key|passport|spend|bank_card|card|money|account|bank_statement|purchase|receipt',
      'track|monitor|check @poss location', '<!i check|go_through|monitor|read|track my phone|message|text|email|location', 'tracker on', 'control @poss @money', 'control what|who|where|everything|when',
      '?be ?so|very|really|quite|extremely|too|bit|more|most control $|and|of|toward|towards|with|over|at', 'control* partner|behav*|relationship|husband|boyfriend|wife|girlfriend|man|person|ex', 'coercive *', 'coercion',
      'isolat* * from * friend|family|everyone', 'cut * off from * friend|family|everyone', 'have to ask * for money|permission', '<!i take|steal|keep|control|withhold|spend ?all my @money', 'make|pressure|force @victim sign', 'lock @victim in|out', 'lock * in the house|room|flat|bedroom',
      'smash|break|take|hide my|her phone|key|passport so', 'check|go_through|question|query * every|each|all * receipt|penny|purchase|payment|bank_statement',
      'give @victim an|a ?weekly allowance|pocket_money', 'have_to|make|force|expect|pressure|must|demand * hand|give|sign * @money', 'make @victim account|justify * every|for_every|spend|money',
    ],
    examples: ['he makes me ask permission to leave the house', 'he answers for her', 'he\'s always accusing her of cheating', 'won\'t let her out of his sight', 'My partner won\'t let me leave the house on my own', 'he checks my phone', 'her husband controls all the money', 'I have to ask him for money for food', 'he is very controlling', 'he gives her an allowance and checks every receipt', 'she has to hand over her wages to him every month'],
    traps: ['she asked permission to bring her dog to the group', 'he accuses the referee of cheating every week', 'The GP won\'t let me drive yet', 'she is controlling her diabetes well', 'she checks her phone a lot', 'locked myself out of the flat', 'she checks her bank account every morning on the app'],
  },
  {
    id: 'abuse.emotional', category: 'domestic-abuse', catches: 'Threats, name-calling and putting down by a partner or family member',
    patterns: [
      'never see|get @poss @child again|back !after',
      'threaten message|text|call|letter|voicemail|email|behaviour|phone_call',
      'tell|call|say * me|her|him|i|she ?be|look useless|stupid|worthless|pathetic|a_nobody|nothing|ugly|fat !at|with|for', 'no_one|nobody * believe|listen_to|want me|her|him',
      'call me|her|him * useless|stupid|worthless|fat|ugly|slag|whore|bitch|thick|pathetic|cow|name|loser|nothing', 'put @victim down !for|as|on|to|in',
      'belittle*|humiliat*|gaslight*|degrad*', 'threaten to leave me|her|him|us|and_take', 'threaten to take|kick|throw|report|tell|kill|hurt|burn|have', 'threaten @victim',
      'make @victim feel worthless|stupid|useless|small|like_nothing', 'kill|hurt me|her|him if|when * leave|go|tell|call|report|speak', 'say he|she * kill me|her',
      'if|when * leave|split_up|walk_out|tell|report|call_the_police * kill|hurt|batter|murder|find|come_after|take_the_kid me|her|him|@child|$',
    ],
    examples: ['she\'ll never see the kids again if she goes', 'her ex has been sending threatening messages', 'he\'s always telling me I\'m useless and nobody would believe me', 'he keeps calling me a useless fat cow', 'he said he would kill me if I ever left', 'he says if I leave he\'ll kill me', 'she threatened to take the kids', 'he puts me down all the time'],
    traps: ['she\'s useless at quizzes but loves them', 'My mum will kill me if I\'m late', 'put me down for the walking group', 'called me to say the group was on', 'the council threatened to take him to court over council tax'],
    unless: ['court|eviction|evict|bailiff|legal_action|sanction|tribunal'],
  },
  {
    id: 'abuse.named', category: 'domestic-abuse', catches: 'Domestic abuse named outright; DV, DA, IDVA, MARAC, refuges, orders, stalking, following and turning up',
    patterns: [
      'husband|wife|partner|boyfriend|girlfriend|ex|son|daughter|dad|father|stepdad|brother violence|aggression|abuse|rage',
      'domestic abus*|violen*|incident', 'partner violence', 'domestic abuse advocate|conference', 'refuge !shop|cafe|charity_shop', 'non_molestation|restraining|occupation|protection order', 'abusive relationship|partner|husband|wife|ex|marriage|boyfriend|girlfriend|man|son|daughter|home',
      '@abuser ** abuse|abusive @victim', 'stalk*', 'harass*', '<!dog|cat|puppy|kitten|shadow follow @victim * home|everywhere', '<!dog|cat|puppy|kitten|shadow follow @victim $|around|about|to|from|in_the_car', 'keep|always * turn_up|show_up|appear|hang_around|wait * at|outside @poss work|house|home|door|flat|school|window', 'honour base*', 'force marriage', 'be abuse $|by', 'abuse at home',
    ],
    examples: ['she\'s had to leave home because of her husband\'s violence', 'client disclosed DA from ex partner', 'history of DV', 'she has been in a refuge', 'he is stalking her', 'her ex keeps turning up at her work and following her'],
    traps: ['she\'s had to leave home early to get the bus', 'She volunteers at the charity shop on Fridays', 'he follows the football closely', 'the dog follows her everywhere she goes', 'she\'s a volunteer at the women\'s refuge shop'],
  },
];
