package org.entente.app.web.openapi;

/**
 * The features the published API is grouped by. A controller names its tag with {@code @Tag(name = ApiTags.…)};
 * what each tag means is said once, in {@link OpenApiConfiguration}.
 */
public final class ApiTags {

    public static final String ARRANGEMENTS = "Arrangements";
    public static final String COMMITMENTS = "Commitments";
    public static final String CONTACTS = "Contacts";
    public static final String CHECKS = "Checks";
    public static final String PAPERS = "Papers";
    public static final String PARTIES = "Parties";
    public static final String DASHBOARD = "Dashboard";
    public static final String HISTORY = "History and integrity";
    public static final String ME = "Me";
    public static final String ADMINISTRATION = "Administration";
    public static final String PROJECTIONS = "Projections";
    public static final String LIVE_UPDATES = "Live updates";

    private ApiTags() {
    }
}
