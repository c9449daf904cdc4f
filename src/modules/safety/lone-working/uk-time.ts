/** "15:00 on 23 Nov 2026", in UK time: how alerts and the timeline give a time. */
export function ukTime(at: Date): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(at);
  return `${time} on ${day}`;
}
