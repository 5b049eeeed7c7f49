package nl.partnerkaart.cascade;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/analysis")
@Tag(name = "Analysis")
class BrokerController {

    private final Brokers brokers;

    BrokerController(Brokers brokers) {
        this.brokers = brokers;
    }

    @GetMapping("/brokers")
    @Operation(summary = "Partners that connect the most regions; processes and assets on the most dependency chains",
            description = "Partners are ranked by the number of regions they serve. Vital processes and assets are ranked "
                    + "by the number of processes and assets their failure hits (the cascade without a horizon), then "
                    + "by the number of regions that cascade touches. Two more lists rank them by betweenness centrality: on how "
                    + "many shortest failure chains an element lies (partners: summed over the assets they operate). "
                    + "The answer explains each measure.")
    BrokerList brokers(@Parameter(description = "length of each list, 1 to 200 (default 20)")
                       @RequestParam(required = false) Integer limit) {
        return brokers.rank(limit);
    }
}
