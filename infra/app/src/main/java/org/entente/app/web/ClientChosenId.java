package org.entente.app.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An id a client may choose on create, so that a retried create is safe: letters, digits and
 * {@code . _ ~ -}, starting with a letter or digit, so it stands in a URL path unescaped.
 */
@Documented
@Pattern(regexp = Ids.PATTERN, message = "must be 1-80 letters, digits or . _ ~ - starting with a letter or digit")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ClientChosenId {

    String message() default "must be 1-80 letters, digits or . _ ~ - starting with a letter or digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
