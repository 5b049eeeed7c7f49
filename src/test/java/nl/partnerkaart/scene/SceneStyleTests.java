package nl.partnerkaart.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A scene's style rules: stored and given back as sent, and refused with the rule at fault named. */
class SceneStyleTests extends ApplicationTest {

    private static final String OWNER = "t-style-owner";

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient bookkeeping;

    private Api owner() {
        return TestAccounts.named(OWNER, Role.ANALYST, accounts, port);
    }

    @AfterEach
    void removeScenes() {
        bookkeeping.sql("DELETE FROM scene WHERE owner = ?").param(OWNER).update();
    }

    private static Map<String, Object> draft(Object style) {
        Map<String, Object> draft = new HashMap<>(Map.of("name", "Gestijld",
                "nodes", List.of(Map.of("id", "VR16", "x", 0.0, "y", 0.0))));
        if (style != null) {
            draft.put("style", style);
        }
        return draft;
    }

    private static Map<String, Object> partnerRule(String key, Object value) {
        return Map.of("kinds", Map.of("Partner", Map.of(key, value)));
    }

    @Test
    void theRulesAreStoredWithTheSceneAndChangedWithIt() {
        Map<String, Object> style = Map.of("kinds", Map.of("Partner", Map.of("colour", "#cc3311", "size", 40,
                "shape", "star", "caption", "category")), "sizeBy", "degree", "colourBy", "verification");
        JsonNode created = owner().postJson("/api/scenes", draft(style)).json();
        String id = created.get("id").asString();

        JsonNode opened = owner().get("/api/scenes/" + id).json().get("style");
        assertThat(opened.at("/kinds/Partner/colour").asString()).isEqualTo("#cc3311");
        assertThat(opened.at("/kinds/Partner/size").asDouble()).isEqualTo(40.0);
        assertThat(opened.at("/kinds/Partner/shape").asString()).isEqualTo("star");
        assertThat(opened.at("/kinds/Partner/caption").asString()).isEqualTo("category");
        assertThat(opened.get("sizeBy").asString()).isEqualTo("degree");
        assertThat(opened.get("colourBy").asString()).isEqualTo("verification");

        // Saved again without rules: back to the default look.
        JsonNode reset = owner().putJson("/api/scenes/" + id, draft(null)).json().get("style");
        assertThat(reset.get("kinds").isEmpty()).isTrue();
        assertThat(reset.get("sizeBy").isNull()).isTrue();
        assertThat(reset.get("colourBy").isNull()).isTrue();
    }

    @Test
    void aWrongRuleIsRefusedWithTheRuleAtFaultAndWhatWouldDo() {
        assertRefused(partnerRule("colour", "red"), "style.kinds.Partner.colour", "#rrggbb");
        assertRefused(partnerRule("size", 500), "style.kinds.Partner.size", "100");
        assertRefused(partnerRule("shape", "cloud"), "style.kinds.Partner.shape", "ellipse");
        assertRefused(partnerRule("caption", "name; DROP"), "style.kinds.Partner.caption", "63");
        assertRefused(Map.of("kinds", Map.of("Dragon", Map.of("colour", "#000000"))), "style.kinds",
                "SafetyRegion");
        assertRefused(Map.of("sizeBy", "budget"), "style.sizeBy", "degree, regionsServed");
        assertRefused(Map.of("colourBy", "mood"), "style.colourBy", "origin, verification");
        assertThat(bookkeeping.sql("SELECT count(*) FROM scene WHERE owner = ?").param(OWNER)
                .query(Long.class).single()).isZero();
    }

    private void assertRefused(Map<String, Object> style, String field, String hint) {
        Api.Response response = owner().postJson("/api/scenes", draft(style));
        assertThat(response.status()).as(field).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("detail").asString()).contains(hint);
    }
}
