import type { RiskRule } from '../rule.ts';

/** Sexual violence: rape, assault, being forced or pressured, spiking, image abuse. */
export const SEXUAL_VIOLENCE_RULES: readonly RiskRule[] = [
  {
    id: 'sexual.named', category: 'sexual-violence', catches: 'Rape, sexual assault or abuse named outright (SA)',
    patterns: ['rape|rapist', 'sexual* assault*|abus*|violen*|exploit*|harass*', 'indecent* expos*|assault*', 'molest*', 'spike * drink', 'non consensual', 'revenge porn', 'grope', 'flash at', 'abuse * sexual*'],
    examples: ['i was raped at a party', 'client disclosed historic sexual abuse', 'someone spiked my drink'],
    traps: ['He likes rap music', 'the rapeseed fields are out on the walk'],
  },
  {
    id: 'sexual.forced', category: 'sexual-violence', catches: 'Being forced or pressured into sex or sexual acts; unwanted touching',
    patterns: [
      'force|make|pressure|coerce|blackmail @victim|@self|@child * sex|sexual|sleep_with|do_thing|do_stuff|touch|undress|nude', 'force|make|pressure|coerce|blackmail @victim|@self|@child * send * picture|photo|nude', 'force|make|pressure @victim * have sex',
      '@abuser * touch @victim|@child * inappropriate*|private|down_there|where|under|in_a_way', 'touch * inappropriate*|sexually|private_part|down_there', 'have sex * when * not_want|say_no|drunk|asleep|unconscious',
      'without * consent', 'sexual thing|stuff|act * not want', 'make me|her|him * do * sexual', '@abuser * touch me|her|him !heart|with_kindness|base',
    ],
    examples: ['she said he forced her to have sex', 'he makes me do sexual things i don\'t want to', 'my stepdad touched me when I was little'],
    traps: ['Her visit really touched me', 'we must stay in touch'],
  },
];
