package org.entente.app.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.api.commitment.CommitmentCategory;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the commitment endpoints. */
final class CommitmentBodies {

    private CommitmentBodies() {
    }

    record Addition(
            @Pattern(regexp = Ids.PATTERN, message = "must be 1-80 letters, digits or . _ ~ - starting with a letter or digit") String id,
            @NotBlank @Size(max = 5000) String text,
            @NotNull CommitmentCategory category,
            @NotNull @Size(max = 200) List<@NotNull String> owedBy,
            LocalDate dueBy,
            LocalDate agreedOn) {
    }

    record Progress(@NotBlank @Size(max = 5000) String note, LocalDate effectiveOn) {
    }

    record Fulfilment(@NotNull LocalDate fulfilledOn, @Size(max = 5000) String evidence) {
    }

    record Withdrawal(@NotBlank @Size(max = 2000) String reason, LocalDate effectiveOn) {
    }

    record Deadline(@NotNull LocalDate dueBy, @NotBlank @Size(max = 2000) String reason, LocalDate effectiveOn) {
    }
}
