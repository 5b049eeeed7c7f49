// Building blocks for screens. Text always goes in as text (textContent), never as HTML.
export function element(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') el.className = value;
    else if (name.startsWith('on')) el.addEventListener(name.substring(2).toLowerCase(), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** A status line that screen readers announce; `show(text, isError)` updates it. */
export function statusLine(text) {
  const line = element('p', { className: 'message', role: 'status' }, text);
  line.show = (message, isError = false) => {
    line.hidden = !message;
    line.textContent = message || '';
    line.classList.toggle('error', isError);
  };
  return line;
}

/**
 * A wide table in a box of its own that scrolls sideways on a narrow screen, so the page does not; the box is a named
 * region that the keyboard reaches (Tab) and scrolls (arrow keys).
 */
export function scrollBox(content, name, className = 'wide-table') {
  return element('div', { className, tabindex: '0', role: 'region', 'aria-label': name }, content);
}

/** A table; with a name, in its own scroll box (`scrollBox`). */
export function table(headers, rows, name = null) {
  const data = element('table', { className: 'data-table' },
    element('thead', {}, element('tr', {}, headers.map((h) => element('th', { scope: 'col' }, h)))),
    element('tbody', {}, rows));
  return name ? scrollBox(data, name) : data;
}

/**
 * Asks before an action in a modal dialog: a title, what will happen, and the two choices (cancel has the focus).
 * Resolves true when the user confirms.
 */
export function confirmDialog({ id, title, paragraphs, cancel, confirm, confirmId, danger = false }) {
  return new Promise((resolve) => {
    const dialog = element('dialog', { className: 'dialog', id, 'aria-labelledby': `${id}-title` },
      element('form', { method: 'dialog' },
        element('h2', { id: `${id}-title` }, title),
        paragraphs.map((text) => element('p', {}, text)),
        element('div', { className: 'buttons' },
          element('button', { value: 'cancel', autofocus: true }, cancel),
          element('button', { value: 'confirm', className: danger ? 'danger' : 'primary', id: confirmId }, confirm))));
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'confirm');
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

const ANNOUNCED_MS = 8000;

/**
 * Says what just happened in a status region of the page itself (a dialog that closed cannot say it): screen readers
 * read it, everyone sees it for a few seconds.
 */
export function announce(text) {
  let region = document.getElementById('announcer');
  if (!region) {
    region = element('p', { id: 'announcer', className: 'announcer', role: 'status', hidden: true });
    document.body.append(region);
  }
  region.hidden = false;
  region.textContent = text;
  clearTimeout(region.timer);
  region.timer = setTimeout(() => { region.hidden = true; region.textContent = ''; }, ANNOUNCED_MS);
}

/** Saves a file through a link with the download attribute. */
export function download(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
