package nl.partnerkaart.disk;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.Problems;
import nl.partnerkaart.system.ServerMessages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every API request, after sign-in and access rules: answered 503 with the cause when the database has panicked;
 * a write answered 503 when the disk is too full (reads go on); otherwise a write passes the {@link WriteGate}, so a
 * backup sees no change half done. A write is any request but GET, HEAD and OPTIONS, except the few POSTs that
 * only read the graph.
 */
@Component
class GuardedRequests extends OncePerRequestFilter {

    /** POSTs that change nothing in the database (a backup writes outside it, and checks its own disk). */
    private static final Set<String> READING_POSTS = Set.of("/api/cypher", "/api/cypher/export", "/api/backups",
            "/api/csv");
    /** The endpoints that read {@code dryRun}: only there does it mean "check, write nothing". */
    private static final Set<String> DRY_RUN_POSTS = Set.of("/api/import", "/api/import/jobs");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final DatabasePanic panic;
    private final DiskGuard disk;
    private final WriteGate gate;
    private final ServerMessages messages;

    GuardedRequests(DatabasePanic panic, DiskGuard disk, WriteGate gate, ServerMessages messages) {
        this.panic = panic;
        this.disk = disk;
        this.gate = gate;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var panicked = panic.cause();
        if (panicked.isPresent()) {
            refuse(request, response, DatabasePanic.message(panicked.get()), Map.of());
            return;
        }
        if (!writes(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (disk.readOnly()) {
            refuse(request, response, disk.readOnlyMessage(), Map.of("readOnly", true,
                    "freeDiskSpaceMb", disk.freeMegabytes()));
            return;
        }
        try {
            gate.pass(() -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                return null;
            });
        } catch (ChainFailure e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        } catch (WriteGate.GateBusyException e) {
            refuse(request, response, e.message(), Map.of());
        }
    }

    private static boolean writes(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean post = request.getMethod().equals("POST");
        return !READ_METHODS.contains(request.getMethod())
                && !(post && READING_POSTS.contains(path))
                && !(post && DRY_RUN_POSTS.contains(path) && dryRun(request));
    }

    /**
     * From the query string only: {@code getParameter} would parse a multipart body here, before the upload limit's
     * own answer, and a dry run sent as a form field is then merely guarded like a write.
     */
    private static boolean dryRun(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && "true".equals(
                UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("dryRun"));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Message message,
                        Map<String, Object> extra) throws IOException {
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, message, null);
        problem.setInstance(URI.create(request.getRequestURI()));
        extra.forEach(problem::setProperty);
        response.setHeader("Retry-After", "60");
        messages.write(request, response, problem);
    }

    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }
}
