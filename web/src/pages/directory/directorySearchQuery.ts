/** The directory search's form and its query: the choices offered, the form from the page's query, and the API query. */

/** The times of day a search can ask for, each a from/to window. */
export const TIMES = [
  { value: 'morning', text: 'Morning (before 12pm)', from: '06:00', to: '12:00' },
  { value: 'afternoon', text: 'Afternoon (12pm to 5pm)', from: '12:00', to: '17:00' },
  { value: 'evening', text: 'Evening (after 5pm)', from: '17:00', to: '23:59' },
];
/** The distances a search can ask for, in miles. */
export const DISTANCES = ['1', '3', '5', '10', '25'];
/** The form's fields, in the order they go into the page's query. */
export const FIELDS = [
  'need',
  'q',
  'postcode',
  'within',
  'language',
  'age',
  'day',
  'time',
  'free',
  'capacity',
  'hideStale',
] as const;

/** What the search form holds. */
export interface SearchForm {
  need: string;
  q: string;
  postcode: string;
  within: string;
  language: string;
  age: string;
  day: string;
  time: string;
  free: boolean;
  capacity: string[];
  hideStale: boolean;
}

/** The form as the page's query last set it. */
export function formFrom(params: URLSearchParams): SearchForm {
  return {
    need: params.get('need') ?? '',
    q: params.get('q') ?? '',
    postcode: params.get('postcode') ?? '',
    within: params.get('within') ?? '',
    language: params.get('language') ?? '',
    age: params.get('age') ?? '',
    day: params.get('day') ?? '',
    time: params.get('time') ?? '',
    free: params.get('free') === 'true',
    capacity: params.getAll('capacity'),
    hideStale: params.get('hideStale') === 'true',
  };
}

/** The API query for the page's query: the time of day becomes a from/to window. */
export function apiQuery(params: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of params) {
    if (key === 'case' || key === 'time' || key === 'search') continue;
    if (value !== '') query.append(key, value);
  }
  const time = TIMES.find((t) => t.value === params.get('time'));
  if (time) {
    query.set('from', time.from);
    query.set('to', time.to);
  }
  return query;
}

/** Where the server's field names live on this form. */
export function formField(field: string): string {
  if (field === 'from' || field === 'to') return 'time';
  if (field.startsWith('capacity')) return 'capacity';
  return field;
}
