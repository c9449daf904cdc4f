import type { RiskRule } from '../rule.ts';

/** Harm to other people: threats, thoughts of harming, weapons and violence. */
export const HARM_TO_OTHERS_RULES: readonly RiskRule[] = [
  {
    id: 'others.threat', category: 'harm-to-others', catches: 'Wanting, planning or threatening to kill or hurt someone',
    patterns: [
      '@threat ** kill|murder|stab|shoot|strangle|smother|batter|knife|glass|throttle|choke|beat|smash|kick|punch|hit|hurt|harm|attack|suffocate|poison|run_over|deck|thump|bottle ?the ?@poss @other|@child',
      '@threat ** smash|kick|punch|do|batter * face|head in', 'put ?@poss @other|@child in hospital', 'make ?@poss @other|@child suffer', 'kill|murder @other|@child !for|it|time|with_kindness', 'hurt|harm|stab|attack|kill|murder|strangle|smother|shoot someone|somebody|anyone|anybody|people|other_people', 'stab|strangle|smother|shoot|knife @other|@child !@body|finger|own|at',
      'threaten @other|@child|staff|neighbour|worker|receptionist|doctor|the_staff', 'threaten to kill|stab|hurt|harm|shoot|burn|beat|batter|smash|attack|hit|bomb',
    ],
    examples: ['he said he would put his brother in hospital', 'Some days I feel like I want to kill him', 'I swear I\'m going to batter him', 'he said he would stab the neighbour', 'she threatened to kill her sister'],
    unless: ['job|work|shift|commute|heat|stair|back|knee|feet|hip|boot|shoe * kill'],
    traps: ['she stabbed her finger on a needle sewing', 'I would kill for a coffee', 'I could murder a bacon sandwich', 'my mum will kill me if I\'m late', 'the traffic was murder', 'this job is killing him'],
  },
  {
    id: 'others.thoughts', category: 'harm-to-others', catches: 'Thoughts, urges or images of harming others; homicidal or violent thoughts',
    patterns: [
      'think|urge|impulse|fantas*|image|idea about|of|to harm|hurt|kill|stab|attack|strangle|smother|shake|drown|injure', 'homicid*', 'harm|risk|danger to others|other_people|the_public',
      'violent think|fantas*|urge|impulse|outburst|rage|image', 'intrusive * harm|hurt|kill|stab|attack', 'lash out at|on ?@poss @other|@child|people|staff|everyone', 'lose it * hurt|hit|kill|harm',
    ],
    examples: ['pt reports intrusive thoughts of harming his baby', 'he has violent thoughts about his neighbour', 'scared I\'ll lose it and hurt someone'],
    traps: ['She was worried about hurting her friend\'s feelings'],
    unless: ['feeling'],
  },
  {
    id: 'others.weapons', category: 'harm-to-others', catches: 'Carrying or using knives, blades and weapons; fights and assaults',
    patterns: [
      'carry|have|keep|get|bring|pull|wave|brandish|take|grab|hold * knife|blade|machete|weapon|gun|knuckleduster !and_fork|to_cut|to_spread|block|drawer|set|sharpen|skill|and_chopping',
      'threaten|attack|go_for * with a|the knife|weapon|gun|hammer|bat|bottle|blade', 'knife crime', 'glass @other|@child|someone', 'get into a ?fist fight|punch_up|scrap', 'assault @other|@child|someone|a|the|staff|police',
      'knock @other out', 'violent|aggressive toward|towards|with ?@poss @other|@child|people|staff|family|partner', 'get|become violent', 'violence toward|towards|against ?@poss @other|@child',
    ],
    examples: ['he carries a knife when he goes out', 'got into a fight outside the pub', 'he gets violent when he drinks'],
    traps: ['She bought a new knife block for the kitchen', 'they knocked it out of the park at the quiz'],
  },
];
