package nl.partnerkaart.cypher;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neo4j.driver.summary.QueryType;

/** What a refused write query would have done, in plain words, from the operators of its plan. */
final class WriteWords {

    private WriteWords() {
    }

    static String describe(List<String> operators, QueryType type) {
        if (type == QueryType.SCHEMA_WRITE) {
            return "change the schema (indexes or constraints)";
        }
        Set<String> words = new LinkedHashSet<>();
        for (String operator : operators) {
            if (operator.contains("Merge")) {
                words.add("create nodes or relationships (MERGE)");
            } else if (operator.startsWith("Create")) {
                words.add("create nodes or relationships");
            } else if (operator.contains("Delete")) {
                words.add("delete nodes or relationships");
            } else if (operator.startsWith("Set")) {
                words.add("change properties or labels");
            } else if (operator.startsWith("Remove")) {
                words.add("remove properties or labels");
            } else if (operator.contains("Foreach")) {
                words.add("write in a FOREACH");
            }
        }
        return words.isEmpty() ? "write to the database" : String.join(" and ", words);
    }
}
