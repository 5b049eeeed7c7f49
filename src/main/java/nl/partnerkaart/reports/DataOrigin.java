package nl.partnerkaart.reports;

/**
 * How many of the nodes a report reads are public facts, illustrative sample data or entered by users, and how sure
 * the public facts are: verified (a source states it), derived (follows from verified facts) or unverified. A public
 * node without a status counts as unverified: nobody has said it was checked.
 */
public record DataOrigin(long publicFacts, long illustrative, long user, long verified, long derived, long unverified) {

    static final DataOrigin NONE = new DataOrigin(0, 0, 0, 0, 0, 0);

    public boolean containsIllustrativeData() {
        return illustrative > 0;
    }

    DataOrigin plus(DataOrigin other) {
        return new DataOrigin(publicFacts + other.publicFacts, illustrative + other.illustrative, user + other.user,
                verified + other.verified, derived + other.derived, unverified + other.unverified);
    }
}
