package nl.partnerkaart.editing;

import static nl.partnerkaart.editing.EditingApiTests.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A covenant and a network that VR01 owns, with a water company serving VR01 and VR16 as party: an editor limited
 * to VR16 may join them and leave again, but joining gives it no right to change them or anyone else's
 * participation; the VR01 editor keeps every right; and no region's editor removes another region's tie of the
 * water company (issue 21, finding 4).
 */
class SharedItemOwnershipTests extends ApplicationTest {

    private static final String P = "T-OWN-";
    private static final String COVENANT = P + "COV";
    private static final String NETWORK = P + "NET";
    private static final String WATER = P + "WATER";

    @Autowired
    UserAccounts accounts;

    private Api vr16;
    private Api vr01;

    @BeforeEach
    void sharedItemsOfVr01() {
        vr16 = editorOf("VR16");
        vr01 = editorOf("VR01");
        created(api().postJson("/api/items/partners", fields("id", WATER, "name", "Waterbedrijf Proefland",
                "category", "drinking-water", "serves", List.of("VR01", "VR16"))));
        created(api().postJson("/api/items/covenants", fields("id", COVENANT, "name", "Convenant drinkwater Groningen",
                "status", "active")));
        created(api().postJson("/api/items/networks", fields("id", NETWORK, "name", "Netwerk drinkwater Noord")));
        ok(api().postJson("/api/relationships/covenant-parties", fields("party", "VR01", "covenant", COVENANT,
                "role", "region")));
        ok(api().postJson("/api/relationships/covenant-parties", fields("party", WATER, "covenant", COVENANT,
                "role", "partner")));
        ok(api().postJson("/api/relationships/memberships", fields("member", "VR01", "network", NETWORK, "host", true)));
        ok(api().postJson("/api/relationships/memberships", fields("member", WATER, "network", NETWORK)));
    }

    @AfterEach
    void removeTestData() {
        deleteNodesWithIdPrefix(P);
        deleteChangesOf(P);
    }

    private Api editorOf(String region) {
        String name = "owner-test-" + region.toLowerCase();
        if (!accounts.exists(name)) {
            accounts.create(name, TestAccounts.PASSWORD, List.of(Role.EDITOR), List.of(region));
        }
        return new Api(port, name, TestAccounts.PASSWORD);
    }

    @Test
    void joiningACovenantGivesNoRightOverItOrOverTheOtherParties() {
        ok(vr16.postJson("/api/relationships/covenant-parties", fields("party", "VR16", "covenant", COVENANT,
                "role", "region")));
        assertThat(single("MATCH (:SafetyRegion {id: 'VR16'})-[t:PARTY_TO]->(:Covenant {id: '" + COVENANT
                + "'}) RETURN t.joined")).isEqualTo(true);

        refusedAsNotOwner(update(vr16, "covenants", COVENANT, "name", "Overgenomen"));
        refusedAsNotOwner(update(vr16, "covenants", COVENANT, "status", "terminated"));
        refusedAsNotOwner(vr16.delete("/api/relationships/covenant-parties?from=VR01&to=" + COVENANT));
        refusedAsNotOwner(vr16.delete("/api/relationships/covenant-parties?from=" + WATER + "&to=" + COVENANT));
        refusedAsNotOwner(delete(vr16, "covenants", COVENANT));
        assertThat(vr16.postJson("/api/relationships/covenant-parties", fields("party", "VR16", "covenant", COVENANT,
                "role", "region", "joined", false)).status()).isEqualTo(403);
        assertThat(single("MATCH (c:Covenant {id: '" + COVENANT + "'}) "
                + "RETURN c.name + ' ' + c.status + ' ' + COUNT { ()-[:PARTY_TO]->(c) }"))
                .isEqualTo("Convenant drinkwater Groningen active 3");

        ok(update(vr01, "covenants", COVENANT, "name", "Convenant drinkwater Noord"));
        ok(update(vr01, "covenants", COVENANT, "status", "expired"));
        assertThat(vr16.delete("/api/relationships/covenant-parties?from=VR16&to=" + COVENANT).status()).isEqualTo(204);
        assertThat(vr01.delete("/api/relationships/covenant-parties?from=" + WATER + "&to=" + COVENANT).status())
                .isEqualTo(204);
        ok(delete(vr01, "covenants", COVENANT));
        assertThat(single("MATCH (c:Covenant {id: '" + COVENANT + "'}) RETURN count(c)")).isEqualTo(0L);
    }

    @Test
    void joiningANetworkGivesNoRightOverItOrOverTheOtherMembers() {
        ok(vr16.postJson("/api/relationships/memberships", fields("member", "VR16", "network", NETWORK)));

        refusedAsNotOwner(update(vr16, "networks", NETWORK, "name", "Overgenomen"));
        refusedAsNotOwner(vr16.delete("/api/relationships/memberships?from=VR01&to=" + NETWORK));
        refusedAsNotOwner(vr16.postJson("/api/relationships/memberships", fields("member", "VR01", "network", NETWORK,
                "host", false)));
        refusedAsNotOwner(delete(vr16, "networks", NETWORK));
        assertThat(single("MATCH (:SafetyRegion {id: 'VR01'})-[m:MEMBER_OF]->(n:Network {id: '" + NETWORK + "'}) "
                + "RETURN n.name + ' ' + m.host")).isEqualTo("Netwerk drinkwater Noord true");

        ok(update(vr01, "networks", NETWORK, "name", "Netwerk drinkwater Noord-Nederland"));
        assertThat(vr01.delete("/api/relationships/memberships?from=VR16&to=" + NETWORK).status()).isEqualTo(204);
        ok(vr16.postJson("/api/relationships/memberships", fields("member", "VR16", "network", NETWORK)));
        assertThat(vr16.delete("/api/relationships/memberships?from=VR16&to=" + NETWORK).status()).isEqualTo(204);
        ok(delete(vr01, "networks", NETWORK));
        assertThat(single("MATCH (n:Network {id: '" + NETWORK + "'}) RETURN count(n)")).isEqualTo(0L);
    }

