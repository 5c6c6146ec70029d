package org.entente.app.support;

/**
 * Request bodies for the three real arrangements of the domain description, so every suite records
 * the same history.
 */
public final class RealArrangements {

    public static final String BILATERAL = "us-ru-cyber-cbm-2011";
    public static final String WORKING_GROUP = "eu-us-wg-cyber-2011";
    public static final String MULTILATERAL = "berlin-watch-warning-2003";

    public static final String[] MULTILATERAL_PARTIES = {
            "AUS", "CAN", "FIN", "FRA", "DEU", "HUN", "JPN", "ITA", "NLD", "NZL", "NOR", "SWE", "CHE", "GBR", "USA"};

    private RealArrangements() {
    }

    public static String bilateral() {
        return """
                {"id": "%s",
                 "title": "Joint statement on confidence-building measures in cyberspace",
                 "instrument": "JOINT_STATEMENT",
                 "parties": ["USA", "RUS"],
                 "concludedOn": "2011-06-23",
                 "source": {"title": "Joint statement by Cybersecurity Coordinator Schmidt and Deputy Secretary Klimashin"}}
                """.formatted(BILATERAL);
    }

    public static String workingGroup() {
        return """
                {"id": "%s",
                 "title": "EU-US Working Group on Cyber-Security and Cyber-Crime",
                 "instrument": "WORKING_GROUP_MANDATE",
                 "parties": ["EU", "USA"],
                 "concludedOn": "2011-04-14",
                 "source": {"title": "EU-US Justice and Home Affairs Ministerial, Godollo"}}
                """.formatted(WORKING_GROUP);
    }

    public static String multilateral() {
        return """
                {"id": "%s",
                 "title": "Multilateral arrangement to share points of contact for cyber watch and incident response",
                 "instrument": "OTHER",
                 "parties": ["%s"],
                 "concludedOn": "2003-10-22"}
                """.formatted(MULTILATERAL, String.join("\", \"", MULTILATERAL_PARTIES));
    }

    public static String commitment(String id, String text, String category, String owedBy, String dueBy) {
        return """
                {"id": "%s", "text": "%s", "category": "%s", "owedBy": [%s]%s}
                """.formatted(id, text, category, owedBy, dueBy == null ? "" : ", \"dueBy\": \"" + dueBy + "\"");
    }
}
