package nl.partnerkaart.importer;

/** One thing wrong with an import, precise enough to find and fix: file, line, column and reason. */
public record ImportProblem(String file, Long line, String column, String message) {

    static ImportProblem of(String file, String message) {
        return new ImportProblem(file, null, null, message);
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line != null) {
            where.append(", line ").append(line);
        }
        if (column != null) {
            where.append(", column ").append(column);
        }
        return where + ": " + message;
    }
}
