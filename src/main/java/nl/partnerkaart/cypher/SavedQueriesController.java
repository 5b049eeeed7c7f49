package nl.partnerkaart.cypher;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    @Operation(summary = "The shipped saved queries (cypher/queries), grouped by theme, in Dutch or English",
            description = "Titles, descriptions and themes in the language of 'lang' (nl or en), else of the "
                    + "Accept-Language header, else Dutch.")
    Map<String, List<SavedQueryFile.InLanguage>> queries(
            @Parameter(description = "nl or en") @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return files.byTheme(lang != null ? lang : preferred(acceptLanguage));
    }

    /** The first language of the header that the headers of the files speak; Dutch when none (or no header). */
    static String preferred(String acceptLanguage) {
        String fallback = SavedQueryFile.LANGUAGES.get(0);
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SavedQueryFile.LANGUAGES);
            return tag == null ? fallback : tag;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
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
