package nl.partnerkaart.landing;

import java.util.List;

/**
 * The regions and the ties between them, as they stood on {@code asOf}.
 *
 * @param regions one entry per safety region, in id order
 * @param ties    one entry per pair of regions with at least one tie; {@code source} sorts before {@code target}
 */
public record Landing(String asOf, List<Region> regions, List<Tie> ties) {

    /**
     * @param partners       partners that serve the region (fully or partially)
     * @param covenants      covenants in force on the date to which the region is a party
     * @param overdueActions open or in-progress action items of those covenants due before the date
     */
    public record Region(String id, String name, String abbreviation, double lat, double lon, long partners,
                         long covenants, long overdueActions) {
    }

    /**
     * @param sharedPartners partners that serve both regions, leaving out national partners (they serve all)
     * @param jointCovenants covenants in force to which both regions are a party
     * @param sharedNetworks networks both belong to, leaving out networks of every region
     */
    public record Tie(String source, String target, long sharedPartners, long jointCovenants, long sharedNetworks) {
    }
}
