package nl.partnerkaart.reports;

/** How many of the nodes a report reads are public facts, illustrative sample data or entered by users. */
public record DataOrigin(long publicFacts, long illustrative, long user) {

    public boolean containsIllustrativeData() {
        return illustrative > 0;
    }

    DataOrigin plus(DataOrigin other) {
        return new DataOrigin(publicFacts + other.publicFacts, illustrative + other.illustrative, user + other.user);
    }
}