    @Test
    void aRegionThatOwnsNothingOfAnItemNeverChangesAnotherRegionsParticipation() {
        ok(api().postJson("/api/relationships/covenant-parties", fields("party", "VR16", "covenant", COVENANT,
                "role", "region")));

        refusedAsNotOwner(update(vr16, "covenants", COVENANT, "name", "Alleen van VR16"));
        refusedAsNotOwner(update(vr01, "covenants", COVENANT, "name", "Alleen van VR01"));
        refusedAsNotOwner(vr01.delete("/api/relationships/covenant-parties?from=VR16&to=" + COVENANT));
        ok(update(api(), "covenants", COVENANT, "name", "Gedeeld convenant"));
    }

    @Test
    void joiningWithAPartnerGivesNoRightOverACovenantWhosePartiesAreAllPartners() {
        String partnerCovenant = P + "COV-PARTNERS";
        String vr01Partner = P + "VR01-ONLY";
        String vr16Partner = P + "VR16-ONLY";
        created(api().postJson("/api/items/partners", fields("id", vr01Partner, "name", "Waterschap Proefland",
                "category", "drinking-water", "serves", List.of("VR01"))));
        created(api().postJson("/api/items/partners", fields("id", vr16Partner, "name", "Waterleiding Proefland",
                "category", "drinking-water", "serves", List.of("VR16"))));
        created(api().postJson("/api/items/covenants", fields("id", partnerCovenant, "name", "Convenant waterschap",
                "status", "active")));
        ok(api().postJson("/api/relationships/covenant-parties", fields("party", vr01Partner,
                "covenant", partnerCovenant, "role", "partner")));

        ok(vr16.postJson("/api/relationships/covenant-parties", fields("party", vr16Partner,
                "covenant", partnerCovenant, "role", "partner")));
        assertThat(single("MATCH (:Partner {id: '" + vr16Partner + "'})-[t:PARTY_TO]->(:Covenant {id: '"
                + partnerCovenant + "'}) RETURN t.joined")).isEqualTo(true);

        refusedAsNotItsOwner(update(vr16, "covenants", partnerCovenant, "name", "Overgenomen"));
        refusedAsNotItsOwner(update(vr16, "covenants", partnerCovenant, "status", "terminated"));
        refusedAsNotItsOwner(vr16.delete("/api/relationships/covenant-parties?from=" + vr01Partner
                + "&to=" + partnerCovenant));
        assertThat(single("MATCH (c:Covenant {id: '" + partnerCovenant + "'}) "
                + "RETURN c.name + ' ' + c.status + ' ' + COUNT { ()-[:PARTY_TO]->(c) }"))
                .isEqualTo("Convenant waterschap active 2");
        assertThat(vr16.delete("/api/relationships/covenant-parties?from=" + vr16Partner + "&to=" + partnerCovenant)
                .status()).isEqualTo(204);
        ok(update(vr01, "covenants", partnerCovenant, "name", "Convenant waterschap Noord"));
    }

    @Test
    void aRegionLimitedEditorNeverRemovesAnotherRegionsTieOfASharedPartner() {
        Api.Response dropVr01 = update(vr16, "partners", WATER, "serves", List.of("VR16"));
        Api.Response website = update(vr16, "partners", WATER, "website", "https://proefland.example");

        assertThat(dropVr01.status()).as(dropVr01.body()).isEqualTo(403);
        assertThat(dropVr01.json().get("detail").asString()).contains("not those to VR01");
        // A stable code and its arguments (the item, the account's regions, the others), for scripts.
        assertThat(dropVr01.json().get("code").asString()).isEqualTo("region.otherRegionTies");
        assertThat(dropVr01.json().at("/arguments/1").toString()).isEqualTo("[\"VR16\"]");
        assertThat(dropVr01.json().at("/arguments/2").toString()).isEqualTo("[\"VR01\"]");
        ok(website);
        assertThat(single("MATCH (:Partner {id: '" + WATER + "'})-[:SERVES]->(r) RETURN count(r)")).isEqualTo(2L);
    }

    private Api.Response update(Api editor, String kind, String id, String field, Object value) {
        long version = api().get("/api/items/" + kind + "/" + id).json().get("version").asLong();
        return editor.putJson("/api/items/" + kind + "/" + id, fields(field, value, "version", version));
    }

    private Api.Response delete(Api editor, String kind, String id) {
        long version = api().get("/api/items/" + kind + "/" + id).json().get("version").asLong();
        return editor.delete("/api/items/" + kind + "/" + id + "?version=" + version);
    }

    private static void refusedAsNotOwner(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.json().get("detail").asString()).contains("belongs to VR01", "every region that owns it");
        assertThat(response.json().get("code").asString()).isEqualTo("region.notOwner");
        assertThat(response.json().at("/arguments/2").toString()).contains("\"VR01\"");
    }

    private static void refusedAsNotItsOwner(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.json().get("detail").asString()).contains("every region that owns it");
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
