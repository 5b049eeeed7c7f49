package nl.partnerkaart.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.partnerkaart.system.Message;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;

/**
 * Checks the plan of an {@code EXPLAIN} against what the workbench allows: only read queries, only
 * operators on the allow-list (so an operator that a new Neo4j version adds is refused until someone
 * looks at it), and only the procedures on a short allow-list.
 */
final class PlanCheck {

    /** Read operators of Neo4j 5.26 (without the runtime suffix such as {@code @neo4j}). */
    private static final Set<String> READ_OPERATORS = Set.of(
            "ProduceResults", "Argument", "EmptyRow",
            // scans and seeks
            "AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan", "IntersectionNodeByLabelsScan",
            "SubtractionNodeByLabelsScan", "PartitionedAllNodesScan", "PartitionedNodeByLabelScan",
            "NodeByIdSeek", "NodeByElementIdSeek", "NodeIndexSeek", "NodeUniqueIndexSeek", "NodeIndexScan",
            "NodeIndexContainsScan", "NodeIndexEndsWithScan", "NodeIndexSeekByRange", "NodeUniqueIndexSeekByRange",
            "MultiNodeIndexSeek", "AssertingMultiNodeIndexSeek", "NodeCountFromCountStore",
            "RelationshipCountFromCountStore", "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan",
            "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan", "DirectedUnionRelationshipTypesScan",
            "UndirectedUnionRelationshipTypesScan", "DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek",
            "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan", "DirectedRelationshipIndexSeekByRange",
            "UndirectedRelationshipIndexSeekByRange", "DirectedRelationshipIndexContainsScan",
            "UndirectedRelationshipIndexContainsScan", "DirectedRelationshipIndexEndsWithScan",
            "UndirectedRelationshipIndexEndsWithScan", "DirectedRelationshipByIdSeek", "UndirectedRelationshipByIdSeek",
            "DirectedRelationshipByElementIdSeek", "UndirectedRelationshipByElementIdSeek",
            "DirectedRelationshipUniqueIndexSeek", "UndirectedRelationshipUniqueIndexSeek",
            // traversal
            "Expand(All)", "Expand(Into)", "OptionalExpand(All)", "OptionalExpand(Into)", "VarLengthExpand(All)",
            "VarLengthExpand(Into)", "VarLengthExpand(Pruning)", "VarLengthExpand(Pruning,BFS)", "BFSPruningVarExpand",
            "ShortestPath", "StatefulShortestPath(All)", "StatefulShortestPath(Into)", "Repeat(Trail)", "Repeat(Walk)",
            "Trail", "NullifyMetadata", "ProjectEndpoints", "TriadicSelection", "TriadicBuild", "TriadicFilter",
            "AssertSameNode", "AssertSameRelationship",
            // row operations
            "Filter", "Projection", "CacheProperties", "Distinct", "OrderedDistinct", "EagerAggregation",
            "OrderedAggregation", "Sort", "PartialSort", "Top", "Top1WithTies", "PartialTop", "Limit",
            "ExhaustiveLimit", "Skip", "Unwind", "PartitionedUnwind", "Union", "OrderedUnion", "Eager", "Optional",
            "Anti", "ProcedureCall",
            // joins and subqueries
            "Apply", "SemiApply", "AntiSemiApply", "LetSemiApply", "LetAntiSemiApply", "SelectOrSemiApply",
            "SelectOrAntiSemiApply", "LetSelectOrSemiApply", "LetSelectOrAntiSemiApply", "RollUpApply",
            "ConditionalApply", "AntiConditionalApply", "CartesianProduct", "NodeHashJoin", "ValueHashJoin",
            "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin");

    /**
     * Procedures that only describe the schema or search the full-text index. Not {@code db.schema.visualization}:
     * it draws the change history's labels too; GET /api/cypher/schema serves the public model instead.
     */
    static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.nodeTypeProperties", "db.schema.relTypeProperties", "db.index.fulltext.queryNodes");

    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*\\(");

    private PlanCheck() {
    }

    static void check(QueryType type, Plan plan) {
        List<String> operators = new ArrayList<>();
        List<String> procedures = new ArrayList<>();
        collect(plan, operators, procedures);
        for (String operator : operators) {
            if (operator.equals("LoadCSV")) {
                throw new QueryRefusedException("load-csv", Message.of("cypher.loadCsv"));
            }
            if (operator.startsWith("Show") || operator.startsWith("Terminate") || operator.contains("Administration")) {
                throw new QueryRefusedException("administration", Message.of("cypher.administration", operator));
            }
            if (operator.startsWith("Transaction")) {
                throw new QueryRefusedException("in-transactions", Message.of("cypher.inTransactions"));
            }
        }
        for (String procedure : procedures) {
            if (!ALLOWED_PROCEDURES.contains(procedure)) {
                throw new QueryRefusedException("procedure", Message.of("cypher.procedure", procedure,
                        ALLOWED_PROCEDURES.stream().sorted().toList()));
            }
        }
        if (type != QueryType.READ_ONLY) {
            throw new QueryRefusedException("write", Message.of("cypher.write", WriteWords.describe(operators, type)));
        }
        for (String operator : operators) {
            if (!READ_OPERATORS.contains(operator)) {
                throw new QueryRefusedException("operator", Message.of("cypher.operator", operator));
            }
        }
    }

    private static void collect(Plan plan, List<String> operators, List<String> procedures) {
        String operator = withoutRuntime(plan.operatorType());
        operators.add(operator);
        if (operator.equals("ProcedureCall")) {
            procedures.add(procedureName(plan.arguments()));
        }
        plan.children().forEach(child -> collect(child, operators, procedures));
    }

    /** {@code Filter@neo4j} is {@code Filter}. */
    private static String withoutRuntime(String operatorType) {
        int at = operatorType.indexOf('@');
        return at < 0 ? operatorType : operatorType.substring(0, at);
    }

    /** The procedure named in the operator's details, e.g. {@code db.labels() :: (label :: STRING)}. */
    private static String procedureName(Map<String, Value> arguments) {
        Value details = arguments.get("Details");
        if (details != null && !details.isNull()) {
            Matcher matcher = PROCEDURE_NAME.matcher(details.asString());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return "(unknown procedure)";
    }
}
