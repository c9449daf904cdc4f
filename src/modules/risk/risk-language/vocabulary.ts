/**
 * Named word lists the rules share (written @name in a rule). Workers write in the third person
 * ("pt", "client", "she"), people speak in the first: the lists hold both.
 */
export const VOCABULARY: Record<string, readonly string[]> = {
  /** Reflexive pronouns, as people say and misspell them. */
  self: ['myself', 'herself', 'himself', 'themselves', 'themself', 'yourself', 'ourselves', 'meself', 'myslef', 'hisself', 'self', 'her self', 'him self', 'my self', 'their self'],
  /** Whose: "my", "her", "pt's" (the apostrophe is dropped before matching). */
  poss: ['my', 'her', 'his', 'their', 'your', 'our', 'the', 'pt', 'client', 'patient', 'a', 'all', 'all my', 'all her', 'all his', 'all their', 'all the'],
  /** Who is speaking or written about, in notes and in speech. */
  subject: ['i', 'he', 'she', 'they', 'we', 'you', 'pt', 'client', 'patient', 'person', 'service user', 'young person', 'mum', 'dad', 'son', 'daughter'],
  /** People who may be the one hurting someone: partners, family, carers, strangers. */
  abuser: [
    'he', 'she', 'they', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'fiance', 'son', 'daughter', 'dad', 'father', 'mum', 'mother',
    'stepdad', 'stepfather', 'stepmum', 'stepmother', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'grandson', 'granddaughter', 'nephew', 'niece',
    'carer', 'landlord', 'neighbour', 'lodger', 'flatmate', 'man', 'someone', 'somebody', 'people', 'lad', 'friend', 'family',
  ],
  /** Who can be hurt: object pronouns and people. */
  victim: ['me', 'her', 'him', 'them', 'us', 'pt', 'client', 'patient', 'mum', 'my mum', 'my partner', 'my wife', 'my husband', 'his wife', 'her husband', 'his partner', 'her partner',
    'my brother', 'my sister', 'his brother', 'her brother', 'his sister', 'her sister', 'my son', 'my daughter', 'his son', 'his daughter', 'my nan', 'her nan', 'his nan', 'my dad', 'his dad', 'her dad', 'his mum', 'her mum'],
  /** People someone might hurt ("the neighbour", "my brother", "someone"). */
  other: [
    'him', 'her', 'them', 'someone', 'somebody', 'anyone', 'anybody', 'people', 'everyone', 'you', 'others', 'other people',
    'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'son', 'daughter', 'dad', 'father', 'mum', 'mother', 'brother', 'sister', 'neighbour',
    'landlord', 'boss', 'manager', 'colleague', 'friend', 'man', 'woman', 'guy', 'lad', 'kid', 'child', 'baby', 'stepdad', 'uncle', 'carer', 'staff',
    'worker', 'doctor', 'gp', 'nurse', 'teacher', 'police', 'copper', 'receptionist', 'family', 'whoever', 'that man', 'that woman',
  ],
  /** Children, as parents and workers name them. */
  child: [
    'kid', 'child', 'baby', 'babies', 'son', 'daughter', 'boy', 'girl', 'toddler', 'grandchild', 'grandson', 'granddaughter', 'stepson', 'stepdaughter',
    'little one', 'little ones', 'youngest', 'eldest', 'newborn', 'infant', 'teenager', 'young person', 'niece', 'nephew',
  ],
  /** Wanting, planning, being drawn to or threatening to do something. */
  intent: [
    'want', 'wish', 'go to', 'will', 'would', 'could', 'might', 'may', 'shall', 'think about', 'think of', 'feel like', 'urge', 'urges', 'tempt', 'plan',
    'planning', 'intend', 'try', 'attempt', 'keep', 'start', 'consider', 'threaten', 'about to', 'ready to', 'decide', 'mean to', 'going to', 'risk of',
    'idea of', 'talk about', 'talk of', 'say she', 'say he', 'say they', 'dream about', 'fantasise about', 'fantasy about', 'impulse to', 'need to',
    'end up', 'close to', 'nearly', 'almost', 'tried to', 'wants to', 'wanted to', 'contemplate', 'be', 'have', 'been', 'ever',
  ],
  /** Words before a threat to someone else: wanting, planning, threatening (not "is killing me", which is idiom). */
  threat: [
    'want', 'wish', 'go to', 'gonna', 'will', 'would', 'could', 'might', 'swear', 'threaten', 'plan', 'think about', 'think of', 'feel like', 'urge', 'tempt',
    'about to', 'ready to', 'mean to', 'fantasise', 'try to', 'say he would', 'say she would', 'say they would', 'intend', 'dream of', 'dream about', 'need to',
  ],
  /** Medicines and tablets, by the names people use. */
  drug: [
    'pill', 'tablet', 'med', 'medication', 'medicine', 'paracetamol', 'co codamol', 'cocodamol', 'codeine', 'tramadol', 'sertraline', 'citalopram',
    'amitriptyline', 'diazepam', 'zopiclone', 'insulin', 'painkiller', 'pain killer', 'sleeping pill', 'sleeping tablet', 'antidepressant', 'mirtazapine',
    'fluoxetine', 'propranolol', 'morphine', 'oramorph', 'pregabalin', 'gabapentin', 'aspirin', 'ibuprofen', 'lithium', 'quetiapine', 'olanzapine',
    'dihydrocodeine', 'nytol', 'sleepers', 'prescription', 'tabs', 'meds', 'them',
  ],
  /** Money and the things that hold it. */
  money: [
    'money', 'pension', 'benefit', 'benefits', 'bank card', 'card', 'pin', 'savings', 'wage', 'wages', 'universal credit', 'pip', 'allowance', 'cash',
    'bank', 'account', 'bank account', 'finances', 'payments', 'attendance allowance', 'carers allowance', 'esa', 'giro', 'earnings', 'income', 'tips', 'salary',
  ],
  /** Parts of the body that can be hurt, for guarding "hit her head" (an accident) from "hit her" (an assault). */
  body: ['head', 'knee', 'elbow', 'toe', 'shin', 'hip', 'funny bone', 'leg', 'foot', 'back', 'shoulder', 'ankle', 'wrist', 'hand', 'finger', 'thumb', 'nose'],
  /** Anyone a sentence can be about, for the lexicon layer: a risk word counts only in a sentence about a person (rules/lexicon.ts). */
  person: [
    'i', 'me', 'my', 'myself', 'he', 'him', 'his', 'himself', 'she', 'her', 'herself', 'they', 'them', 'their', 'themselves', 'we', 'us', 'our', 'you', 'your',
    'pt', 'client', 'patient', 'person', 'service user', 'young person', 'child', 'kid', 'baby', 'son', 'daughter', 'partner', 'husband', 'wife', 'boyfriend',
    'girlfriend', 'ex', 'mum', 'mother', 'dad', 'father', 'stepdad', 'stepmum', 'brother', 'sister', 'nan', 'grandad', 'uncle', 'aunt', 'carer', 'neighbour',
    'someone', 'somebody', 'everyone', 'everybody', 'no one', 'anyone', 'people', 'man', 'woman', 'lad', 'girl', 'boy', 'family', 'friend', 'toddler', 'teenager',
  ],
  /** People on the receiving end of an act, named as objects ("punched a teacher", "hit them"); bare "her" is handled apart, as it is also "her coat". */
  target: [
    'me', 'him', 'them', 'us', 'you', 'someone', 'somebody', 'anyone', 'people', 'everyone', 'pt', 'client', 'patient',
    'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'son', 'daughter', 'mum', 'mother', 'dad', 'father', 'stepdad', 'brother', 'sister', 'nan', 'neighbour',
    'flatmate', 'landlord', 'teacher', 'carer', 'staff', 'worker', 'support worker', 'nurse', 'doctor', 'man', 'woman', 'lad', 'stranger', 'kid', 'child', 'baby',
    'toddler', 'boy', 'girl', 'friend', 'family', 'grandchild', 'grandkids', 'wee one', 'little one', 'uncle', 'aunt', 'cousin',
  ],
  /** What follows "her" when she is the one acted on ("hit her again", "grabbed her by"), not her things ("grabbed her coat"). */
  afterHer: [
    'and', 'in', 'on', 'to', 'with', 'over', 'about', 'around', 'round', 'up', 'down', 'again', 'so', 'until', 'till', 'when', 'because', 'if', 'hard', 'by',
    'against', 'off', 'out', 'into', 'across', 'while', 'after', 'before', 'every', 'all', 'badly', 'too', 'once', 'twice', 'then', 'at', 'from', 'for',
  ],
  /** Words for "any more". */
  more: ['any more', 'any longer', 'no more', 'much longer', 'much more', 'for much longer'],
};
