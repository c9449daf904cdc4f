import type { RiskRule } from '../rule.ts';

/** Thoughts of suicide, of not wanting to live, and plans and means: how people say it and how workers write it. */
export const SUICIDE_RULES: readonly RiskRule[] = [
  {
    id: 'suicide.named', category: 'suicide', catches: 'Suicide named outright, and clinical shorthand for it (SI, ideation)',
    patterns: ['suicid* !prevention|awareness|squad|training|course|forest|mission|door|drill', 'ideation', 'self murder'],
    examples: ['She said she has felt suicidal since the funeral', 'pt reports passive SI', 'ongoing ideation, no plan', 'sucidal thoughts again'],
    traps: ['Attended suicide prevention training at the hub'],
  },
  {
    id: 'suicide.kill-self', category: 'suicide', catches: 'Killing or ending oneself, in plain words and slang ("top myself", "kms")',
    patterns: ['kill|top|off|finish|end @self !laugh|with_work|at_work|at_the_gym|over|try|to_get|to_finish', 'do @self in', 'do away with @self', 'kill @self with'],
    examples: ['I\'m going to kill myself', 'she said she might top herself', 'honestly kms', 'he wants to do himself in'],
    traps: ['I was killing myself laughing', 'killing myself at the gym for the charity run'],
  },
  {
    id: 'suicide.end-life', category: 'suicide', catches: 'Ending or taking one\'s life, ending it all, ending things (not a relationship)',
    patterns: [
      'end|take|finish|stop @poss ?own life|live', 'end it all', 'end everything', 'end it $|tonight|today|now|soon|for_good|once_and_for_all|forever',
      'end thing !with|between|off|up|on|for|there|at|early', 'want|wanna|go_to|plan|think|ready|tempt|decide|could|might|just ?to ?about ?just end it !with|between|off|early|there',
    ],
    examples: ['I\'m going to end things tonight', 'thinking about ending it', 'he said he would take his own life', 'could just end it all', 'pt thinking of ending her life'],
    traps: ['She ended things with her boyfriend and feels relieved', 'we ended it early because of the rain'],
  },
  {
    id: 'suicide.wish-dead', category: 'suicide', catches: 'Wanting or wishing to be dead; others better off without them',
    patterns: [
      'want|wish|ready|deserve|prefer|rather|hope|long|pray ?to ?just ?be die|dead !for|laugh|of|down', 'wish * dead|die !down|of|for|laugh',
      'better off dead', 'better off without me|her|him|them|us', 'better off if * not_here|not_around|gone|dead|not_alive', 'better without me|her|him|them',
      'want to be dead', 'would not care if * die|dead',
    ],
    examples: ['i want to die', 'I wish I was dead', 'everyone would be better off without me', 'she wishes she could just die'],
    traps: ['She\'s dying to see the grandchildren', 'The cake is to die for', 'I wish the noise would die down'],
  },
  {
    id: 'suicide.not-here', category: 'suicide', catches: 'Not wanting to be here, alive or to exist; wishing never to have been born',
    patterns: [
      'not want|wanna ?to be here|there|around|alive !next|on|at|for|until|till|when|tomorrow|today|tonight|this|in', 'not want|wanna ?to live|exist|carry_on|go_on|continue|wake_up|be_alive',
      'wish * not here|around|alive|born|exist', 'never be born', 'never wake up',
      'not ?go ?to be here|around|alive !next|on|at|for|until|till|when|because|as|today|tomorrow|tonight|this|in|while|during|after|before|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|to_see|to_do|with',
      'might|may as well not be here|around|exist|be_dead', 'if * be gone|dead|not_here|not_around $', 'no_one * miss me|her|him|them', 'no_one * notice|care * if * gone|dead|not_here|die',
      'no longer want to live|be_here|be_alive|exist', 'do not want to exist|live',
    ],
    examples: ['I don\'t want to be here any more', 'I might as well not be here', 'I won\'t be here much longer', 'wish I\'d never been born', 'no one would miss me'],
    traps: ['I want to be here for my kids', 'I won\'t be here next week as I\'m on holiday', 'she will not be around on Friday'],
  },
  {
    id: 'suicide.no-point', category: 'suicide', catches: 'No point in living or going on; nothing to live for; life not worth living',
    patterns: [
      'no point $|@more|in_anything|to_anything|in_life|to_life|in_live|in_go_on|in_carry_on|go_on|carry_on|live|in_try|in_wake_up|of_it_all|in_it_all|in_be_here|in_me',
      'what be the point $|@more|of_anything|in_anything|of_life|of_live|of_it_all|in_it_all|of_go_on|of_carry_on|of_me|in_me|of_wake_up|of_be_here|in_be_here|in_live|of_try',
      'not see the|a|any point $|@more|in_anything|of_anything|in_life|of_life|in_live|of_live|in_go_on|in_carry_on|in_it_all|of_it_all|in_wake_up|to_anything|to_life',
      'life * not worth live|it|anything|have', 'not worth live|be_alive|it|go_on', 'nothing|no_reason|no_one to live for',
      'no reason to live|go_on|carry_on|stay|be_here|get_up', 'nothing left to live|give',
    ],
    examples: ['There\'s no point in living since Jim died', 'what\'s the point anymore', 'life isn\'t worth living', 'nothing to live for'],
    traps: ['No point going to the shop now, it\'s shut', 'what is the point of the meeting on Monday'],
  },
  {
    id: 'suicide.cant-go-on', category: 'suicide', catches: 'Cannot go on, cannot cope, cannot take any more',
    patterns: [
      'can_not|could_not|not_able_to|unable_to go_on|carry_on|keep_go|keep_go_on|cope|do_this|do_it|take_it|take_this|take_any|take_much|live_like_this|keep_do_this|face_it|hold_on|keep_fight|live $|@more|like_this|any_further|with_life|with_anything',
      'can not take it|this|any ?more $|@more|much_more',
    ],
    examples: ['I can\'t go on like this', 'cant do this any more', 'she said she cannot cope anymore', 'I can\'t take it anymore'],
    traps: ['He couldn\'t go on the trip because of his knee', 'she cannot cope with the stairs'],
  },
  {
    id: 'suicide.tired-of-life', category: 'suicide', catches: 'Tired of, done with or had enough of life and everything',
    patterns: [
      'tire|sick|fed_up|weary|done|exhaust|bore of|with life|live|be_alive|everything|it_all|exist|this_life|be_here', 'have enough $|of_everything|of_it_all|of_life|of_live|@more',
      'be done with it $|all|life|everything', 'want|wish|need it_all|everything to stop|end|be_over', 'make it_all|everything stop|go_away|end', 'want it to be over $|now',
      'just want out $', 'want out of life|this_life',
    ],
    examples: ['I\'m so tired of living', 'I\'ve had enough of everything', 'I just want it all to stop', 'done with life'],
    traps: ['I\'m sick of the rain', 'had enough of the builders next door', 'I\'m done with the ironing'],
  },
  {
    id: 'suicide.burden', category: 'suicide', catches: 'Feeling a burden to others',
    patterns: ['burden on|to my|her|his|their|your|our|everyone|everybody|people|others|family|them|him|us|you|anyone|the_family|the_kids', 'be|feel ?like ?such ?just ?a burden $', 'feel ?like ?such a burden'],
    examples: ['I\'m a burden to everyone', 'feels like a burden on her family', 'i feel like such a burden'],
    traps: ['The paperwork is a real burden this year', 'the financial burden of the new boiler', 'she worries about being a burden on the NHS waiting list'],
  },
  {
    id: 'suicide.hopeless', category: 'suicide', catches: 'Hopelessness, no future, no way out',
    patterns: [
      'hopeless !at|with|cook|case|romantic|map|direction', 'no hope $|left|for_me|for_the_future', 'lose all hope', 'give up hope', 'no future $|for_me|ahead|left',
      'not see a|any future|way_out|way_forward|light|end|reason', 'no way out', 'no light at the end',
    ],
    examples: ['I feel completely hopeless', 'can\'t see any way out', 'there is no hope left', 'lost all hope'],
    traps: ['I\'m hopeless at cooking', 'no hope of getting a parking space near the surgery'],
  },
  {
    id: 'suicide.disappear', category: 'suicide', catches: 'Wanting to disappear, vanish or not exist',
    patterns: ['want|wanna|wish|like_to|could|would_love_to|just|should ?to ?i ?could ?just disappear|vanish !off|to|for|on|abroad', 'disappear|vanish forever|for_good|off_the_face|and_never_come_back', 'stop exist'],
    examples: ['I just want to disappear', 'wish I could vanish and never come back', 'sometimes I wish I could just stop existing'],
    traps: ['The pain in my knee seems to disappear after the walk', 'My glasses disappeared again'],
  },
  {
    id: 'suicide.sleep-forever', category: 'suicide', catches: 'Going to sleep and not waking up',
    patterns: ['sleep and not|never wake', 'sleep forever', 'hope|wish|want|pray * not|never wake up', 'not want to wake up', 'not wake up $|again|tomorrow|in_the_morning'],
    examples: ['I just want to go to sleep and not wake up', 'she hopes she won\'t wake up', 'I don\'t want to wake up tomorrow'],
    traps: ['Slept badly and didn\'t wake up until ten', 'he didn\'t wake up for the alarm'],
  },
  {
    id: 'suicide.give-up', category: 'suicide', catches: 'Giving up on life or on everything',
    patterns: ['give up on life|live|everything|@self|it_all|me|the_world|hope|try|fight|be_alive', 'feel_like|want_to|ready_to|about_to|go_to|close_to give up $|on'],
    examples: ['I\'ve given up on life', 'she said she feels like giving up', 'ready to give up on everything'],
    traps: ['He gave up smoking in January', 'she wants to give up work next year'],
  },
  {
    id: 'suicide.method', category: 'suicide', catches: 'Ways of dying: hanging, jumping, drowning, traffic, trains, cars, wrists',
    patterns: [
      'hang @self', 'noose', 'ligature', 'buy|get|have|keep|hide|find|tie * rope', 'jump|throw|step|walk|lie|leap|fall ?@self off|from|in_front_of|under * bridge|building|roof|cliff|car_park|multi_storey|balcony|window|platform|tower',
      'in_front_of|under a|the train|bus|car|lorry|traffic|truck', 'throw|jump ?@self into|in the|a sea|river|canal|traffic|water|lake|reservoir', 'walk into the|a sea|river|canal|traffic|lake',
      'drown @self', 'gas @self', 'drive|crash|steer * into|off * tree|wall|lorry|bridge|cliff|river|sea|oncoming|traffic|bus', 'crash * car on purpose',
      'slit|cut @poss wrist|throat', 'stand|sit|go|climb|walk|wait|find * edge|ledge|railway_line|train_track|railway_track|track', 'shoot @self', 'throw|jump ?@self off $|something|it|the_top|a_bridge|the_bridge',
    ],
    examples: ['I keep thinking about jumping in front of a train', 'she said she would hang herself', 'he was found standing on the ledge', 'thought about driving into a wall'],
    traps: ['She jumped at the chance to join the art class', 'he threw himself into the volunteering', 'the bridge club meets on Thursdays'],
  },
  {
    id: 'suicide.means', category: 'suicide', catches: 'Taking, saving or looking up enough tablets to die; overdose (OD)',
    patterns: [
      'take|swallow|down|neck|have|use * whole|lot|load|handful|bunch|packet|box|bottle|strip|stack|pot|tub ?of @drug', 'take|swallow all @poss|the|of|her|his|my @drug',
      'take|swallow|down|neck # @drug', 'take them all', 'swallow the_lot|them_all|everything', 'take the_lot|it_all !in', 'lethal dose', 'how many * kill|to_die|it_take|would_it_take|before',
      'look_up|research|google|search * how_to_die|how_to_kill|way_to_die|way_to_do_it|method|how_many|overdose|hang|lethal', 'stockpil*|hoard|stash|save|squirrel|collect_up|store_up * @drug', 'stockpil* $',
      '@drug * stockpil*|hoard|stash|save_up', 'stash|supply|stockpile|collection of @drug', 'enough @drug to|save', 'overdos* !on_chocolate|on_sugar|on_cake|on_telly|on_tv|on_sun|on_caffeine',
      'pot|box|bottle of @drug * take|could|would|all',
    ],
    examples: ['I have saved up my pills', 'she said she has been saving her tablets', 'took 20 paracetamol last night', 'pt OD\'d in March', 'I\'ve got a pot of tablets and I could take it all'],
    traps: ['Takes her tablets as prescribed', 'she takes 2 tablets twice a day', 'He keeps his tablets in a dosette box', 'She\'s saving up for a holiday'],
  },
  {
    id: 'suicide.preparation', category: 'suicide', catches: 'Goodbyes, notes and giving things away',
    patterns: [
      'give away @poss|all|her|his|my * thing|stuff|belonging|possession|pet|cat|dog|jewellery|clothes|record|collection', 'goodbye|suicide|farewell note|letter|message|text',
      'say @poss goodbye $|to_everyone|to_everybody', 'write|leave * letter|note * in_case|for_when|for_after|to_be_read', 'put|get|sort @poss affairs in order',
      'write letter to each|everyone|all',
    ],
    examples: ['she has written a goodbye letter', 'he\'s been giving away his things', 'I\'ve said my goodbyes', 'put her affairs in order'],
    traps: ['She said goodbye to her friend at the bus stop', 'he wrote a letter to the council about the bins'],
  },
  {
    id: 'suicide.something-stupid', category: 'suicide', catches: 'Euphemisms for acting on it: "do something stupid", "do something I regret"',
    patterns: ['@threat|scare|afraid|worry|fear|tempt|close_to|end_up ** do something stupid|silly|daft|drastic|bad|final|dangerous|i_will_regret|i_would_regret|regret'],
    examples: ['he said he would do something stupid if the benefits stopped', 'I\'m scared I\'ll do something silly'],
    traps: ['I did something silly and left the gas on', 'he did something stupid at work and got told off'],
  },
  {
    id: 'suicide.attempt', category: 'suicide', catches: 'Previous or recent attempts',
    patterns: ['previous|past|last|recent|fail|further|another|first|serious ?suicide attempt !to_call|to_contact|to_ring|to_phone|to_visit|to_reach', 'attempt on @poss life', 'attempt|try to kill|end|take|hang|drown|overdose', 'attempt $'],
    examples: ['previous attempt 2019', 'she tried to end her life last year', 'attempt on his life in March'],
    traps: ['Attempted to call pt three times, no answer'],
  },
  {
    id: 'suicide.reunion', category: 'suicide', catches: 'Wanting to join someone who has died',
    patterns: ['be_with|join|see @poss * in_heaven|up_there|on_the_other_side|in_the_ground', 'want to die to be with', 'want|wish to be with @poss * who die|pass'],
    examples: ['I just want to be with my husband in heaven', 'she wants to join her mum up there'],
    traps: ['She wants to join her friends at the Thursday group'],
  },
];
