package org.entente.api.archfixture;

import org.springframework.http.HttpStatus;

/** A message contract that leans on Spring: every client of the api would need Spring. */
public record ContractUsingSpring(HttpStatus status) {
}
