package nl.partnerkaart.dataset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data set", description = "The shipped data set's example set")
class ExampleController {

    private final ExampleRemoval removal;

    ExampleController(ExampleRemoval removal) {
        this.removal = removal;
    }

    @DeleteMapping("/api/dataset/examples")
    @Operation(summary = "Remove every example (origin 'illustrative') in one transaction; public facts and own items "
            + "stay. 409 with code examples.none when none is loaded, examples.inUse when an own item needs one")
    ExampleRemoval.Result remove(Authentication admin) {
        return removal.remove(admin.getName());
    }
}
