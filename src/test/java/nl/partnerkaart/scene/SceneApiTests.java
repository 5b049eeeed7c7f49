package nl.partnerkaart.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

/** Saved scenes: per-user list and changes, opening by link, validation. */
class SceneApiTests extends ApplicationTest {

    private static final String OWNER = "t-scene-owner";
    private static final String COLLEAGUE = "t-scene-colleague";

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient bookkeeping;

    private Api owner() {
        return TestAccounts.named(OWNER, Role.ANALYST, accounts, port);
    }

    private Api colleague() {
        return TestAccounts.named(COLLEAGUE, Role.VIEWER, accounts, port);
    }

    @AfterEach
    void removeScenes() {
        bookkeeping.sql("DELETE FROM scene WHERE owner LIKE 't-scene-%'").update();
    }

    private static Map<String, Object> draft(String name, String... ids) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            nodes.add(Map.of("id", ids[i], "x", i * 50.0, "y", 10.0, "pinned", i == 0));
        }
        return Map.of("name", name, "nodes", nodes, "filters", Map.of("types", List.of("Partner")),
                "view", Map.of("layout", "fcose"));
    }

    @Test
    void saveListRenameAndDeleteYourOwnScene() {
        Api.Response created = owner().postJson("/api/scenes", draft("Gedeelde partners HM en HH", "VR16", "VR15",
                "P-VITENS"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().at("/nodes/0/pinned").asBoolean()).isTrue();
        assertThat(created.json().at("/filters/types/0").asString()).isEqualTo("Partner");

        JsonNode list = owner().get("/api/scenes").json();
        assertThat(list).hasSize(1);
        assertThat(list.at("/0/nodeCount").asLong()).isEqualTo(3);

        JsonNode renamed = owner().putJson("/api/scenes/" + id, draft("Nieuwe naam", "VR16")).json();
        assertThat(renamed.get("name").asString()).isEqualTo("Nieuwe naam");
        assertThat(renamed.get("nodes")).hasSize(1);

        assertThat(owner().delete("/api/scenes/" + id).status()).isEqualTo(204);
        assertThat(owner().get("/api/scenes/" + id).status()).isEqualTo(404);
    }

    @Test
    void aColleagueWithTheLinkOpensTheSceneButCannotChangeIt() {
        String id = owner().postJson("/api/scenes", draft("Deelbaar", "VR16", "VR15", "GM0546")).json()
                .get("id").asString();
        JsonNode opened = colleague().get("/api/scenes/" + id).json();
        assertThat(opened.get("name").asString()).isEqualTo("Deelbaar");
        assertThat(opened.get("mine").asBoolean()).isFalse();
        assertThat(owner().get("/api/scenes/" + id).json().get("mine").asBoolean()).isTrue();
        assertThat(colleague().get("/api/scenes").json()).isEmpty();
        assertThat(colleague().putJson("/api/scenes/" + id, draft("Overgenomen", "VR16")).status()).isEqualTo(404);
        assertThat(colleague().delete("/api/scenes/" + id).status()).isEqualTo(404);

        JsonNode graph = colleague().get("/api/scenes/" + id + "/graph").json();
        assertThat(graph.get("nodes")).hasSize(3);
        assertThat(graph.get("edges").valueStream().map(e -> e.get("id").asString()))
                .contains("GM0546|PART_OF|VR16");
    }

    @Test
    void badScenesAreRefusedWithTheFieldAtFault() {
        assertThat(owner().postJson("/api/scenes", Map.of("nodes", List.of())).json().get("field").asString())
                .isEqualTo("name");
        assertThat(owner().postJson("/api/scenes", draft("x".repeat(201), "VR16")).json().get("field").asString())
                .isEqualTo("name");
        assertThat(owner().postJson("/api/scenes", Map.of("name", "n", "nodes", List.of(Map.of("x", 1, "y", 2))))
                .json().get("field").asString()).isEqualTo("nodes");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= SceneDrafts.MAX_NODES; i++) {
            tooMany.add(Map.of("id", "N" + i, "x", 0, "y", 0));
        }
        Api.Response response = owner().postJson("/api/scenes", Map.of("name", "n", "nodes", tooMany));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("nodes");
        assertThat(owner().get("/api/scenes/no-such-scene").status()).isEqualTo(404);
        assertThat(owner().get("/api/scenes/no-such-scene/graph").status()).isEqualTo(404);
        assertThat(owner().putJson("/api/scenes/no-such-scene", draft("n", "VR16")).status()).isEqualTo(404);
    }
}
