package nl.partnerkaart.importer;

import java.util.List;
import nl.partnerkaart.system.Message;

/** An import that cannot be applied; nothing was written. */
public class InvalidImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    InvalidImportException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0).described());
        this.problems = List.copyOf(problems);
    }

    InvalidImportException(String file, Long line, String code, Object... arguments) {
        this(List.of(new ImportProblem(file, null, line, null, Message.of(code, arguments))));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
