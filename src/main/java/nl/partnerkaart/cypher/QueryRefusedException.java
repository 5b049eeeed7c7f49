package nl.partnerkaart.cypher;

import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;

/**
 * A workbench query that was refused before it ran, or stopped while it ran; the database is unchanged.
 * {@code reason} is a short code for programs (see docs/cypher-workbench.md), the message is for people.
 */
class QueryRefusedException extends InvalidInputException {

    private final String reason;
    private final Position position;

    QueryRefusedException(String reason, Message message) {
        this(reason, "query", message, null);
    }

    QueryRefusedException(String reason, Message message, Position position) {
        this(reason, "query", message, position);
    }

    /** Refused for what a part of the request other than the query text holds, e.g. {@code params.ids}. */
    QueryRefusedException(String reason, String field, Message message) {
        this(reason, field, message, null);
    }

    private QueryRefusedException(String reason, String field, Message message, Position position) {
        super(field, message);
        this.reason = reason;
        this.position = position;
    }

    String reason() {
        return reason;
    }

    /** Where in the query text the database found the problem, if it said so. */
    Position position() {
        return position;
    }

    record Position(int line, int column, int offset) {
    }
}
