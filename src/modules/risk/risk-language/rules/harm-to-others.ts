import type { RiskRule } from '../rule.ts';

/** Harm to other people: threats, thoughts of harming, weapons and violence. */
export const HARM_TO_OTHERS_RULES: readonly RiskRule[] = [
  {
    id: 'others.threat', category: 'harm-to-others', catches: 'Wanting, planning or threatening to kill or hurt someone',
    patterns: [
      '@threat ** end|bury|shank|merk|murk @other $|if|when|and|for_good|one_day|i_swear',
      'see|want|wish|like|rather ?@poss @other|ex dead',
      '@threat ** kill|murder|stab|shoot|strangle|smother|batter|knife|glass|throttle|choke|beat|smash|kick|punch|hit|hurt|harm|attack|suffocate|poison|run_over|deck|thump|bottle ?the ?@poss @other|@child',
      '@threat ** smash|kick|punch|do|batter * face|head in', 'put ?@poss @other|@child in hospital|the_ground|a_box|a_coffin|a_wheelchair|the_morgue|an_early_grave', 'put ?@poss @other|@child six feet under', 'make ?@poss @other|@child suffer', 'kill|murder @other|@child !for|it|time|with_kindness|@body|feet|foot', '@threat ** sort|deal_with|do @other out_properly|out_once_and_for_all|out_good_and_proper|out_for_good|properly|once_and_for_all', '@threat ** teach @other a lesson', 'hurt|harm|stab|attack|kill|murder|strangle|smother|shoot someone|somebody|anyone|anybody|people|other_people', 'stab|strangle|smother|shoot|knife @other|@child !@body|finger|own|at',
      'threaten ?the|a @other|@child|staff|neighbour|worker|receptionist|doctor|the_staff', 'threaten to kill|stab|hurt|harm|shoot|burn|beat|batter|smash|attack|hit|bomb',
      'threat to|of kill|stab|hurt|harm|shoot|burn|attack|batter|beat|smash|bomb|violence', 'someone|somebody|anyone|people|one_of_them * go_to|will|gonna|could|might ?end_up ?get hurt|kill|stab|injure|dead|die|seriously_hurt',
    ],
    examples: ['I swear down I\'ll end him', 'he\'d happily see his ex dead', 'he said he would put his brother in hospital', 'Some days I feel like I want to kill him', 'I swear I\'m going to batter him', 'he said he would stab the neighbour', 'she threatened to kill her sister', 'pt made threats to kill his landlord', 'someone is going to get hurt if this carries on', 'I\'m going to go round there and sort him out properly'],
    unless: ['job|work|shift|commute|heat|stair|back|knee|feet|hip|boot|shoe|trainer|heel|sandal|walk|hill|noise|pain|headache|migraine * kill'],
    traps: ['i swear down this bus is always late', 'she would like to end her tenancy and move', 'she\'s dead chuffed with her new bike', 'she stabbed her finger on a needle sewing', 'I would kill for a coffee', 'I could murder a bacon sandwich', 'my mum will kill me if I\'m late', 'the traffic was murder', 'this job is killing him', 'there\'s a threat of rain at the weekend', 'someone got hurt at football, not him', 'the new trainers are killing her feet', 'she will sort him out with a lift on Monday'],
  },
  {
    id: 'others.thoughts', category: 'harm-to-others', catches: 'Thoughts, urges or images of harming others; homicidal or violent thoughts',
    patterns: [
      'push|shove|throw ?@poss @other|people|someone|somebody * in_front_of|under|onto * train|bus|car|traffic|lorry|track',
      'think|urge|impulse|fantas*|image|idea about|of|to harm|hurt|kill|stab|attack|strangle|smother|shake|drown|injure', 'homicid*', 'harm|risk|danger to others|other_people|the_public',
      'violent think|fantas*|urge|impulse|outburst|rage|image', 'intrusive * harm|hurt|kill|stab|attack', 'lash out at|on ?@poss @other|@child|people|staff|everyone', 'lose it * hurt|hit|kill|harm',
    ],
    examples: ['thoughts of pushing people in front of trains', 'pt reports intrusive thoughts of harming his baby', 'he has violent thoughts about his neighbour', 'scared I\'ll lose it and hurt someone'],
    traps: ['my son pushes my wheelchair at the shops', 'She was worried about hurting her friend\'s feelings'],
    unless: ['feeling'],
  },
  {
    id: 'others.arson', category: 'harm-to-others', catches: 'Setting fire to buildings, cars or people; arson and petrol bombs',
    patterns: [
      'set fire to|on !the_bonfire|bonfire|the_bbq|the_barbecue|the_leaves|garden_waste|the_grass', 'set * house|flat|car|office|door|letterbox|place|building|shop|him|her|them on fire|alight|ablaze',
      'burn * house|flat|car|office|place|building|shop down', 'burn down * house|flat|car|office|place|building|shop', 'arson*', 'petrol bomb', 'petrol|lighter_fluid * through * letterbox|door',
    ],
    examples: ['he talked about setting fire to the council office', 'threatened to burn the house down', 'she said she would set his car on fire'],
    traps: ['we set fire to the bonfire on the fifth', 'her singing set the room alight'],
  },
  {
    id: 'others.weapons', category: 'harm-to-others', catches: 'Carrying, keeping or using knives and weapons; fights and assaults, given or suffered; arrests for violence (GBH, ABH)',
    patterns: [
      'find|catch|stop|arrest|see with ?a|an knife|blade|machete|weapon|gun|bat',
      'come|go back|round with a|the knife|gun|weapon|bat|machete|blade', 'set|let * dog on', 'be|get assault $|on|at|in|last|outside|while|after|again|by|walk|and',
      'keep|carry|have * bat|baseball_bat|hammer|crowbar|axe|cosh|knife|machete|weapon * for ?@poss @other', 'keep|carry|have * bat|baseball_bat|hammer|crowbar|axe|cosh|knife|machete|weapon * by|under|behind the door|bed|pillow|sofa', 'keep|carry|have * bat|baseball_bat|hammer|crowbar|axe|cosh|knife|machete|weapon * for_protection|in_case|just_in_case',
      'gbh|abh|affray|grievous_bodily|actual_bodily|wound_with_intent|common_assault', 'arrest|charge|convict|caution|prison|jail * for * assault|violence|gbh|abh|stab|wound|affray',
      'carry|have|keep|get|bring|pull|wave|brandish|take|grab|hold * knife|blade|machete|weapon|gun|knuckleduster !and_fork|to_cut|to_spread|block|drawer|set|sharpen|skill|and_chopping',
      'threaten|attack|go_for * with a|the knife|weapon|gun|hammer|bat|bottle|blade', 'knife crime', 'glass @other|@child|someone', 'get into a ?fist fight|punch_up|scrap', 'assault @other|@child|someone|a|the|staff|police',
      'knock @other out', 'violent|aggressive toward|towards|with ?@poss @other|@child|people|staff|family|partner', 'get|become violent', 'violence toward|towards|against ?@poss @other|@child',
      'punch|hit|headbutt|attack|glass|kick|thump|deck|batter|beat_up|assault|set_on a|the|some|random stranger|man|woman|lad|bloke|guy|bouncer|member_of_public|passer_by',
    ],
    examples: ['he was found with a knife outside the school', 'said he\'d come back with a knife', 'he set his dog on a neighbour', 'she was assaulted on the way home from the pub', 'he keeps a baseball bat by the door for his neighbour', 'he was arrested for GBH last month', 'he carries a knife when he goes out', 'got into a fight outside the pub', 'he gets violent when he drinks', 'he punched a stranger at the bus stop'],
    traps: ['he\'s been given a new knife and fork set by his daughter', 'he set the table for dinner', 'he keeps a baseball bat signed by his hero on the wall', 'he was arrested for shoplifting years ago and has moved on', 'She bought a new knife block for the kitchen', 'they knocked it out of the park at the quiz'],
  },
];
