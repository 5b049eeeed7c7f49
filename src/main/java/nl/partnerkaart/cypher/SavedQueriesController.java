package nl.partnerkaart.cypher;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cypher")
@Tag(name = "Cypher workbench")
class SavedQueriesController {

    private final SavedQueryFiles files;
    private final UserQueries userQueries;

    SavedQueriesController(SavedQueryFiles files, UserQueries userQueries) {
        this.files = files;
        this.userQueries = userQueries;
    }

    @GetMapping("/queries")
    @Operation(summary = "The shipped saved queries (cypher/queries), grouped by theme")
    Map<String, List<SavedQueryFile>> queries() {
        return files.byTheme();
    }

    @GetMapping("/saved")
    @Operation(summary = "Your own saved queries")
    List<UserQuery> list(Principal user) {
        return userQueries.list(user.getName());
    }

    @GetMapping("/saved/{id}")
    @Operation(summary = "One of your own saved queries")
    UserQuery get(@PathVariable String id, Principal user) {
        return userQueries.get(user.getName(), id);
    }

    @PostMapping("/saved")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a query for yourself (title and query required)")
    UserQuery create(@RequestBody UserQuery.Draft draft, Principal user) {
        return userQueries.create(user.getName(), draft);
    }

    @PutMapping("/saved/{id}")
    @Operation(summary = "Change one of your own saved queries")
    UserQuery update(@PathVariable String id, @RequestBody UserQuery.Draft draft, Principal user) {
        return userQueries.update(user.getName(), id, draft);
    }

    @DeleteMapping("/saved/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of your own saved queries")
    void delete(@PathVariable String id, Principal user) {
        userQueries.delete(user.getName(), id);
    }
}
