package nl.partnerkaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A page of the networks report computes only the sectors its first rows are in. */
class NetworksReportTests {

    private static final List<Map<String, Object>> SECTORS = List.of(
            Map.of("sector", "chemistry", "networks", 390L),
            Map.of("sector", "defence", "networks", 389L),
            Map.of("sector", "energy", "networks", 394L));

    @Test
    void theFirstRowsNeedTheSectorsThatHoldThem() {
        assertThat(NetworksReport.sectorsOfFirstRows(SECTORS, 1)).containsExactly("chemistry");
        assertThat(NetworksReport.sectorsOfFirstRows(SECTORS, 390)).containsExactly("chemistry");
        assertThat(NetworksReport.sectorsOfFirstRows(SECTORS, 391)).containsExactly("chemistry", "defence");
        assertThat(NetworksReport.sectorsOfFirstRows(SECTORS, 500)).containsExactly("chemistry", "defence");
        assertThat(NetworksReport.sectorsOfFirstRows(SECTORS, 5000)).containsExactly("chemistry", "defence", "energy");
        assertThat(NetworksReport.sectorsOfFirstRows(List.of(), 500)).isEmpty();
    }
}
