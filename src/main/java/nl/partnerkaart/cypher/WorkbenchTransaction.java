package nl.partnerkaart.cypher;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.AsyncTransaction;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.summary.ResultSummary;

/**
 * One workbench query's READ transaction, waited for only until a deadline. The database's own time limit is the
 * first guard; this is the second, for what it misses: a query whose error never reaches the driver (Neo4j's
 * stack overflowing on a deeply nested expression leaves the connection without an answer until the connection's
 * read timeout, two minutes), or one whose time limit stretches under load. At the deadline the caller gets
 * {@code timeout} at once; the session is closed in the background, and the slot is given back only when the
 * connection is.
 */
final class WorkbenchTransaction implements AutoCloseable {

    private final AsyncSession session;
    private final QuerySlots.Slot slot;
    private final long deadline;
    private final Supplier<QueryRefusedException> timedOut;
    private AsyncTransaction transaction;
    private boolean abandoned;

    private WorkbenchTransaction(AsyncSession session, QuerySlots.Slot slot, long deadline,
                                 Supplier<QueryRefusedException> timedOut) {
        this.session = session;
        this.slot = slot;
        this.deadline = deadline;
        this.timedOut = timedOut;
    }

    /**
     * @param waitNanos how long the application waits for this query in all, from now
     * @param timedOut the refusal to answer with when it gives up
     */
    static WorkbenchTransaction begin(WorkbenchConnections connections, QuerySlots.Slot slot, TransactionConfig config,
                                      long waitNanos, Supplier<QueryRefusedException> timedOut) {
        AsyncSession session;
        try {
            session = connections.readSession();
        } catch (RuntimeException e) {
            slot.giveBack();
            throw e;
        }
        WorkbenchTransaction tx = new WorkbenchTransaction(session, slot, System.nanoTime() + waitNanos, timedOut);
        try {
            tx.transaction = tx.await(tx.session.beginTransactionAsync(config));
            return tx;
        } catch (RuntimeException e) {
            tx.close();
            throw e;
        }
    }

    ResultSummary consume(String query, Map<String, Object> params) {
        return await(transaction.runAsync(query, params).thenCompose(ResultCursor::consumeAsync));
    }

    Rows run(String query, Map<String, Object> params) {
        return new Rows(await(transaction.runAsync(query, params)));
    }

    /** The records of a result, each waited for until the deadline. */
    final class Rows {

        private final ResultCursor cursor;

        private Rows(ResultCursor cursor) {
            this.cursor = cursor;
        }

        List<String> keys() {
            return cursor.keys();
        }

        /** The next record, or {@code null} at the end. */
        Record next() {
            return await(cursor.nextAsync());
        }

        boolean hasMore() {
            return await(cursor.peekAsync()) != null;
        }
    }

    private <T> T await(CompletionStage<T> stage) {
        if (abandoned) {
            throw timedOut.get();
        }
        try {
            return stage.toCompletableFuture().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandoned = true;
            throw timedOut.get();
        } catch (InterruptedException e) {
            abandoned = true;
            Thread.currentThread().interrupt();
            throw timedOut.get();
        } catch (ExecutionException e) {
            throw unwrapped(e.getCause());
        }
    }

    private static RuntimeException unwrapped(Throwable cause) {
        Throwable t = cause;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof RuntimeException runtime ? runtime : new IllegalStateException(t);
    }

    /**
     * Rolls back (a read has nothing to commit) and closes the session. A finished query waits for that briefly, so
     * the account's next query finds its slot free; an abandoned one does not wait: its connection comes back when
     * the database answers or the connection times out, and only then is the slot given back.
     */
    @Override
    public void close() {
        CompletionStage<Void> closed = (transaction == null ? session.closeAsync()
                : transaction.closeAsync().handle((ignored, error) -> null).thenCompose(ignored -> session.closeAsync()))
                .whenComplete((ignored, error) -> slot.giveBack());
        if (!abandoned) {
            try {
                closed.toCompletableFuture().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // The slot follows the connection whenever it comes back; the answer is already complete.
            }
        }
    }
}
