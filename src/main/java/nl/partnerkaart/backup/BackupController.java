package nl.partnerkaart.backup;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Backups for administrators: take one now, list those kept. */
@RestController
@RequestMapping("/api/backups")
class BackupController {

    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Backup create(Authentication admin) {
        return backups.create(admin.getName());
    }

    @GetMapping
    List<Backup> list() {
        return backups.list();
    }
}
