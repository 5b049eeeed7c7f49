// One number and date format per language: nl-NL for Dutch, en-GB for English. Every screen that prints a number,
// a date or a moment formats it here.
// The page's language (i18n.js sets it) rather than an import of i18n.js, which re-exports these.
const locale = () => (document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL');
const ZONE = 'Europe/Amsterdam';

/** @param options of Intl.NumberFormat, e.g. more fraction digits than the default three */
export function formatNumber(value, options = {}) {
  return new Intl.NumberFormat(locale(), options).format(value);
}

/** A date (ISO, "2024-03-12") in words of the language: "12 maart 2024". */
export function formatDate(iso) {
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${iso}T00:00:00Z`));
}

/** A moment (ISO timestamp) as date and time in the Netherlands: "12 maart 2024 om 14:05". */
export function formatDateTime(iso) {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short', timeZone: ZONE })
    .format(new Date(iso));
}

/** Hours as the language abbreviates them: "6 uur", "6 hr". */
export function formatHours(hours) {
  return new Intl.NumberFormat(locale(), { style: 'unit', unit: 'hour', unitDisplay: 'short' }).format(hours);
}

/** A wait as words ("1 seconde", "5 minuten"): whole minutes from two minutes on, rounded up. */
export function formatDuration(seconds) {
  const [value, unit] = seconds >= 120 ? [Math.ceil(seconds / 60), 'minute'] : [seconds, 'second'];
  return new Intl.NumberFormat(locale(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
