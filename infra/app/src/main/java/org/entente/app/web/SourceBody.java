package org.entente.app.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.api.arrangement.SourceReference;

record SourceBody(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") String url) {

    SourceReference toReference() {
        return new SourceReference(title, url);
    }
}
