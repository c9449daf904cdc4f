import { stemWords } from './tokenise.ts';
import { VOCABULARY } from './vocabulary.ts';

/**
 * The little language rules are written in, compiled to one regular expression over the stemmed
 * words of a note (" she be save her tablet | "). Words are written plainly and stemmed like notes:
 *   word          that word in any inflection ("saved", "saving" and "saves" all match "save")
 *   a|b|c         one of these; a_b is the two words "a b" as one alternative ("go_to|plan")
 *   @name         one of a named word list in vocabulary.ts (@self: myself, herself, themselves …)
 *   ?word         an optional word (?a|b also works)
 *   !word         the next word must not be this (!a|b|@name): a trap guard, it consumes nothing
 *   <!word        the word before must not be this ("<!i take my money": someone else takes it)
 *   word*         any word starting with these letters, unstemmed ("suicid*")
 *   *  **         up to three (**: six) words in between, never across a full stop or comma
 *   $             the end of the clause
 *   #             a number of 10 or more ("took 20 paracetamol"; "takes 2 tablets" is not a risk)
 */

const GAP = '(?:[^ |]+ )';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternative written in a rule, as the stemmed words it stands for. */
function alternatives(spec: string): string[] {
  return spec
    .split('|')
    .filter(Boolean)
    .flatMap((alt) => {
      if (alt.startsWith('@')) {
        const list = VOCABULARY[alt.slice(1)];
        if (!list) throw new Error(`Unknown word list "${alt}" in a risk-language rule`);
        return list.map((entry) => stemWords(entry).join(' '));
      }
      if (alt.endsWith('*') && alt.length > 1) return [`${alt.slice(0, -1).toLowerCase()}*`];
      return [stemWords(alt.replace(/_/g, ' ')).join(' ')];
    })
    .filter(Boolean);
}

const END = '(?=\\| |$)';

function choice(spec: string): string {
  const ends = spec.split('|').includes('$');
  const parts = alternatives(
    spec
      .split('|')
      .filter((a) => a !== '$')
      .join('|'),
  ).map((a) => (a.endsWith('*') ? `${escape(a.slice(0, -1))}[^ |]* ` : `${escape(a)} `));
  return `(?:${[...parts, ...(ends ? [END] : [])].join('|')})`;
}

/** Compiles one pattern; `gap` is how many words a lone `*` may stand for. */
export function compilePattern(pattern: string, gap = 3): RegExp {
  const parts = pattern
    .trim()
    .split(/\s+/)
    .map((element) => {
      if (element === '*') return `${GAP}{0,${gap}}`;
      if (element === '**') return `${GAP}{0,${gap * 2}}`;
      if (element === '$') return END;
      if (element === '#') return '(?:[1-9][0-9]+ )';
      if (element.startsWith('?')) return `${choice(element.slice(1))}?`;
      if (element.startsWith('<!')) return `(?<!(?:^| )(?:${alternatives(element.slice(2)).map(escape).join('|')}) )`;
      if (element.startsWith('!')) return `(?!${choice(element.slice(1))})`;
      return choice(element);
    });
  return new RegExp(` ${parts.join('')}`, 'g');
}
