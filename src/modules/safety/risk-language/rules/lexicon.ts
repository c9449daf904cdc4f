import type { RiskCategory } from '../rule.ts';
import { VOCABULARY } from '../vocabulary.ts';

/**
 * The safety net under the phrase rules: single words (lemmas) that on their own carry risk in a
 * care note. Phrase rules miss phrasings nobody anticipated; a note that says "died", "bridge",
 * "slapped" or "unwashed" about a person is worth one prompt even when no rule knows the phrasing.
 * A lexicon word counts only in a sentence about a person (@person), unless it is one of the entry's `alone` words, and never inside an everyday
 * idiom (EVERYDAY_IDIOMS). Words are written in the rule language of pattern.ts.
 */
export interface LexiconEntry {
  id: string;
  category: Exclude<RiskCategory, 'scheme'>;
  /** The plain reason shown with the match ("mentions of dying"), and to managers. */
  reason: string;
  words: readonly string[];
  /** Words that count even in a sentence naming no one: what a worker sees on a home visit ("the fridge was empty"). */
  alone?: readonly string[];
  /** Sentences this entry must catch on its own. */
  examples: readonly string[];
  /** Everyday sentences with the same words that the whole detector must stay quiet on. */
  traps: readonly string[];
}

/** An everyday idiom that uses a lexicon word in a harmless sense; a lexicon word inside it does not count. */
export interface EverydayIdiom {
  idiom: string;
  patterns: readonly string[];
  /** Words that, anywhere in the same sentence, set a harmless scene (sport, an accident, volunteering) for every lexicon word in it. */
  setting?: readonly string[];
  /** Everyday sentences the idiom keeps quiet (the detector must find nothing in them). */
  examples: readonly string[];
}

/** Violence verbs, shared by the harm-to-others, domestic abuse and child entries. */
/** Medicines by name, without the pronoun "them" that the shared list holds for the phrase rules. */
const DRUGS = (VOCABULARY.drug ?? [])
  .filter((d) => d !== 'them' && d !== 'prescription')
  .map((d) => d.replace(/ /g, '_'))
  .join('|');

const VIOLENCE =
  'hit|punch|slap|kick|beat|batter|strangle|choke|throttle|shove|push|grab|stab|smack|thump|headbutt|bite|attack|assault|smash|knife|glass|deck|whack|wallop|belt|thrash|bash|hurt|harm|injure|threaten|lock|drag|shake|burn|scald|spit_at|throw';

