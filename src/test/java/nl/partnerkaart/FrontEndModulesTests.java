package nl.partnerkaart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The front end's modules (static/js, plain ES modules without a build) read as text: every relative import names a
 * module that exists, no module reaches itself through its imports, and no function is longer than a screen. No
 * Spring, no browser: it runs in well under a second.
 */
class FrontEndModulesTests {

    private static final Path JS = Path.of("src/main/resources/static/js");
    /** The longest function, in lines from its opening to its closing brace, that still reads on one screen. */
    private static final int MOST_LINES = 60;
    private static final Pattern RELATIVE_IMPORT = Pattern.compile("(?:\\bfrom\\s+|\\bimport\\s*\\(\\s*)'(\\.{1,2}/[^']+)'");
    private static final Set<String> BLOCK_KEYWORDS = Set.of("if", "for", "while", "switch", "catch", "with");

    @Test
    void everyRelativeImportNamesAModule() {
        List<String> missing = new ArrayList<>();
        imports().forEach((module, targets) -> targets.stream().filter(target -> !Files.isRegularFile(target))
                .forEach(target -> missing.add(name(module) + " -> " + name(target))));

        assertThat(missing).isEmpty();
    }

    @Test
    void noModuleImportsItselfThroughOthers() {
        assertThat(cycles(imports())).isEmpty();
    }

    @Test
    void aCycleIsFound() {
        Path a = Path.of("a.js");
        Path b = Path.of("b.js");
        Path c = Path.of("c.js");

        assertThat(cycles(Map.of(a, Set.of(b), b, Set.of(c), c, Set.of(a)))).containsExactly("a.js -> b.js -> c.js -> a.js");
        assertThat(cycles(Map.of(a, Set.of(b, c), b, Set.of(c), c, Set.of()))).isEmpty();
    }

    @Test
    void noFunctionIsLongerThanAScreen() {
        List<String> tooLong = new ArrayList<>();
        modules().forEach(module -> functionLengths(read(module)).forEach((line, lines) -> {
            if (lines > MOST_LINES) {
                tooLong.add(name(module) + ":" + line + " has " + lines + " lines");
            }
        }));

        assertThat(tooLong).as("functions longer than %d lines", MOST_LINES).isEmpty();
    }

    @Test
    void functionsAreMeasuredFromBraceToBrace() {
        String source = """
                export function outer(a) {
                  const inner = (b) => {
                    return `${b} {`;
                  };
                  if (a) {
                    return a.replace(/[{}/]/g, '}') / 2;
                  }
                  // a } in a comment, "{" in a string
                  return { get x() { return '}'; } };
                }
                """;

        assertThat(functionLengths(source)).containsExactly(Map.entry(1, 10), Map.entry(2, 3), Map.entry(9, 1));
    }

    private static List<Path> modules() {
        try (Stream<Path> files = Files.walk(JS)) {
            return files.filter(file -> file.toString().endsWith(".js")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path module) {
        return JS.relativize(module).toString().replace('\\', '/');
    }

    /** Each module with the modules it imports, statically or with {@code import()}. */
    private static Map<Path, Set<Path>> imports() {
        Map<Path, Set<Path>> graph = new TreeMap<>();
        for (Path module : modules()) {
            Set<Path> targets = new LinkedHashSet<>();
            Matcher matcher = RELATIVE_IMPORT.matcher(read(module));
            while (matcher.find()) {
                targets.add(module.getParent().resolve(matcher.group(1)).normalize());
            }
            graph.put(module, targets);
        }
        return graph;
    }

    /** Every cycle a depth-first walk meets, as "a -> b -> a". */
    private static List<String> cycles(Map<Path, Set<Path>> graph) {
        List<String> found = new ArrayList<>();
        Set<Path> done = new LinkedHashSet<>();
        for (Path start : new TreeMap<>(graph).keySet()) {
            walk(start, graph, new ArrayList<>(), done, found);
        }
        return found;
    }

    private static void walk(Path module, Map<Path, Set<Path>> graph, List<Path> path, Set<Path> done, List<String> found) {
        if (path.contains(module)) {
            List<Path> cycle = new ArrayList<>(path.subList(path.indexOf(module), path.size()));
            cycle.add(module);
            found.add(String.join(" -> ", cycle.stream().map(p -> p.toString().replace('\\', '/')
                    .replaceFirst("^" + Pattern.quote(JS.toString().replace('\\', '/')) + "/", "")).toList()));
            return;
        }
        if (!done.add(module)) {
            return;
        }
        path.add(module);
        graph.getOrDefault(module, Set.of()).forEach(next -> walk(next, graph, path, done, found));
        path.remove(path.size() - 1);
    }

    /**
     * The functions of a module: line of the opening brace -> lines up to the closing one. A brace opens a function
     * body after {@code =>}, or after {@code )} whose {@code (} follows {@code function} or a name that is not a
     * keyword of a block ({@code if (…) {}}); strings, template literals, comments and regular expressions are skipped.
     */
    static Map<Integer, Integer> functionLengths(String source) {
        Map<Integer, Integer> lengths = new TreeMap<>();
        List<Token> tokens = new Scanner(source).tokens();
        Deque<Token> open = new ArrayDeque<>();
        Deque<Boolean> isFunction = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.text.equals("{")) {
                open.push(token);
                isFunction.push(opensFunction(tokens, i));
            } else if (token.text.equals("}") && !open.isEmpty()) {
                Token start = open.pop();
                if (isFunction.pop()) {
                    lengths.put(start.line, token.line - start.line + 1);
                }
            }
        }
        return lengths;
    }

