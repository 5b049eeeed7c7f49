package nl.partnerkaart.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.UserAccounts;
import nl.partnerkaart.system.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportApiTests extends ApplicationTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    @Qualifier("handlerExceptionResolver")
    HandlerExceptionResolver errors;

    @Autowired
    ImportController controller;

    @Autowired
    JsonMapper json;

    @AfterEach
    void removeTestNodes() {
        deleteNodesWithIdPrefix("T-API");
    }

    @Test
    void aDryRunOverHttpReportsWithoutWriting() {
        Api.Response response = api().postFiles("/api/import?dryRun=true", "file",
                Map.of("partners.csv", "id;name;category;serves\nT-API-1;Partner via API;company;VR16\n"
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("applied").asBoolean()).isFalse();
        assertThat(response.json().at("/kinds/0/created").asInt()).isEqualTo(1);
        assertThat(single("MATCH (p:Partner {id: 'T-API-1'}) RETURN count(p)")).isEqualTo(0L);
    }

    @Test
    void anImportOverHttpWritesAndABadOneAnswers422WithEveryProblem() {
        Api.Response ok = api().postFiles("/api/import", "file", Map.of("partners.csv",
                "id,name,category,serves\nT-API-2,Partner via API,company,VR16\n".getBytes(StandardCharsets.UTF_8)));
        Api.Response bad = api().postFiles("/api/import", "file", Map.of("partners.csv",
                "id,name,category,serves\nT-API-3,Partner,company,VR77\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(single("MATCH (p:Partner {id: 'T-API-2'})-[:SERVES]->(:SafetyRegion {id: 'VR16'}) RETURN count(p)"))
                .isEqualTo(1L);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().at("/problems/0/line").asInt()).isEqualTo(2);
        assertThat(bad.json().at("/problems/0/column").asString()).isEqualTo("serves");
        assertThat(bad.json().at("/problems/0/message").asString()).contains("VR77");
    }

    /** The import answers with its report; an invalid import that escapes to the web still gets the 422 problem. */
    @Test
    void anInvalidImportThatReachesTheWebAnswers422NamingTheFirstProblemAndItsColumn() throws Exception {
        InvalidImportException invalid = new InvalidImportException(List.of(
                new ImportProblem("partners.csv", null, 2L, "serves", Message.of("import.targetMissing", "VR77",
                        List.of(Message.of("label.SafetyRegion")))),
                ImportProblem.of("regions.csv", "import.emptyZip")));
        HandlerMethod importFiles = new HandlerMethod(controller, ImportController.class.getDeclaredMethod("importFiles",
                List.class, boolean.class, String.class, String.class, Authentication.class));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/import");
        request.addHeader("Accept", "application/json");
        MockHttpServletResponse response = new MockHttpServletResponse();

        errors.resolveException(request, response, importFiles, invalid);

        assertThat(response.getStatus()).isEqualTo(422);
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("detail").asString()).isEqualTo(
                "partners.csv, line 2, column serves: 'VR77' does not exist (expected an id of: Safety region)");
        assertThat(problem.get("code").asString()).isEqualTo("import.problem");
        assertThat(problem.get("field").asString()).isEqualTo("serves");
        assertThat(problem.at("/problems/1/file").asString()).isEqualTo("regions.csv");
    }

    @Test
    void wrongFilesAreRefusedWithAProblem() {
        Api.Response notCsv = api().postFiles("/api/import", "file", Map.of("partners.txt", new byte[] {1, 2, 3}));
        Api.Response notUtf8 = api().postFiles("/api/import", "file", Map.of("partners.csv",
                "id,name,category\nT-API-4,Caf\u00e9,company\n".getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(notCsv.status()).isEqualTo(400);
        assertThat(notCsv.json().get("field").asString()).isEqualTo("file");
        assertThat(notUtf8.status()).isEqualTo(422);
        assertThat(notUtf8.json().at("/problems/0/message").asString()).contains("not UTF-8");
    }

    @Test
    void anEditorLimitedToRegionsCannotImportTheNationalPicture() {
        if (!accounts.exists("regional-editor-import-test")) {
            accounts.create("regional-editor-import-test", "editor-password", List.of(Role.EDITOR), List.of("VR16"));
        }
        Api.Response response = new Api(port, "regional-editor-import-test", "editor-password").postFiles(
                "/api/import", "file", Map.of("partners.csv", "id,name,category\nT-API-6,P,company\n"
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asString()).contains("limited to some regions");
    }

    @Test
    void onlyEditorsMayImport() {
        if (!accounts.exists("viewer-import-test")) {
            accounts.create("viewer-import-test", "viewer-password", List.of(Role.VIEWER));
        }
        Api viewer = new Api(port, "viewer-import-test", "viewer-password");
        Map<String, byte[]> file = Map.of("partners.csv", "id,name,category\nT-API-5,P,company\n".getBytes(StandardCharsets.UTF_8));

        assertThat(viewer.postFiles("/api/import", "file", file).status()).isEqualTo(403);
        assertThat(anonymous().postFiles("/api/import", "file", file).status()).isEqualTo(401);
    }
}