export const RISK_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'lexicon.dying',
    category: 'suicide',
    reason: 'mentions of dying or of suicide',
    words: [
      'die',
      'dead',
      'death',
      'suicid*',
      'overdos*',
      'kill @self',
      'end it|thing|everything $|tonight|now|soon|for_good',
      'end @poss life',
      'goodbye|farewell letter|note|message|text|video !in_a_card|in_the_card|in_her_colleague|in_his_colleague|in_a_leaving|in_the_leaving',
      'say my|her|his|their goodbyes',
      'write|leave * will|letter|letters|note|notes * in_case|for_when|for_after|for_each|to_each',
      'write|make * a|her|his|my will',
      'give|giving * away * thing|belonging|possession|jewellery|pet|dog|cat|stuff',
      'give|giving|hand * thing|belonging|possession|jewellery|pet|dog|cat|stuff|tool|tools|watch|ring|medal|guitar|collection * away|out',
      'give|hand|leave @poss pet|dog|cat * to',
      'look_after|have|keep|take|rehome * @poss ?pet|dog|cat for_good|forever|permanently',
      'will_not|never|not_go_to ?be need|use|wear|drive|play|read it|them|this|that|any_of_it|anything|thing|stuff ?any_more|again|any_longer|where_i_be_go|where_he_be_go|where_she_be_go $',
      'after|when|once i|he|she|they be go $|for_good',
      'insurance|will|papers|paperwork|password|passwords|bank_detail|bank_details|funeral_plan ** in_case|for_when|for_after|if_anything|if_something',
      'affair|affairs ** so|in_case|for_when|for_after|ready|before_he_go|before_she_go|before_i_go',
      'bleed out',
      'write|leave * note|notes|letter|letters * for|to @poss ?own ?two|three wife|husband|partner|mum|dad|kid|child|children|son|daughter|family|everyone|parent|sister|brother $|in_case|explain*|say_sorry|goodbye|to_find|to_open|for_after|on_the_table|in_the_drawer',
      'none|nothing|no_one ?of_it|of_this|of_that|of_them will|go_to|gonna * matter|count|care $|after|by|once|soon',
      `google|research|look_up|search|read_up|ask_about|check ** lethal|fatal|painless|overdose|dangerous|toxic|deadly|do_it|would_do_it|enough_to|without_pain|bleed_out|kill`,
      'lethal|fatal|deadly dose|amount|quantity|combination',
      'end|finish it|thing|everything|it_all once|when|after|before|by ** run_out|be_go|funeral|anniversary',
    ],
    alone: [
      `${DRUGS} ** lethal|fatal|deadly|enough_to_kill|enough_to_die`,
      'it|everything|this ?will|go_to|gonna|would all be over|end|finish $|soon|tonight|tomorrow',
      `google|research|look_up|search|read_up ** ${DRUGS}|dose ** lethal|fatal|dangerous|toxic|deadly|kill|enough_to`,
      'tonight|today|tomorrow|this_weekend|this_week ?be|might_be|could_be|will_be|may_be the night|day|one|time $',
      `take|took|swallow|neck|down 5|6|7|8|9|five|six|seven|eight|nine ?of ?@poss ?own ${DRUGS}`,
    ],
    examples: [
      'pt disclosed thoughts of dying most days',
      'he keeps talking about death',
      'she keeps talking about dying',
      'client has written a will and said goodbye to her sister',
      'she has given away her dog and her jewellery this week',
      "he has been giving his tools away to the lads and said he won't be needing them",
      'she asked her neighbour to look after the cat for good',
      "he's sorting out his affairs so his daughter is not left with it",
      'she said after the weekend none of it will matter',
      'tonight might be the night',
      'he has written a note for his wife',
      "he's been googling which pills would do it without pain",
      'she researched which tablets are most dangerous',
      'took 8 co-codamol',
      'she has been reading about how much amitriptyline is fatal',
      'she says by friday it will all be over',
      'he told his brother where the insurance papers are in case anything happens',
      'researched which tablets are most dangerous',
      "he said he'll finish it once the money runs out",
    ],
    traps: [
      "I'm dead tired after my night shift",
      'the battery on my phone died halfway through the call',
      "her husband died five years ago and she's doing well with the bereavement group",
      "he gave his old bike to his neighbour's son because he won't need it now he drives",
      'tonight is the night of the quiz at the community centre',
      'she says by friday the decorating will all be over',
      'Record training once it is done, with the date on the certificate.',
      'he told his brother where the spare key is in case he is late',
      'she looked up how long it takes to get a GP appointment',
      'she takes 8 paracetamol a day for her back, as the GP advised',
      "she left letters for the school about the kids' dinners",
    ],
  },
  {
    id: 'lexicon.means',
    category: 'suicide',
    reason: 'mentions of a means or place of suicide',
    words: [
      'noose|ligature|charcoal',
      'hosepipe|hose|pipe * car|exhaust|window',
      'rope|cord|belt|flex * neck|loft|garage|beam|banister|tree|use_it|hang',
      'hang @self|from|$',
      'jump|step * off|from|in_front',
      'throw @self off|from|in_front|into|under',
      'bridge|train_line|railway|rail_line|railway_line|multi_storey|car_park_roof|rooftop|cliff|cliff_edge|reservoir',
      'drown|gas|electrocut* @self',
      'drown',
      `stockpile|hoard|save|stash|hide|saving_up * ${DRUGS}`,
      `how many * ${DRUGS}|it_take|would_it_take|to_kill`,
      `load|lot|handful|box|boxes|packet|packets|bottle|all|whole|too_many|extra * of ?@poss ?own ${DRUGS}`,
      `# ${DRUGS}`,
    ],
    examples: [
      'i keep thinking about the train line near my house',
      'he drove to the bridge last night and sat there for hours',
      "he's been looking up how many paracetamol it takes",
      'pt has been hoarding his sleeping tablets in a drawer',
      'client stated he has a rope in the garage and has thought about using it',
    ],
    traps: [
      'the bridge club meets on Thursdays',
      'he takes his tablets as prescribed and has a medication review next week',
      'she jumped at the chance to join the walking group',
    ],
  },
  {
    id: 'lexicon.despair',
    category: 'suicide',
    reason: 'mentions of hopelessness, being a burden or giving up',
    words: [
      'hopeless|worthless|helpless|pointless|useless|trap|despair|desperate|unbearable|numb',
      'give up $|on_life|on_everything|on_me|on_myself|on_herself|on_himself|on_it_all|on_everyone',
      'can_not|could_not * go_on|carry_on|take_it|do_this',
      'have enough $|of_it|of_everything|of_life',
      'done with it|life|everything|it_all',
      'no future|hope|way_out $|for|left|ahead',
      'point of|in me|myself|life|live|anything|it_all|go_on|carry_on',
      'point * @more',
      'waste of space|oxygen|air|skin',
      'tire|sick of live|life|be_alive|be_here|exist|everything|it_all',
      'want|need ?it_all out $',
      'once|when @person be gone $|for_good',
      'cope|manage|fine|better * without me|her|him|them',
      'problem|burden|bother|trouble|nuisance|around|here|worry|worry_about_me|worry_about_him|worry_about_her ** @more|for_long $',
      'no|not_much point * pay|renew|plan|save|book|buy|fix|bother|try|get_up|eat|wash|cook|clean|keep ** now $|any_more',
    ],
    examples: [
      'not going to be a problem for anyone much longer',
      "they won't have to worry about him for much longer",
      "she cancelled her direct debits and said there's no point paying them now",
      'honestly dont see the point of me anymore',
      'pt said everyone would cope fine once shes gone',
      'client feels hopeless and trapped since the eviction notice',
      'hes given up on everything and doesnt want help',
    ],
    traps: [
      "he said they won't have to wait much longer for the repairs",
      "I'm hopeless at cooking but I'm learning",
      'she is trapped in a lift at work, she joked on the phone',
      "he's done with the decorating at last",
    ],
  },
  {
    id: 'lexicon.hurting-self',
    category: 'self-harm',
    reason: 'mentions of cuts, burns or injuries that may be self-inflicted',
    words: [
      'cut|slash|burn|scratch|carve|scald|stab|gouge|pierce ?@poss arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|body',
      'cut|slash|burn|scratch|carve|scald|stab|gouge|pierce @self|into|since|again',
      'scar|scars|scarring|fresh_wound|wound|wounds|laceration|gash|blade|razor|sharps|cutting|self_injur*',
      'mark|marks|cut|cuts|burn|burns|scratch|scratches on|to * wrist|arm|arms|thigh|leg|stomach|skin|forearm',
      'bang|hit|punch|slam|smash|headbutt * head|fist|hand|knuckle * against|on|into|off * wall|floor|door|table',
      'punch|hit|kick|headbutt * wall|walls|door|doors',
      'pull|tear|rip * hair * out',
      'bleed',
      'punish|starve|hurt|harm|injure @self',
      'use|put|hold|press * lighter|cigarette|ciggie|iron|blade|razor|compass|sharpener|glass|lid * on|to|against|into ?@poss arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hand',
      'plaster|plasters|bandage|bandages|dressing|dressings ** forearm|forearms|wrist|wrists|arm|arms|thigh|thighs',
      'deserve * pain|hurt|punish*|suffer|to_hurt|to_suffer|to_be_hurt|to_feel_pain',
    ],
    examples: [
      'she has been using a lighter on her arms again',
      'noticed there were plasters up her forearm',
      'she said she deserves the pain',
      'he drinks until he blacks out and then hurts himself',
      'noticed fresh marks on his wrists during the visit',
      'she pulls her hair out in clumps when stressed',
      'he punches walls until his knuckles bleed',
      'i bang my head on the wall when it gets too loud in my head',
    ],
    traps: [
      'she uses a lighter for the candles at the group',
      'she had a plaster on her arm after her blood test',
      'she said she deserves a break after the move',
      'he fell and hurt himself on the ice',
      'she cut her hair short for the summer',
      'he cut the grass for his elderly neighbour',
      'cutting down on sugar has helped her diabetes',
    ],
  },
  {
    id: 'lexicon.violence',
    category: 'harm-to-others',
    reason: 'mentions of violence towards a person',
    words: [
      `${VIOLENCE}|kill|murder|strangl*|fight|attack|rape * @target`,
      `${VIOLENCE}|kill|murder|rape * her $|@afterHer`,
      `${VIOLENCE} * @poss @target`,
      'fight|fights|fighting|brawl|scrap|violent|violence|aggressive|aggression|weapon|knife|knives|blade|machete|gun|firearm|harm|harming',
      'smash * face|head|teeth|skull|jaw',
      'put * in hospital|in_the_ground|in_a_box',
      'threat|threaten|intimidat*|menac*|harass*|stalk*',
      'make @target|her suffer|pay|sorry|regret',
      'do|serve time|a_stretch ?for_it|for_him|for_her|for_them $',
      'someone|somebody|people|anyone|he|she|they ** go_to|will|gonna|bound_to get ?seriously|really|badly hurt|kill|stab|batter|glass',
      'with a|his|her|the bat|baseball_bat|knife|hammer|machete|crowbar|axe|blade|weapon|golf_club',
      'put|throw|send @target|her through|out * window|wall|door|glass',
      'keep|carry|have|got ** hammer|bat|baseball_bat|crowbar|knife|blade|machete|axe|screwdriver|weapon ** for|ready_for|in_case ?the|that|@poss @other|neighbour',
    ],
    examples: [
      "he said he knows where the man lives and he's going round there with a bat",
      "she said she'll put her through the window",
      "he said if his ex brings the new bloke round he'll end up doing time",
      'he keeps a hammer by the door for the neighbour upstairs',
      "she said someone is going to get seriously hurt if the council don't move him",
      "he said he'll batter his neighbour if he parks there again",
      'son has been getting into fights at school and punched a teacher',
      'she wants to make him suffer for what he did to her',
      'I could honestly kill my brother for what he did',
    ],
    traps: [
      'he is going round to the cricket club with his bat on sunday',
      'he keeps a hammer in the shed for odd jobs',
      'she said someone is going to get a nice surprise at the party',
      "he said the new job means he'll end up doing more hours",
      'he hit the gym three times this week',
      'he kicked off the meeting with a joke',
      'she grabbed a sandwich on the way in',
      'he punched the air when he heard he got the job',
    ],
  },
  {
    id: 'lexicon.control',
    category: 'domestic-abuse',
    reason: 'mentions of fear, control or abuse at home',
    words: [
      'abuse|abusive|abuser|coercive|coerce|controlling|bruise|bruising|black_eye|flinch|cower|eggshell*',
      'control|track|monitor|check|watch * where|who @person',
      '<!i control|track|monitor|check|go_through|read|take|keep|break|smash * my phone|money|bank|card|account|location|message|messages|text|texts|car_keys|passport|post',
      'he|husband|partner|boyfriend|son|ex|they ** control|track|monitor|check|go_through|read|take|keep|break|smash * her phone|money|bank|card|account|location|message|messages|text|texts|car_keys|passport|post',
      'she|wife|girlfriend|partner|daughter|ex|they ** control|track|monitor|check|go_through|read|take|keep|break|smash * his phone|money|bank|card|account|location|message|messages|text|texts|car_keys|passport|post',
      'not let|allow * me|her|him|them * go|see|have|leave|out|work|talk|speak|use|money|phone|friend|family|own|wear|eat|sleep|drive',
      'scare|afraid|frighten|terrify|petrify|fear|fearful of|about|around ?@poss @target',
      'scare|afraid|frighten|terrify|petrify|fear|fearful of|about what|how|when @person',
      'scare|afraid|frighten|terrify|petrify|nervous * to go_home|go_back|leave|tell|say|speak|be_home|answer',
      'turn up|follow|watch|wait_outside|keep_ring|keep_text|keep_call * at|outside|to|round my|her|his|their house|flat|home|work|door|school',
      'call|tell|make * me|her|him * useless|stupid|worthless|ugly|pathetic|no_one_else|nobody_else',
      'pocket money|allowance from * he|him|husband|partner|boyfriend|wife',
      'keep|hold|take|control all ?the|my|her|his|our money|cash|benefit|wage|wages|pension|card|bank_card',
      'get|have|make|threaten|say * @victim|me|her|him|them ?be deport|send_back|send_home|report_to_immigration|report_to_the_home_office',
      'home_office|immigration ** if|unless',
      'account for|explain|justify * every|each minute|hour|movement|second',
      'cancel|take|stop|withdraw|not_renew|rip_up * @poss visa|passport|sponsorship|status|papers',
      'take|keep ?@poss|the @child|kid|kids|children ** never|off_me|off_her|off_him|away_from|from_me|from_her|from_him|for_good',
    ],
    examples: [
      "her boyfriend said he'll ring the home office about her visa if she doesn't do what he says",
      "she has to account for every minute she's out of the house",
      'her husband says he will get her deported if she leaves him',
      'he keeps all the money and gives her twenty pounds a week',
      "my husband says if i leave he'll take the kids and i'll never see them",
      'he tracks where I go on an app',
      'husband calls her useless and tells her no one else would want her',
      "i'm frightened of what he'll do when he gets out",
      'my ex keeps turning up at my house',
    ],
    traps: [
      'her boyfriend rang the home office helpline about her visa renewal',
      'she has to account for every penny on the grant form',
      'her husband is helping her with the immigration paperwork for her visa',
      'he keeps a budget and gives the kids pocket money each week',
      'her husband controls the remote and the heating, she laughs',
      "she's scared of spiders and heights",
      'he is worried about abuse of the system by landlords',
    ],
  },
  {
    id: 'lexicon.child',
    category: 'child-safeguarding',
    reason: 'mentions of a child hurt, left alone, unfed or targeted',
    words: [
      '@child ** alone|on_their_own|on_her_own|on_his_own|by_themselves|unattended|unsupervised|dirty|unwashed|smelly|nits|not_fed|no_food|without_food|miss_school|out_all_night|missing',
      'leave|left * @child * alone|on_their_own|on_her_own|on_his_own|by_themselves|unattended',
      'older|grown man|men|lad|lads|boy|boys * @child|gift|present|lift|money|phone|vape|alcohol|out_all_night',
      'man|men|older|stranger|lad|lads|guy|someone ** give|buy|send|offer ** @child',
      'groom*',
      '@child * bruise|mark|burn|injury|scald|fracture|broken',
      'too drunk|drink|high|off_her_face|off_his_face|out_of_it * to * look_after|care_for|mind|watch * @child',
      'lock|shut * in * room|cupboard|shed|cellar',
      '@child * wander|roam|found_outside|found_in_the_street|out_alone',
      'year_old|yr_old|@child ** man|men|stranger|older|adult|guy ** online|met|meet',
      'same|dirty|soiled|full|soaked|wet|unchanged|heavy nappy|nappies * since|from|for|all * yesterday|day|days|night|morning',
    ],
    examples: [
      'the toddler was found wandering the corridor in a nappy at midnight',
      'her 12 year old has a new phone from a man she met online',
      'the baby was still in the same nappy from yesterday when I visited',
      'a man from the estate keeps giving her 13 yr old daughter gifts',
      'the children are going to school hungry and dirty',
      'he leaves the toddler in the flat on her own while he goes to the shop',
    ],
    traps: [
      'her 12 year old got a new phone for her birthday from her dad',
      'the baby was in a clean nappy and settled when I visited',
      'she left the kids with their nan for the afternoon',
      'the kids are at school and doing well',
      'he pushed the pram round the park for an hour',
    ],
  },
  {
    id: 'lexicon.exploitation',
    category: 'exploitation',
    reason: 'mentions of exploitation or of money taken',
    words: [
      'exploit|exploited|exploiting|exploitation|dealer|dealers|deal_drug|deal_drugs|drug_deal|drug_run|run_drug|sell_drug|county_line*|gang|gangs|trap_house|cuckoo*|traffick*|slave|slavery',
      'make|force|pay * carry|deliver|drop|hold|stash * package|packages|parcel|parcels|bag|bags|drug',
      'owe|owes|debt * dealer|drug|gang|them|lad|lads|man|men',
      'steal|pinch|nick * @money|purse|wallet|cash|card',
      'take|use|spend|withdraw * @money|cash|card ** without asking|permission|her_knowledge|his_knowledge|my_knowledge|telling|consent',
      'nephew|niece|carer|grandson|granddaughter|lodger|neighbour|son|daughter|partner|husband|wife|boyfriend|girlfriend|brother|sister|friend|someone|they|family ** take|use|spend|withdraw * @money|cash|purse|wallet !to|for|in|into|with',
      'deal from|out_of @poss flat|house|home|place',
      'take|took|keep|hold * passport|id|document|documents * off|from|away',
      'they|boss|employer|he|gang keep|hold * my|her|his|their passport|id|document|documents',
      'work ** for|with|on no|little|free|nothing|without ?pay|money|wage|wages',
      'sign ?it|everything|all over|away',
      'sign * over|away * house|flat|money|savings|home|car|property',
      'sign * house|flat|will|loan|power_of_attorney|tenancy|savings * over|to_him|to_her|to_them|away',
      'move|stay|live * into|in * @poss flat|house|home|place * deal|sell|drug|not_leave|won_t_leave|take_over',
      'take over * @poss flat|house|home|place',
    ],
    examples: [
      'her nephew has been taking money from her account without asking',
      'he is working at the car wash for no pay and sleeps there',
      "he owes money to dealers and they've threatened him",
    ],
    traps: [
      'he works at the car wash and enjoys it',
      'she owes a bit on her council tax and has set up a payment plan',
      'he volunteers for no pay at the food bank and loves it',
    ],
  },
  {
    id: 'lexicon.neglect',
    category: 'self-neglect',
    reason: 'mentions of going without food, warmth, washing or care',
    words: [
      'unwashed|unkempt|dishevel*|malnourish*|emaciat*|squalor|filth|filthy|rotting|rot|mould|mouldy|infest*|urine|faeces|soiled|neglect*|bedbound|bedsore*|pressure_sore*',
      'not|stop|never * wash|bathe|shower $|properly|for|in|since|or|and|@self',
      'not|stop|never * change_clothes|change_her_clothes|change_his_clothes|get_out_of_bed|leave_bed|leave_the_house|leave_her_bed|leave_his_bed * in|for|since * day|days|week|weeks|month|months',
      'not|stop|never * eat|drink $|properly|for|in|much|anything|enough|well|since|at_all|or',
      'not|stop|never * take ?@poss med|medication|insulin|tablet',
      'no|without ?any food|heating|heat|electric|electricity|hot_water|money_for_food|meal|meals !problem|issue|bill|allerg*|allow|concern|worry|intolerance',
      'lose * weight * not_eat|weeks|loads|lot|stone',
      'rubbish|bin_bag|clutter * everywhere|pile|surround|full|floor|up_to',
      'eat|drink noth|nothing|next_to_nothing',
      'skin and bone|bones',
      'fall|falls|fell|collapse * not|never|without * tell|report|call|ring|press|mention|get_help',
      'not|never * tell|report|mention * fall|falls',
      'lie|lay|stay|stuck * on_the_floor|floor|there ** hour|hours|overnight|all_night|till|until',
    ],
    alone: [
      'flat|house|home|room|bedroom|kitchen|place|it stink|reek|smell_of_urine|smell_of_wee|smell_awful|smell_terrible',
      'stench',
      'cat|dog|animal|pet|human mess|poo|faeces|wee|litter ** everywhere|all_over|floor|carpet|pile',
      'heating|heat|boiler|electric|electricity|gas * off|broken|not_work|cut_off * all|since|for * winter|week|weeks|month|months|day|days',
      'sleep|sit|stay * in @poss coat|coats|hat|gloves|jacket',
      'fly|maggot|maggots|cockroach|cockroaches|rat|rats|mice * everywhere|all_over',
      'mouldy|rotten|rotting|out_of_date food',
      'oven|cooker|hob|gas_ring|candle|candles|barbecue|bbq * to keep_warm|stay_warm|heat_the|for_heat|for_warmth|for_heating',
      'fridge|cupboard|cupboards * empty|bare',
      'empty|bare fridge|cupboard',
      'no heating|food|electricity|electric|hot_water !problem|issue|bill|allerg*|allow|concern|worry|intolerance',
      'squalor|filth|rotting|mouldy|infest*|faeces|urine',
    ],
    examples: [
      'the heating has been off all winter and he sleeps in his coat',
      'there were flies everywhere and mouldy food on every surface',
      "the flat stinks, there's cat mess everywhere",
      'she is eating nothing',
      "he's been using the gas oven to keep warm with the door open",
      "she's had a few falls and not told anyone",
      "he's not been washing and the flat smells of urine",
      'the fridge was empty and there was no heating on',
      "she hasn't eaten properly in weeks and has lost loads of weight",
    ],
    traps: [
      'she has no food allergies',
      'he skipped breakfast because of his blood test',
      'the flat was tidy and the fridge well stocked',
      "he's been using the gas cooker to make soup for the neighbours",
      'she had a fall last year and now has a pendant alarm',
      'the heating is on and he has a warm coat for winter',
      'there were flowers everywhere at the garden centre',
    ],
  },
  {
    id: 'lexicon.sexual',
    category: 'sexual-violence',
    reason: 'mentions of sexual violence or unwanted touching',
    words: [
      'rape|raped|sexual|sexually|molest*|grope|groped|indecent*|paedophile|nonce|abuse|abused|assault|assaulted',
      'touch|touched|touching * me|him|them|@child|my_body|her_body|private|inappropriately|where|without|when_i|when_she|when_he',
      'touch|touched|touching * her $|@afterHer',
      'force|forced|make|made|pressure|pressured * me|her|him|them * sex|thing|things|into|sleep_with|perform|watch',
      'force|forced|push @self on|onto|upon',
      'expose @self',
      'wake|come_round * with|without * clothe|clothes|knickers|underwear|trousers * off|missing|remove|gone|undone',
      'not|can_not|never remember|recall * agree|consent|say_yes',
      'spike|spiked * drink',
      'sleep_with|sex|sexual|favour|favours ** rent|money|debt|drug|drugs|lift|place_to_stay|owe',
      'rent|money|debt|drug|drugs * if|for|in_exchange|in_return * sleep_with|sex|favour|favours',
      'send|show * nude|nudes|naked|explicit|dick_pic|private_picture|private_photo|sexual|indecent',
    ],
    examples: [
      'she said the landlord lets her off the rent if she sleeps with him',
      "she woke up at the party with her clothes off and doesn't remember agreeing to anything",
      'he forced himself on me after the party',
      'she said a man touched her without her agreeing',
      'my uncle used to touch me when i was little',
    ],
    traps: [
      'she said the landlord let her off a late rent fee once',
      'she woke up at the party with a headache and went home early',
      'she was touched by the kindness of the neighbours',
      'he forced the door open when he lost his keys',
      'the group talked about consent forms for photos',
    ],
  },
];

