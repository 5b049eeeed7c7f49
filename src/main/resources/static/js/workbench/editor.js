// The query editor: CodeMirror with Cypher highlighting, completion of keywords and of the live schema's labels,
// relationship types and property keys, bracket matching, a history per browser and account, Ctrl+Enter to run.
import { CodeMirror } from '../lib/codemirror.js';

// Only what reads: the server refuses writes anyway, so completion does not offer them.
const KEYWORDS = ['MATCH', 'OPTIONAL MATCH', 'WHERE', 'RETURN', 'WITH', 'ORDER BY', 'LIMIT', 'SKIP', 'UNWIND',
  'DISTINCT', 'AS', 'AND', 'OR', 'NOT', 'XOR', 'IN', 'IS NULL', 'IS NOT NULL', 'STARTS WITH', 'ENDS WITH',
  'CONTAINS', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'EXISTS', 'CALL', 'YIELD', 'UNION', 'ASC', 'DESC', 'count',
  'collect', 'size', 'coalesce', 'labels', 'type', 'keys', 'properties', 'nodes', 'relationships', 'length',
  'shortestPath', 'allShortestPaths', 'startNode', 'endNode', 'date', 'datetime', 'duration', 'toLower', 'toUpper',
  'toString', 'toInteger', 'toFloat', 'any', 'all', 'none', 'single', 'min', 'max', 'sum', 'avg', 'head', 'last',
  'range', 'reduce', 'split', 'substring', 'replace', 'trim'];
const HISTORY_SIZE = 50;

/** Whether the innermost open bracket before the cursor is a relationship's `[`, so `:` asks for a type. */
function insideRelationship(textBefore) {
  let depth = 0;
  for (let i = textBefore.length - 1; i >= 0; i -= 1) {
    const ch = textBefore[i];
    if (ch === ')' || ch === ']') depth += 1;
    else if (ch === '(' || ch === '[') {
      if (depth === 0) return ch === '[';
      depth -= 1;
    }
  }
  return false;
}

function candidates(entries, word) {
  const lower = word.toLowerCase();
  const starting = entries.filter((e) => e.name.toLowerCase().startsWith(lower));
  const containing = entries.filter((e) => !starting.includes(e) && e.name.toLowerCase().includes(lower));
  return [...starting, ...containing].map((e) => ({ text: e.name,
    displayText: e.count === undefined ? e.name : `${e.name}  ${e.count}` }));
}

function hinter(schema) {
  return (cm) => {
    const cursor = cm.getCursor();
    const line = cm.getLine(cursor.line);
    let start = cursor.ch;
    let end = cursor.ch;
    while (start > 0 && /\w/.test(line[start - 1])) start -= 1;
    while (end < line.length && /\w/.test(line[end])) end += 1;
    const word = line.slice(start, cursor.ch);
    const before = line[start - 1];
    let entries = KEYWORDS.map((name) => ({ name }));
    if (before === ':' || before === '|') {
      const textBefore = cm.getRange({ line: 0, ch: 0 }, { line: cursor.line, ch: start });
      entries = insideRelationship(textBefore) ? schema.relationshipTypes : schema.labels;
    } else if (before === '.') {
      entries = schema.propertyKeys;
    }
    return { list: candidates(entries, word), from: CodeMirror.Pos(cursor.line, start), to: CodeMirror.Pos(cursor.line, end) };
  };
}

/** Queries run in this browser by this account, newest first. */
function historyStore(username) {
  const key = `partnerkaart.workbench.history.${username}`;
  const read = () => JSON.parse(localStorage.getItem(key) || '[]');
  return {
    list: read,
    add(query) {
      const list = [query, ...read().filter((q) => q !== query)].slice(0, HISTORY_SIZE);
      localStorage.setItem(key, JSON.stringify(list));
    },
  };
}

/** An editor in `parent`; `onRun` is called on Ctrl+Enter, `onChange` after edits. */
export function queryEditor(parent, { schema, username, label, onRun, onChange }) {
  const history = historyStore(username);
  let recalled = -1;
  const recall = (step) => {
    const list = history.list();
    const next = Math.min(Math.max(recalled + step, -1), list.length - 1);
    if (next === recalled || next < 0) return;
    recalled = next;
    cm.setValue(list[next]);
    cm.setCursor(cm.lineCount(), 0);
  };
  const cm = CodeMirror(parent, {
    mode: 'cypher', lineNumbers: true, matchBrackets: true, autoCloseBrackets: true, lineWrapping: true,
    screenReaderLabel: label, hintOptions: { hint: hinter(schema), completeSingle: true },
    extraKeys: {
      'Ctrl-Enter': () => onRun(), 'Cmd-Enter': () => onRun(), 'Ctrl-Space': 'autocomplete',
      'Ctrl-Up': () => recall(1), 'Ctrl-Down': () => recall(-1),
      Tab: false, 'Shift-Tab': false, // keep Tab for moving between fields
    },
  });
  cm.on('inputRead', (editor, change) => {
    const typed = change.text.join('');
    const prefix = editor.getLine(change.from.line).slice(0, change.from.ch);
    if (typed === ':' || (typed === '.' && /[A-Za-z_]\w*$/.test(prefix))) {
      editor.showHint({ completeSingle: false });
    }
  });
  cm.on('changes', () => onChange(cm.getValue()));
  return {
    cm,
    value: () => cm.getValue(),
    setValue(text) { recalled = -1; cm.setValue(text); cm.focus(); },
    remember(query) { recalled = -1; history.add(query); },
    history: () => history.list(),
    /** Puts the cursor where the database found a syntax error (1-based line and column). */
    markError(line, column) {
      cm.focus();
      cm.setCursor({ line: line - 1, ch: Math.max(column - 1, 0) });
    },
  };
}
