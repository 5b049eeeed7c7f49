package nl.partnerkaart.importer;

/**
 * One thing wrong with an import, precise enough to find and fix: file, sheet (workbooks only), line,
 * column and reason.
 */
public record ImportProblem(String file, String sheet, Long line, String column, String message) {

    static ImportProblem of(String file, String message) {
        return new ImportProblem(file, null, null, null, message);
    }

    static ImportProblem at(RawTable table, Long line, String column, String message) {
        return new ImportProblem(table.file(), table.sheet(), line, column, message);
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (sheet != null) {
            where.append(", sheet ").append(sheet);
        }
        if (line != null) {
            where.append(", line ").append(line);
        }
        if (column != null) {
            where.append(", column ").append(column);
        }
        return where + ": " + message;
    }
}
