package org.entente.app.web;

/**
 * The request names something the registry does not hold. A {@code code} (with its {@code title}) says
 * which kind of absence, where clients need to tell them apart.
 */
public final class NotFound extends RuntimeException {

    private final String code;
    private final String title;

    public NotFound(String detail) {
        this(null, null, detail);
    }

    public NotFound(String code, String title, String detail) {
        super(detail);
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
