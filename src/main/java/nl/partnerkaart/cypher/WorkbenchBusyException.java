package nl.partnerkaart.cypher;

import java.time.Duration;

/**
 * A workbench query that was not started because too many run already: for this account (429) or in all (503).
 * Nothing ran; the same request can be sent again after {@code retryAfter}.
 */
class WorkbenchBusyException extends RuntimeException {

    private final boolean everyone;
    private final Duration retryAfter;

    WorkbenchBusyException(boolean everyone, String message, Duration retryAfter) {
        super(message);
        this.everyone = everyone;
        this.retryAfter = retryAfter;
    }

    /** {@code true}: the workbench as a whole is at its limit; {@code false}: this account is. */
    boolean everyone() {
        return everyone;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    String reason() {
        return everyone ? "workbench-busy" : "too-many-queries";
    }
}
