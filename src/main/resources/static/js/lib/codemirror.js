// CodeMirror 5 from its WebJar, without a build step: its files are UMD scripts that fall back to a global
// CodeMirror, and modules run in the order they are imported, so the library comes before its add-ons.
// It styles itself through the CSSOM (element.style), which the Content-Security-Policy allows.
import '/webjars/codemirror/lib/codemirror.js';
import '/webjars/codemirror/mode/cypher/cypher.js';
import '/webjars/codemirror/addon/edit/matchbrackets.js';
import '/webjars/codemirror/addon/edit/closebrackets.js';
import '/webjars/codemirror/addon/hint/show-hint.js';

for (const href of ['/webjars/codemirror/lib/codemirror.css', '/webjars/codemirror/addon/hint/show-hint.css']) {
  if (!document.querySelector(`link[href="${href}"]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.prepend(link); // before app.css, so the application's rules win
  }
}

export const CodeMirror = window.CodeMirror;
