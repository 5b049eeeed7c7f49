package nl.partnerkaart.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked report request (see {@link ReportParameters}).
 *
 * @param region  a safety region id, or null for the whole country
 * @param columns the coverage columns (Sector or VitalProcess ids)
 * @param months  the period of the exercises report
 * @param by      how the action items are grouped: region, network or covenant
 * @param lang    nl or en
 * @param details whether the detail tables are wanted; an overview that leaves them out does not compute them
 * @param firstRows the most rows of a detail table that are wanted (a page or PDF), or 0 for every row (CSV, XLSX);
 *                  a cut table takes its total from a count the report computes anyway
 */
record ReportRequest(LocalDate asOf, String region, List<String> columns, int months, String by, String lang,
                     boolean details, int firstRows) {

    /** The parameters of a Cypher file, with this request's values (null where not set). */
    Map<String, Object> cypher(Object... extra) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("asOf", asOf);
        parameters.put("region", region);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            parameters.put((String) extra[i], extra[i + 1]);
        }
        return parameters;
    }

    /** What the report was asked, as printed on it. */
    Map<String, Object> shown() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("asOf", asOf.toString());
        if (region != null) {
            shown.put("region", region);
        }
        return shown;
    }

    ReportRequest forRegion(String regionId) {
        return new ReportRequest(asOf, regionId, columns, months, by, lang, details, firstRows);
    }

    ReportRequest withoutDetails() {
        return new ReportRequest(asOf, region, columns, months, by, lang, false, firstRows);
    }

    ReportRequest cutTo(int rows) {
        return new ReportRequest(asOf, region, columns, months, by, lang, details, rows);
    }
}