    private static boolean opensFunction(List<Token> tokens, int brace) {
        if (brace == 0) {
            return false;
        }
        Token before = tokens.get(brace - 1);
        if (before.text.equals("=>")) {
            return true;
        }
        if (!before.text.equals(")")) {
            return false;
        }
        int depth = 0;
        for (int i = brace - 1; i >= 0; i--) {
            String text = tokens.get(i).text;
            if (text.equals(")")) {
                depth++;
            } else if (text.equals("(") && --depth == 0) {
                if (i == 0) {
                    return false;
                }
                Token name = tokens.get(i - 1);
                return name.word && !BLOCK_KEYWORDS.contains(name.text);
            }
        }
        return false;
    }

    private record Token(String text, int line, boolean word) {
    }

    /** Just enough of a JavaScript tokenizer to find braces, parentheses, names and arrows. */
    private static final class Scanner {

        private final String source;
        private final List<Token> tokens = new ArrayList<>();
        /** For each open brace: whether it is the {@code ${} of a template literal. */
        private final Deque<Boolean> braces = new ArrayDeque<>();
        private int at;
        private int line = 1;

        Scanner(String source) {
            this.source = source;
        }

        List<Token> tokens() {
            while (at < source.length()) {
                char c = source.charAt(at);
                if (c == '\n') {
                    line++;
                    at++;
                } else if (Character.isWhitespace(c)) {
                    at++;
                } else if (source.startsWith("//", at)) {
                    skipTo("\n");
                } else if (source.startsWith("/*", at)) {
                    skipTo("*/");
                } else if (c == '\'' || c == '"') {
                    string(c);
                } else if (c == '`') {
                    at++;
                    template();
                } else if (c == '/' && regexMayStart()) {
                    regex();
                } else if (Character.isDigit(c)) {
                    while (at < source.length() && (Character.isLetterOrDigit(source.charAt(at)) || source.charAt(at) == '.')) {
                        at++;
                    }
                    tokens.add(new Token("0", line, false));
                } else if (Character.isJavaIdentifierStart(c)) {
                    int start = at;
                    while (at < source.length() && Character.isJavaIdentifierPart(source.charAt(at))) {
                        at++;
                    }
                    tokens.add(new Token(source.substring(start, at), line, true));
                } else {
                    punctuation(c);
                }
            }
            return tokens;
        }

        private void punctuation(char c) {
            if (source.startsWith("=>", at)) {
                tokens.add(new Token("=>", line, false));
                at += 2;
                return;
            }
            at++;
            if (c == '{') {
                braces.push(false);
            } else if (c == '}' && !braces.isEmpty() && braces.pop()) {
                template();
                return;
            }
            tokens.add(new Token(String.valueOf(c), line, false));
        }

        private void skipTo(String end) {
            int found = source.indexOf(end, at);
            int stop = found < 0 ? source.length() : found + end.length();
            countLines(at, stop);
            at = stop;
        }

        private void string(char quote) {
            at++;
            while (at < source.length() && source.charAt(at) != quote) {
                at += source.charAt(at) == '\\' ? 2 : 1;
            }
            at++;
            tokens.add(new Token("''", line, false));
        }

        /** From inside a template literal to its end, or to a {@code ${} (then code follows up to its brace). */
        private void template() {
            while (at < source.length()) {
                char c = source.charAt(at);
                if (c == '\\') {
                    at += 2;
                } else if (c == '`') {
                    at++;
                    tokens.add(new Token("``", line, false));
                    return;
                } else if (source.startsWith("${", at)) {
                    at += 2;
                    braces.push(true);
                    return;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    at++;
                }
            }
        }

        /** A slash starts a regular expression unless it can divide what comes before it. */
        private boolean regexMayStart() {
            if (tokens.isEmpty()) {
                return true;
            }
            Token last = tokens.get(tokens.size() - 1);
            if (last.word) {
                return Set.of("return", "typeof", "case", "in", "of", "delete", "void", "throw").contains(last.text);
            }
            return !Set.of(")", "]", "}", "''", "``", "0").contains(last.text);
        }

        private void regex() {
            at++;
            boolean inClass = false;
            while (at < source.length()) {
                char c = source.charAt(at);
                if (c == '\\') {
                    at += 2;
                    continue;
                }
                at++;
                if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                } else if (c == '/' && !inClass) {
                    break;
                }
            }
            tokens.add(new Token("''", line, false));
        }

        private void countLines(int from, int to) {
            for (int i = from; i < to; i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                }
            }
        }
    }
}
