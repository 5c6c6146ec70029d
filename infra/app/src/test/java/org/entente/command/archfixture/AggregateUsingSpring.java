package org.entente.command.archfixture;

import org.springframework.stereotype.Component;

/** An aggregate wired by Spring annotations: the command side would need Spring to load. */
@Component
public class AggregateUsingSpring {
}
