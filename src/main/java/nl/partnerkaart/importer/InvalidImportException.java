package nl.partnerkaart.importer;

import java.util.List;

/** An import that cannot be applied; nothing was written. */
public class InvalidImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    InvalidImportException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
