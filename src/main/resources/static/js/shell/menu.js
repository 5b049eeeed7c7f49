// On a narrow screen the navigation and the session (language, sign-out) fold away behind a menu button (app.css,
// "responsive"); on a wide one the button is not shown and the menu is always open. A disclosure: the button says
// whether the menu is open, Escape and a chosen link close it, and the focus never stays behind in a closed menu.
export function collapsibleMenu(button, menu) {
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const collapsed = () => getComputedStyle(button).display !== 'none';
  const setOpen = (open) => {
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  };
  const close = () => {
    if (!isOpen()) return;
    const focusInside = menu.contains(document.activeElement);
    setOpen(false);
    if (focusInside && collapsed()) button.focus();
  };
  // The focus stays on the button (a disclosure, not a menu widget): the links follow it in the tab order.
  button.addEventListener('click', () => setOpen(!isOpen()));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen() && (menu.contains(event.target) || event.target === button)) {
      event.preventDefault();
      close();
      button.focus();
    }
  });
  // A link chosen, or a click elsewhere on the page: the menu has done its work.
  menu.addEventListener('click', (event) => { if (event.target.closest('a')) close(); });
  document.addEventListener('click', (event) => {
    if (!menu.contains(event.target) && !button.contains(event.target)) close();
  });
}
