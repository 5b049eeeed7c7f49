package nl.partnerkaart.cypher;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.partnerkaart.system.Message;
import org.neo4j.driver.summary.QueryType;

/** What a refused write query would have done, in plain words, from the operators of its plan. */
final class WriteWords {

    private WriteWords() {
    }

    /** @return the things the query would do, each a message ({@code cypher.would.*}) */
    static List<Message> describe(List<String> operators, QueryType type) {
        if (type == QueryType.SCHEMA_WRITE) {
            return List.of(would("schema"));
        }
        Set<Message> words = new LinkedHashSet<>();
        for (String operator : operators) {
            if (operator.contains("Merge")) {
                words.add(would("merge"));
            } else if (operator.startsWith("Create")) {
                words.add(would("create"));
            } else if (operator.contains("Delete")) {
                words.add(would("delete"));
            } else if (operator.startsWith("Set")) {
                words.add(would("set"));
            } else if (operator.startsWith("Remove")) {
                words.add(would("remove"));
            } else if (operator.contains("Foreach")) {
                words.add(would("foreach"));
            }
        }
        return words.isEmpty() ? List.of(would("write")) : List.copyOf(words);
    }

    private static Message would(String what) {
        return Message.of("cypher.would." + what);
    }
}
