package nl.partnerkaart.cypher;

import java.time.Duration;

import nl.partnerkaart.system.Message;

/**
 * A workbench query that was not started because too many run already: for this account (429) or in all (503).
 * Nothing ran; the same request can be sent again after {@code retryAfter}.
 */
class WorkbenchBusyException extends RuntimeException {

    private final boolean everyone;
    private final Message message;
    private final Duration retryAfter;

    WorkbenchBusyException(boolean everyone, Message message, Duration retryAfter) {
        super(message.toString());
        this.everyone = everyone;
        this.message = message;
        this.retryAfter = retryAfter;
    }

    /** {@code true}: the workbench as a whole is at its limit; {@code false}: this account is. */
    boolean everyone() {
        return everyone;
    }

    Message message() {
        return message;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    String reason() {
        return everyone ? "workbench-busy" : "too-many-queries";
    }
}
