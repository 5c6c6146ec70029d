package org.entente.app.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.Instrument;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the arrangement endpoints. Shape is checked here; business rules in the aggregate. */
final class ArrangementBodies {

    private ArrangementBodies() {
    }

    record Record(
            @Pattern(regexp = Ids.PATTERN, message = "must be 1-80 letters, digits or . _ ~ - starting with a letter or digit") String id,
            @NotBlank @Size(max = 500) String title,
            @NotNull Instrument instrument,
            @NotNull @Size(max = 200) List<@NotNull String> parties,
            ArrangementStatus status,
            LocalDate concludedOn,
            @Valid SourceBody source) {
    }

    record StatusChange(
            @NotNull ArrangementStatus status,
            @NotNull LocalDate effectiveOn,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record Amendment(
            @Size(min = 1, max = 500) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
            @Valid SourceBody source,
            @Size(max = 2000) String reason) {
    }
}
