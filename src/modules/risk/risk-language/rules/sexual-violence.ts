import type { RiskRule } from '../rule.ts';

/** Sexual violence: rape, assault, being forced or pressured, spiking, image abuse. */
export const SEXUAL_VIOLENCE_RULES: readonly RiskRule[] = [
  {
    id: 'sexual.named', category: 'sexual-violence', catches: 'Rape, sexual assault or abuse named outright (SA); spiked drinks; threats to share intimate images',
    patterns: ['rape|rapist', 'sexual* assault*|abus*|violen*|exploit*|harass*', 'indecent* expos*|assault*', 'molest*', 'spike * drink', 'drink * be|get spike*', 'be|get spike* $|at|in|last|on|while|and', 'non consensual', 'revenge porn', 'grope', 'flash at', 'abuse * sexual*', 'threaten * share|post|send|leak|spread * picture|photo|image|video|nude|pic'],
    examples: ['i was raped at a party', 'client disclosed historic sexual abuse', 'someone spiked my drink', 'her drink was spiked', 'they are threatening to share pictures of her'],
    traps: ['He likes rap music', 'the rapeseed fields are out on the walk', 'her blood sugar spiked after lunch'],
  },
  {
    id: 'sexual.forced', category: 'sexual-violence', catches: 'Being forced or pressured into sex or sexual acts; unwanted touching',
    patterns: [
      'wake up ** have sex|touch|on_top|undress|inside', 'have sex with me|her|him while|when * asleep|drunk|unconscious|out_of_it',
      'be|get make|force|pressure|coerce|blackmail to|into * sex|sexual|sleep_with|have_sex|prostitut*|sell_@self', 'sex * for|to_pay|in_exchange_for|to_pay_off ?off * rent|drug|debt|money|place_to_stay|bed|owe', '@abuser * do thing|stuff to me|her|him|@child|us',
      'force|make|pressure|coerce|blackmail @victim|@self|@child * sex|sexual|sleep_with|do_thing|do_stuff|touch|undress|nude', 'force|make|pressure|coerce|blackmail @victim|@self|@child * send * picture|photo|nude', 'force|make|pressure @victim * have sex',
      '@abuser * touch @victim|@child * inappropriate*|private|down_there|where|under|in_a_way', 'touch * inappropriate*|sexually|private_part|down_there', 'have sex * when * not_want|say_no|drunk|asleep|unconscious',
      'without * consent', 'sexual thing|stuff|act * not want', 'make me|her|him * do * sexual', '@abuser * touch me|her|him !heart|with_kindness|base',
    ],
    examples: ['I woke up and he was having sex with me', 'she\'s being made to have sex with men to pay off her debt', 'my uncle did things to me when I was little', 'she said he forced her to have sex', 'he makes me do sexual things i don\'t want to', 'my stepdad touched me when I was little'],
    traps: ['she woke up early and went for a walk', 'her husband makes her laugh every day', 'Her visit really touched me', 'we must stay in touch'],
  },
];