/**
 * Everyday idioms that use lexicon words harmlessly. Kept central and readable: add the idiom, with
 * the everyday sentence it protects, when a harmless sense of a lexicon word turns up. They quiet
 * only the lexicon layer; the phrase rules keep their own traps.
 */
export const EVERYDAY_IDIOMS: readonly EverydayIdiom[] = [
  {
    idiom: 'said laughing or joking',
    patterns: [],
    setting: ['laugh|laughing|joke|joking|jokingly|lol|haha|banter|tease|teasing'],
    examples: ["he says he's a waste of space at pub quizzes, laughing"],
  },
  {
    idiom: 'killing time; would kill for a …; killing it',
    patterns: ['kill time|it|for|off|two_bird|the_mood|the_light|the_engine|the_pain|the_weed|germ|bug|slug'],
    examples: [
      'we were killing time in the waiting room',
      'I would kill for a cup of tea right now',
      "he's killing it at his new job",
    ],
  },
  {
    idiom: 'a phone, battery, car or plant that died',
    patterns: [
      'phone|battery|car|laptop|tablet|computer|engine|plant|plants|garden|flower|flowers|grass|tree|conversation|wifi|internet|light|bulb|boiler|tv|telly|fish|goldfish|van|bike|mouse|bird|rat|fly|spider|fox|animal|hedgehog|pigeon|squirrel * die|dead|death',
      'dead|die|death * battery|phone|plant|garden|end|line|wood|leaf|leaves|head|mouse|bird|rat|fly|flies|spider|fox|animal|hedgehog|pigeon|squirrel',
      'die|dye * hair',
      'be the death of',
    ],
    examples: [
      'the battery on my phone died halfway through the call',
      'the car died on the motorway so he missed the appointment',
      'the plants all died while she was in hospital',
      'my laptop died so I had to write it by hand',
      'the garden was dead after the frost',
    ],
  },
  {
    idiom: 'dying to / for; dying of laughter; to die for',
    patterns: [
      'die|dying to|for|of_laughter|of_laugh|of_boredom|of_embarrassment|laugh|down|out|off|away|back',
      'to die for',
    ],
    examples: ["she's dying to get her hair done", 'we were dying of laughter at the quiz'],
  },
  {
    idiom: 'dead keen, tired, funny, good, on time …',
    patterns: [
      'dead keen|tire|funny|good|nice|easy|lucky|proud|chuffed|excited|right|on|set|serious|bore|posh|quiet|busy|heavy|cheap|end|centre|ringer|loss|weight|heat|of_night|of_winter|against',
      'sick|bore|scare|tire * to death',
      'death * star|metal|trap|row_in_a_film',
    ],
    examples: [
      "I'm dead tired after my night shift",
      "she's dead keen on the gardening project",
      'dead funny film, you should watch it',
      'she is sick to death of the rain',
    ],
  },
  {
    idiom: "a loved one who died: bereavement, not the person's own death",
    patterns: [
      'husband|wife|partner|mother|mum|father|dad|sister|brother|son|daughter|friend|nan|grandad|grandma|grandmother|grandfather|aunt|uncle|cousin|fiance|loved_one|close_to_me|close_to_her|close_to_him|dog|cat|pet ** die|pass|death',
      'death of * husband|wife|partner|mother|mum|father|dad|sister|brother|son|daughter|friend|nan|grandad|grandma|aunt|uncle|dog|cat|pet',
      'die|death|pass|dead * year|years|month|months|ago|last_year|peaceful*|bereave*|funeral|grief|griev*|anniversary|memorial|doing_well|cope_well',
      'bereave*|grief|griev*|funeral|widow* * die|death|dead',
    ],
    examples: [
      "her husband died five years ago and she's doing well with the bereavement group",
      'her dad passed away peacefully last year and she feels at peace',
      'Lives alone since her husband died.',
      'Someone close to me has died',
    ],
  },
  {
    idiom: 'hours, benefits or funding cut',
    patterns: [
      '@money|hours|funding|service|services|budget|shift|shifts|pay * cut',
      'cut * hours|shifts|funding|service|services',
    ],
    examples: ["Four children; her husband's hours have been cut."],
  },
  {
    idiom: 'suicide prevention training, awareness and courses',
    patterns: [
      'suicid*|overdose|self_harm|selfharm|self_injury prevention|awareness|training|course|squad|forest|mission|first_aid',
    ],
    examples: ['Your Suicide prevention training has expired'],
  },
  {
    idiom: 'cut down, back, short; cutting hair, grass, cake, costs; cut to the chase; cut myself some slack',
    patterns: [
      'cut|cutting down|back|short|out|off|up|through|in|to_the_chase',
      'cut|cutting * corner|cost|costs|price|prices|bill|bills|budget|spend|tax|deal|hair|grass|lawn|hedge|cake|bread|onion|veg*|meat|paper|wood|shape|shapes|key|ribbon|fabric|pattern|class|queue|loss|tie|ties|sugar|carb|drink|smoke',
      'cut ?@self a|some slice|bit|piece|slack|break|sandwich',
      'blade|knife|knives|scissors * cut|chop|slice|kitchen|set|block|fork|veg*|cook*|sharpen',
      'knife|knives set|block|and_fork|drawer|sharpener|skill',
      'groom * dog|cat|horse|pony|pet|beard|hair|salon|parlour',
      'dog|cat|horse|pony|pet groom',
      'cuckoo clock|bird|song|call',
      'haircut|hair_cut|cut_and_colour|short_cut|shortcut|paper_cut',
    ],
    examples: [
      'they cut back on takeaways to save money',
      'he cut the grass for his elderly neighbour',
      'she cut her hair short for the summer',
      'cutting down on sugar has helped her diabetes',
      'the cake was cut and shared at the group',
    ],
  },
  {
    idiom: 'cooking and household burns, scratches and cuts',
    patterns: [
      'burn|burnt|scratch|cut * toast|dinner|tea|food|pan|pot|kettle|oven|hob|iron|stove|candle|calorie|calories|fat|bridge|out|energy|car|paint|finger_chop|chop|chopping|onion|shaving|shave|on_the',
      'burn|burnt|scald * hand|finger|arm * on|cook|iron|kettle|oven|hob|pan',
    ],
    examples: [
      'he burnt the toast and set the smoke alarm off',
      'she scratched her car on the gatepost',
      'she burnt her hand on the kettle last week, healing well',
    ],
  },
  {
    idiom: 'accidents and aches: hurt her back, bumped her head',
    patterns: [
      'hurt|injure|strain|pull|twist|bump|knock|bruise|cut|graze|scrape * ?her|his|my|their @body|back|neck|muscle',
      '@body * hurt|hurts|ache|sore|pain',
      'hurt|ache * after * walk|run|gym|exercise|class|training|work|game|match',
      'scar * operation|surgery|section|op|caesarean|accident|appendix|chickenpox|acne',
      'wound up|down',
      'nose|gum|gums bleed',
      'bleed * nose|gum|gums',
      'numb * feet|foot|toe|toes|finger|fingers|hand|hands|leg|legs',
      '@body|feet|toes * numb',
      'trap * wind|nerve',
      'urine * sample|test|infection|dip',
      'uti|water_infection',
      'plaster|plasters|bandage|dressing ** blood|jab|vaccin*|injection|test|cannula|booster',
    ],
    setting: [
      'fall|falls !and_not|and_never|but_not|without|and_no_one|and_lie|and_lay|and_stay|and_be_stuck|not',
      'trip|slip|accident|accidentally|rugby|football|sport|play|playing|gardening|lift|lifting|diy|ladder|operation|surgery',
    ],
    examples: ['she hurt her back lifting the shopping', 'her son got a bump on the head playing rugby and is fine'],
  },
  {
    idiom: 'hit the gym, road, shops, jackpot; hit it off',
    patterns: [
      'hit the|a gym|road|shop|shops|jackpot|sack|hay|spot|nail|target|ground|roof|headline|high|town|pub|bar|beach|button|note|wall_in_training|home_run|six|ball|pothole|kerb',
      'hit it off',
      'hit home',
      'hit and miss',
      'hit me|him|her|them|you|us up',
      'hit the wall at|in|during|on|half_way',
      'smash|nail|ace|crush|kill it $|at|in',
    ],
    examples: [
      'he hit the gym three times this week',
      'we hit the shops after the appointment',
      'she hit the jackpot at bingo',
      'she smashed it at her job interview',
    ],
  },
  {
    idiom: 'kick off a meeting; kick a ball; kicking back',
    patterns: [
      'kick off|back|in|start|about|around|ball|football|a_ball|the_ball|habit|the_habit|out_of_the_pub',
      'kick off * meeting|match|game|session|event|year',
    ],
    examples: ['he kicked off the meeting with a joke', 'they kicked a ball about in the park'],
  },
  {
    idiom: 'beat the traffic, a record, the odds; a beating heart',
    patterns: [
      'beat * traffic|record|time|odds|rush|queue|crowd|deadline|cancer|illness|addiction|heat|bug|best|personal_best|quiz|chess|game|pb|draw|score',
      'batter * coast|storm|wind|fish|chip|sausage|pancake|cake|team|side',
      'heart * beat|batter',
      'get|be batter on saturday|at_football|in_the_match|by_the_weather|by_the_storm',
      'team|side|football|match|game|league|cup|storm|wind|weather * batter|beat|thrash|smash|hammer|murder|slaughter|kill|destroy',
    ],
    examples: [
      'they beat the traffic by leaving early',
      'the football team got absolutely battered on Saturday',
      'the storm battered the coast last night',
    ],
  },
  {
    idiom: 'hang the washing, a picture; hang on, hang out',
    patterns: [
      'hang * washing|picture|pictures|photo|curtain|curtains|decoration|decorations|coat|clothes|shelf|mirror|light|lights|wallpaper|out|on|around|about|up|in_there|of_it|loose|over|fire',
      'hang out|on|up|about|around|in_there|of_it',
    ],
    examples: ['he hangs the washing out every morning', "she's hanging the christmas decorations this weekend"],
  },
  {
    idiom: 'jump at the chance; jumping on or off a bus',
    patterns: [
      'jump at|in|on|through|the_queue|the_gun|to_conclusion|ship|start|for_joy|hoop|hurdle|about|around|up|rope|bus|train|trampoline|into_action|into_bed',
      'jump|step|get|hop off|from|onto|into * bus|train|tram|bike|horse|boat|car|bed|sofa|ladder|wall|step|kerb|stage|platform_at|the_wrong_stop',
      'step_in|step_up|step_forward|step_back|step_down|step_outside|step_into_the|first_step|next_step|small_step',
    ],
    examples: ['she jumped at the chance to join the walking group', 'she jumped off the bus at the wrong stop'],
  },
  {
    idiom: 'the end of the day, week, term, project; end of life care',
    patterns: [
      'end of|to|in ?the|a|this|that|next|last|an|my|her|his day|week|term|month|year|project|course|line|road|street|tunnel|meeting|session|film|book|story|shift|contract|tenancy|holiday|season|list|phone|garden|queue',
      'end up|on|with|at|in|the_week|the_month|soon|early|of_life_care|of_life_plan|of_life',
      'come to an end',
      'end of life',
    ],
    examples: [
      'at the end of the day she just wants a quiet life',
      'the end of term is always busy for her as a teacher',
      'the project is coming to an end next month',
    ],
  },
  {
    idiom: 'over the moon; through the roof; on top of the world',
    patterns: [
      'over the moon',
      'through the roof',
      'top of the world',
      'roof * leak|repair|fix|tile|gutter|garden|terrace|over_her_head|over_his_head|over_their_head|over_my_head',
      'river|sea|canal|reservoir|cliff|bridge * walk|swim|fish|boat|barge|cruise|trip|view|path|towpath|club|game|holiday|day_out|side|front|repair|close|closed|road|long_way',
      'walk|swim|fish|boat|sail|cycle|run|stroll|paddle|trip|holiday|club|play|game|view|picnic|path|over|across|under|along|past|near|next_to|beside * river|sea|canal|reservoir|cliff|bridge|beach|coast|motorway|platform|track|railway|railway_line|train_line',
    ],
    examples: [
      'he was over the moon about his new flat',
      'the bridge club meets on Thursdays',
      'that bridge is closed for repairs so take the long way',
    ],
  },
  {
    idiom: 'murder a curry; the traffic was murder; murder mystery',
    patterns: [
      'murder a|an curry|pint|burger|kebab|cuppa|tea|sandwich',
      'traffic|commute|queue|journey|stairs|hill|road|job|work|shift|shifts|heat|hours|boss|course|diet * murder|kill',
      'murder mystery|murder_she_wrote|murder_on|true_crime',
    ],
    examples: ["she's going to murder a curry tonight", 'the traffic was murder this morning'],
  },
  {
    idiom: 'pushed for time; push the pram; push herself to finish',
    patterns: [
      'push|pushed for time|money|cash',
      'push * pram|buggy|pushchair|wheelchair|trolley|button|door|bike|car|boundary|envelope|limit|agenda|idea|case|point|plan',
      'push|pushing @self|herself_to|himself_to * to|finish|harder|further|go|do',
      'push|pushing her|him|me|them to|into_go|into_do|into_join|into_try|forward|along|on',
    ],
    examples: [
      "he's a bit pushed for time this week",
      'he pushed the pram round the park for an hour',
      'he pushed himself to finish the 5k',
    ],
  },
  {
    idiom: 'scared of spiders, dogs, heights, the dark, the dentist',
    patterns: [
      'scare|afraid|frighten|terrify|petrify|fear|phobia|nervous|anxious * spider|spiders|dog|dogs|height|heights|dark|dentist|needle|needles|injection|flying|fly|lift|lifts|snake|snakes|mouse|mice|clown|exam|exams|interview|driving|water|crowd|crowds|hospital|doctor|test|result|surgery|operation|procedure|film|movie|horror',
    ],
    examples: [
      "she's scared of spiders and heights",
      'she is afraid of dogs since she was bitten as a child',
      'she was scared of the dark as a child',
    ],
  },
  {
    idiom: 'no harm done; came to no harm; exploiting an opportunity',
    patterns: [
      'no harm',
      'harm reduction|minimisation',
      'out of harm',
      'exploit * opportunity|chance|gap|loophole|talent|skill',
    ],
    examples: ['she fell off the step but came to no harm'],
  },
  {
    idiom: 'desperate for a cuppa, a holiday; drowning in paperwork; no hope of a parking space',
    patterns: ['desperate for|to', 'drown in * paperwork|work|email|emails|sorrow|sorrows|form|forms', 'no hope of'],
    examples: ['she is desperate for a holiday after the winter'],
  },
  {
    idiom: 'aching feet that are killing her; a mum who will kill me if I forget',
    patterns: [
      '@body|feet|teeth|tooth|legs|back * kill',
      'kill me|her|him|you|us if * forget|late|miss|lose|spend|eat|tell|break|find_out',
    ],
    examples: ['my feet are killing me', 'my mum will kill me if I forget her birthday'],
  },
  {
    idiom: 'threatened with court or sanctions; fighting over the remote; bitten by a dog',
    patterns: [
      'threaten|threat ** court|benefit|benefits|sanction|evict*|legal|bailiff|fine|ban|close|suspend|stop_his|stop_her|cut_off',
      'fight|fought|row|scrap over * remote|biscuit|toy|toys|sweet|sweets|game|telly|tv|sofa|seat|bathroom|cake|chocolate|pizza|last',
      'bite|sting as a child|kid',
      'bite|sting by * dog|cat|bee|wasp|insect|mosquito|tick|spider|snake|horse',
      'lock @self|herself|himself|myself out',
    ],
    examples: [
      'the council threatened to take him to court over council tax',
      'the boys fought over the remote',
      'scared of dogs since she was bitten as a child',
    ],
  },
  {
    idiom: 'hopeless or useless at a game; trapped in a job; flinching at injections; a car dealer',
    patterns: [
      'hopeless|useless|rubbish|terrible at|with',
      'trap in|at|by * job|work|lift|traffic|queue|snow|rain|heat',
      'flinch * injection|needle|jab|noise|bang|loud',
      'car|antique|art|card|horse|auction|furniture|scrap dealer',
      'dealer * car|auction|antique',
    ],
    examples: ["she's useless at quizzes but loves them", 'his dealer at the car auction gave him a good price'],
  },
  {
    idiom: 'threat of rain; no threat; a threat to the business',
    patterns: [
      'threat of|to rain|snow|storm|strike|closure|flood|frost|job|jobs|business|service|funding|cut|cuts|eviction',
      'no threat',
      'threaten|threat * rain|snow|storm|strike|closure|funding|to_close|to_shut|to_rain',
    ],
    examples: ['there was a threat of rain so they cancelled the walk'],
  },
  {
    idiom: 'controls the remote, heating, diabetes; control of a budget; the GP will not let her drive',
    patterns: [
      'gp|doctor|nurse|dvla|consultant|hospital|physio|dentist|surgeon|midwife|school|council|optician * not let|allow',
      'control|controls|controlling * remote|heating|thermostat|diabetes|sugar|blood_sugar|pain|symptom|symptoms|weight|asthma|budget|temperature|tv|telly|music|playlist|bp|blood_pressure|condition|anxiety',
      'remote control|birth control|pest control|self control|quality control|under control|in control|keep_an_eye|household budget|budget',
    ],
    examples: [
      'her husband controls the remote and the heating, she laughs',
      'he controls his diabetes well with diet',
    ],
  },
  {
    idiom: 'abuse of the system; substance and alcohol services',
    patterns: [
      'abuse of * system|power|process|trust|position|policy|rule',
      'system * abuse',
      'substance|alcohol|drug abuse * service|team|worker|clinic|support|group|advice',
      'verbal abuse from|at * football|match|fan|crowd|referee',
    ],
    examples: ['he is worried about abuse of the system by landlords'],
  },
  {
    idiom: 'tablets as prescribed; a drug or medication review; harm reduction',
    patterns: [
      '@drug * as prescribed|as_directed|every_day|each_day|daily|morning|evening|night|twice|once|with_food|for_her|for_his|for_their|for_blood|for_pain|from_the_pharmacy|from_the_chemist',
      'drug|medication|med|medicine|tablet|pill * review|check|pharmacist|chemist|pharmacy|dosette|blister|delivery|prescription',
      'harm reduction|minimisation',
      'overdose awareness|prevention|training|kit|naloxone',
      'two|2|one|1|three|3 @drug',
      '@drug * a_day|per_day|a_week|per_week|a_night',
    ],
    examples: [
      'he takes his tablets as prescribed and has a medication review next week',
      'the drug and alcohol service offered harm reduction advice',
    ],
  },
  {
    idiom: 'grabbing a sandwich, a coat, a bargain',
    patterns: [
      'grab * sandwich|coffee|tea|lunch|bite|coat|bag|keys|bargain|chance|seat|taxi|bus|shower|drink|snack|food|minute|nap|attention|opportunity|bus_stop|shopping|brolly|umbrella',
      'grab_a|grab_some|grab_the_chance',
    ],
    examples: ['she grabbed a sandwich on the way in'],
  },
  {
    idiom: 'sport and play: punching the air, shooting hoops, a play fight, martial arts',
    patterns: [
      'punch the air|line|clock|card|above_her_weight|above_his_weight',
      'shoot|shot * hoop|hoops|photo|photos|video|film|scene|pool|goal|goals|the_breeze',
      'play fight|fighting_fit|fight * fit|cold|flu|infection|cancer|illness|bill|for_her_benefit|for_his_benefit|for_justice|for_a_place|back_tear',
      'hurt * feeling|feelings|pride|chance|chances|business|sales',
    ],
    setting: [
      'marathon|race|karate|judo|boxing|kickbox*|martial|taekwondo|wrestl*|fencing|paintball|laser_tag|rugby|football|cricket|hockey|baseball|netball|parkrun|5k|gym|black_belt',
    ],
    examples: [
      'he punched the air when he heard he got the job',
      'the kids were shooting hoops in the park',
      'he is a black belt in karate and teaches kids',
    ],
  },
  {
    idiom: 'touched by kindness; in touch; touch base; touch up the paint',
    patterns: [
      'touch|touched by|base|wood|up|on|upon|screen|typing|ground',
      'in|keep|stay|get|lose touch',
      'touching story|moment|speech|gesture|tribute|scene',
      'visit|card|message|kindness|gesture|word|words|letter|gift|present|speech|story|it|that|support * touch',
      'touch|touched * paint|paintwork|wall|hair|make_up|screen|photo|picture',
    ],
    examples: [
      'she was touched by the kindness of the neighbours',
      'he touched base with his support worker',
      "she touched up the paint in the kids' bedroom",
    ],
  },
  {
    idiom: 'forcing a door, forced to choose; consent forms',
    patterns: [
      'force|forced * door|lock|window|lid|smile|laugh|choose|choice|decision|cancel|close|postpone|retire|stop_work',
      'consent form|forms|to_share|to_treatment|for_the|for_photo|for_photos|for_data|to_refer|to_referral|to_contact',
      'sexual health|orientation|identity|health_clinic|health_clinics',
    ],
    examples: [
      'he forced the door open when he lost his keys',
      'the group talked about consent forms for photos',
      'the training covered sexual health clinics in the area',
      'she felt forced to choose between two good courses',
    ],
  },
  {
    idiom: 'no food allergies, no food allowed; fasting and skipped meals',
    patterns: [
      'no food|drink * allerg*|allow|intolerance|in_the_library|in_the_room|after|before|for_the_test|for_her_test|for_his_test',
      'not * eat|drink * before * test|scan|operation|procedure|blood',
    ],
    setting: ['fast|fasting|ramadan|diet|slim*|weight_watchers|skip|skipped'],
    examples: [
      'she has no food allergies',
      'he skipped breakfast because of his blood test',
      'she is fasting for Ramadan',
      'no food is allowed in the library',
    ],
  },
  {
    idiom: 'stopped smoking, gym, drinking; no pay for volunteering; free help from a friend',
    patterns: [
      'stop|stopped|stopping|not_been_to * smoke|smoking|gym|drink_alcohol|drinking_alcohol|vape|vaping|gamble|gambling',
      'pay * back|in_small|instalment|plan|credit_union|council_tax|bill',
    ],
    setting: ['volunteer*|voluntary|charity|favour|for_a_mate|for_a_friend|his_mate|her_mate|help_his|help_her|help_a'],
    examples: [
      'he has stopped smoking and feels better',
      'he volunteers for no pay at the food bank and loves it',
      'he helped his mate move house for free',
    ],
  },
  {
    idiom: 'collections and hobbies: a collector, old records',
    patterns: [
      'collect|collector|collection|hoard * record|records|vinyl|radio|radios|stamp|stamps|coin|coins|book|books|newspaper|newspapers|magazine|magazines|model|models|card|cards',
      'bit of a hoarder',
    ],
    examples: ["he's a bit of a collector of old radios"],
  },
  {
    idiom: 'power of attorney, managing money with permission',
    patterns: ['online banking'],
    setting: ['power_of_attorney|appointee|deputyship', 'with @poss permission|consent|agreement'],
    examples: [
      'her daughter manages her money with her permission under a power of attorney',
      'her son helps her with online banking',
    ],
  },
];
