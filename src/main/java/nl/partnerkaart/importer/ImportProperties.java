package nl.partnerkaart.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of one import, so a single upload cannot exhaust the server's memory, and the size of its commits.
 *
 * @param maxFileSize the largest file, and the largest file inside a ZIP (the multipart limit of
 *                    {@code spring.servlet.multipart.max-file-size} must be at least as large)
 * @param maxTotalSize the most text and workbook bytes of one import, after unzipping
 * @param maxRows the most rows of one import, over all tables
 * @param batchSize rows written per statement, and per committed batch of a person's import
 */
@ConfigurationProperties("partnerkaart.import")
public record ImportProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("100MB") DataSize maxTotalSize,
                               @DefaultValue("500000") int maxRows, @DefaultValue("10000") int batchSize) {
}
