package nl.partnerkaart.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.database.EmbeddedDatabase;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The reports by id, and their rendering in every format. */
@Service
public class Reports {

    /** A rendered report: the bytes of one format with its media type and file name. */
    public record Rendered(byte[] bytes, String mediaType, String fileName) {
    }

    /** The order of the catalogue and the tabs: the coverage first, the national overview last. */
    private static final List<String> ORDER = List.of("coverage", "action-items", "exercises", "networks",
            "partner-profiles", "region-profile", "data-quality", "state-of-vital-partnerships");

    private final Map<String, ReportBuilder> builders = new LinkedHashMap<>();
    private final KnowledgeVersion version;
    private final ReportCache cache;
    private final int detailRows;
    private final Clock clock;

    Reports(List<ReportBuilder> all, ObjectProvider<EmbeddedDatabase> embedded, ReportProperties properties,
            Clock clock) {
        this.clock = clock;
        all.stream().sorted(Comparator.comparingInt(b -> ORDER.indexOf(b.id()))).forEach(b -> builders.put(b.id(), b));
        EmbeddedDatabase database = embedded.getIfAvailable();
        this.version = database == null || properties.cacheSize() == 0 ? null : new KnowledgeVersion(database);
        this.cache = new ReportCache(version, properties.cacheSize());
        this.detailRows = properties.detailRows();
    }

    /** Whether built reports are kept until the knowledge graph changes (an embedded database, a cache). */
    boolean keeps() {
        return version != null;
    }

    /** Runs after every commit that changed the knowledge graph; only when reports are kept. */
    void onKnowledgeChange(Runnable listener) {
        if (version != null) {
            version.onChange(listener);
        }
    }

    /** The reports about the whole country (no region needed), the overview last. */
    List<ReportBuilder> national() {
        return builders.values().stream().filter(b -> !b.needsRegion()).toList();
    }

    /** Whether the page form of this report is kept for the current version of the knowledge graph. */
    boolean isKept(ReportBuilder builder, ReportRequest request) {
        return cache.isCurrent(builder.id(), request);
    }

    List<Map<String, Object>> catalogue(String lang) {
        ReportTexts texts = new ReportTexts(lang);
        return builders.values().stream().map(b -> Map.<String, Object>of("id", b.id(), "title",
                texts.get(b.id() + ".title"), "description", texts.get(b.id() + ".description"),
                "needsRegion", b.needsRegion())).toList();
    }

    boolean exists(String id) {
        return builders.containsKey(id);
    }

    ReportBuilder builder(String id) {
        ReportBuilder builder = builders.get(id);
        if (builder == null) {
            throw new NotFoundException(Message.of("report.notFound", id, List.copyOf(builders.keySet())));
        }
        return builder;
    }

    /** The whole report, every row of every table, as CSV and XLSX carry it; computed at every call. */
    Report build(ReportBuilder builder, ReportRequest request) {
        return builder.build(request, new ReportTexts(request.lang()));
    }

    /**
     * The report as a person reads it on the page or in a PDF: long tables cut to their first rows, with their
     * totals. Kept until the knowledge graph changes; being cut, what is kept stays small however large the graph.
     * The detail queries are asked for the first rows only, so the database does not produce rows that are cut.
     */
    Report page(ReportBuilder builder, ReportRequest request) {
        return cache.get(builder.id(), request, () -> build(builder, request.cutTo(detailRows)).firstRows(detailRows));
    }

    Rendered render(Report report, String format, String lang) {
        String name = report.id() + "-" + report.asOf() + (report.parameters().containsKey("region")
                ? "-" + report.parameters().get("region") : "");
        ReportTexts texts = new ReportTexts(lang);
        return switch (format) {
            case "csv" -> new Rendered(ReportCsv.render(report, texts), "text/csv;charset=UTF-8", name + ".csv");
            case "xlsx" -> new Rendered(ReportXlsx.render(report, texts),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            case "pdf" -> new Rendered(new ReportPdf(texts, LocalDate.now(clock)).render(report.firstRows(detailRows)), "application/pdf", name + ".pdf");
            default -> throw new IllegalArgumentException("no export format " + format);
        };
    }
}
