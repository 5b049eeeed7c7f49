package nl.partnerkaart.reports;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of reports and exports in Dutch (default) or English: {@code reports/reports*.properties}. */
final class ReportTexts {

    private final ResourceBundle bundle;
    private final boolean english;

    ReportTexts(String lang) {
        english = lang.equals("en");
        bundle = ResourceBundle.getBundle("reports.reports", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language tag, as a document declares it: nl or en. */
    String lang() {
        return english ? "en" : "nl";
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** A whole number as people of this language write it (225.674 or 225,674). */
    String count(long value) {
        return NumberFormat.getIntegerInstance(english ? Locale.ENGLISH : Locale.forLanguageTag("nl")).format(value);
    }

    /** The label of an enumeration value, e.g. {@code label("theme", "risk-management")}; the code if none. */
    String label(String group, Object code) {
        if (code == null) {
            return "";
        }
        try {
            return bundle.getString(group + "." + code);
        } catch (MissingResourceException e) {
            return code.toString();
        }
    }

    /** A row with {@code key} in this language: Dutch names are in the graph, English ones in {@code <key>En}. */
    Map<String, Object> named(Map<String, Object> row, String key) {
        Map<String, Object> named = new LinkedHashMap<>(row);
        if (english && row.get(key + "En") != null) {
            named.put(key, row.get(key + "En"));
        }
        named.remove(key + "En");
        return named;
    }

    Report.Column column(String key, String type) {
        return new Report.Column(key, get("col." + key), type);
    }

    Report.Column text(String key) {
        return column(key, "text");
    }

    Report.Column number(String key) {
        return column(key, "number");
    }

    Report.Column list(String key) {
        return column(key, "list");
    }
}
