package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.List;

import nl.partnerkaart.system.Message;

/**
 * One thing wrong with an import, precise enough to find and fix: file, sheet (workbooks only), line,
 * column and reason (in JSON, in the request's language).
 */
public record ImportProblem(String file, String sheet, Long line, String column, Message message) {

    static ImportProblem of(String file, String code, Object... arguments) {
        return new ImportProblem(file, null, null, null, Message.of(code, arguments));
    }

    static ImportProblem at(RawTable table, Long line, String column, Message message) {
        return new ImportProblem(table.file(), table.sheet(), line, column, message);
    }

    /** Where and what in one sentence: "partners.csv, line 3, column kind: ...". */
    public Message described() {
        List<Object> where = new ArrayList<>(List.of(file));
        if (sheet != null) {
            where.add(Message.of("import.sheet", sheet));
        }
        if (line != null) {
            where.add(Message.of("import.line", line));
        }
        if (column != null) {
            where.add(Message.of("import.column", column));
        }
        return Message.of("import.problem", where, message);
    }
}
