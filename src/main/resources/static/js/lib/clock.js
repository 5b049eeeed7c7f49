// The front end's one "today": the date in the Netherlands, whatever time zone the browser is in, so that forms,
// overdue action items and reports agree with each other and with the server's clock.
const DUTCH_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit',
  day: '2-digit' });

/** Today as yyyy-MM-dd in the Europe/Amsterdam time zone. */
export function today() {
  const part = Object.fromEntries(DUTCH_DATE.formatToParts(new Date()).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day}`;
}
