package org.entente.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;


/**
 * Fifty events of diplomatic life recorded through the HTTP API: the bilateral confidence-building measures
 * the United States and Russia agreed in June 2011 (papers on military views exchanged both ways, CERT-to-CERT
 * exchanges, incident communication over the 24/7 risk-reduction links, all by year's end), then what the
 * registry records of it over the following years: deadlines moved, progress noted, contacts designated,
 * updated and retired, a suspension and a resumption, later commitments. Every date lies in the past; where
 * the sources are silent the details are the registry's telling, not the record. The arrangement ends in force,
 * with active contacts on both sides, so that checks can follow. Each state designates, changes and retires
 * its own contacts, hands over its own papers and acknowledges the other's; the United States records the
 * rest, as a party to the arrangement that owes every commitment of it.
 */
final class DiplomaticHistory {

    /** Events the steps below store: one per write, plus the fulfilment the completing acknowledgement brings. */
    static final int EVENTS = 50;

    /** The United States' 24/7 contact, which Russia checks. */
    static final String USA_HOTLINE = "usa-hotline";
    /** Russia's CERT, which the United States checks. */
    static final String RUS_CERT = "rus-cert";

    private static final String USA = "USA";
    private static final String RUS = "RUS";
    private static final List<String> BOTH = List.of(USA, RUS);

    private final Api api;
    private final Api usa;
    private final String id;

    private DiplomaticHistory(Api api, String id) {
        this.api = api;
        this.usa = api.as(USA);
        this.id = id;
    }

    /** Records the whole history under {@code arrangementId}; answers the arrangement's version after it. */
    static long record(Api api, String arrangementId) {
        return new DiplomaticHistory(api, arrangementId).record();
    }

    private long record() {
        usa.post("/api/arrangements", Map.of("id", id,
                "title", "Joint statement on confidence-building measures in cyberspace",
                "instrument", "JOINT_STATEMENT", "parties", BOTH, "concludedOn", "2011-06-23",
                "source", Map.of("title", "Joint statement by Cybersecurity Coordinator Schmidt and Deputy Secretary Klimashin")));
        commitment("military-views", "Exchange papers on each side's military views on operating in cyberspace",
                "DOCTRINE_EXCHANGE", "2011-12-31", null);
        commitment("cert-exchange", "Regular information exchange between the national CERTs on technical threats such as botnets",
                "INFORMATION_EXCHANGE", "2011-12-31", null);
        commitment("incident-links", "Communicate about cyber incidents over the existing 24/7 risk-reduction links between the capitals",
                "COMMUNICATION_LINK", "2011-12-31", null);
        progress("incident-links", "The risk-reduction centres agreed to carry notifications of cyber incidents", "2011-07-15");
        progress("cert-exchange", "The two CERTs agreed terms of reference for their exchanges", "2011-09-20");

        paper("us-military-views-2011", USA, "Military views on operating in cyberspace", "en", "1", "2011-11-02");
        progress("military-views", "The United States handed over its paper", "2011-11-02");
        acknowledge("us-military-views-2011", RUS, "2011-11-09");
        paper("us-military-views-2011-v2", USA, "Military views on operating in cyberspace", "en", "2", "2011-11-25");
        usa.post(paper("us-military-views-2011") + "/supersession", Map.of("byPaperId", "us-military-views-2011-v2"));
        acknowledge("us-military-views-2011-v2", RUS, "2011-12-01");
        paper("ru-military-views-2011", RUS, "Views on the use of the armed forces in the information space", "ru", "1", "2011-12-10");
        progress("military-views", "Russia handed over its paper", "2011-12-10");
        contact(USA_HOTLINE, USA, "HOTLINE_24_7", "Nuclear Risk Reduction Center", "Duty officer",
                List.of(channel("SECURE_LINE", "NRRC direct line")), Map.of("always", true), List.of("en", "ru"), "2011-12-15");
        contact("rus-hotline", RUS, "HOTLINE_24_7", "National Nuclear Risk Reduction Centre", "Duty officer",
                List.of(channel("SECURE_LINE", "NNRRC direct line")), Map.of("always", true), List.of("ru", "en"), "2011-12-15");
        // Completes the exchange: the military-views commitment is fulfilled with it (two events).
        acknowledge("ru-military-views-2011", USA, "2011-12-20");
        deadline("cert-exchange", "2012-06-30", "The CERT-to-CERT arrangement awaits signature", "2011-12-28");
        fulfil("incident-links", "2011-12-30", "A test notification crossed the risk-reduction link and was answered");

        contact(RUS_CERT, RUS, "TECHNICAL", "National computer incident response centre", null,
                List.of(channel("PHONE", "+74955550100"), channel("EMAIL", "cert@example.ru")),
                Map.of("hours", "09:00-18:00", "timeZone", "Europe/Moscow"), List.of("ru", "en"), "2012-02-01");
        contact("usa-cert", USA, "TECHNICAL", "US-CERT", null,
                List.of(channel("EMAIL", "soc@example.gov"), channel("PHONE", "+18885550100")),
                Map.of("hours", "08:00-20:00", "timeZone", "America/New_York"), List.of("en"), "2012-02-01");
        usa.patch("/api/arrangements/" + id, Map.of("source", Map.of("title",
                        "Joint statement by Cybersecurity Coordinator Schmidt and Deputy Secretary Klimashin, Washington, 23 June 2011"),
                "reason", "The source names where and when the statement was made"));
        progress("cert-exchange", "First exchange on botnet activity between the CERTs", "2012-04-16");
        deadline("cert-exchange", "2013-06-30", "The CERT-to-CERT arrangement still awaits signature", "2012-06-25");
        commitment("hotline-tests", "Test the 24/7 links between the capitals every quarter", "COMMUNICATION_LINK",
                "2013-12-31", "2012-07-10");
        progress("hotline-tests", "Third-quarter test answered within minutes", "2012-09-28");
        progress("hotline-tests", "Fourth-quarter test answered within minutes", "2012-12-14");
        progress("hotline-tests", "First-quarter test answered after a delay on the Russian side", "2013-03-29");

        api.as(RUS).patch(contact(RUS_CERT), Map.of("channels", List.of(channel("PHONE", "+74955550100"), channel("EMAIL", "cert@example.ru"),
                        channel("SECURE_LINE", "CERT-to-CERT line")), "availability", Map.of("always", true),
                "effectiveOn", "2013-06-17"));
        fulfil("cert-exchange", "2013-06-17", "The CERT-to-CERT arrangement was signed; exchanges run every quarter");
        commitment("annual-review", "Review the implementation of the measures once a year", "OTHER", "2013-12-31", "2013-06-17");
        progress("hotline-tests", "Second-quarter test answered within minutes", "2013-06-28");
        progress("hotline-tests", "Third-quarter test answered within minutes", "2013-09-27");
        progress("annual-review", "First review held; the report is being drafted", "2013-11-20");
        deadline("annual-review", "2014-06-30", "The review report awaits clearance in both capitals", "2013-12-18");
        fulfil("hotline-tests", "2013-12-20", "Six quarterly tests answered");
        usa.patch(contact(USA_HOTLINE), Map.of("person", "Watch officer",
                "channels", List.of(channel("SECURE_LINE", "NRRC direct line"), channel("PHONE", "+12025550100")),
                "effectiveOn", "2014-01-15"));

        status("SUSPENDED", "2014-03-20", "Bilateral engagement suspended after the annexation of Crimea");
        status("IN_FORCE", "2015-09-01", "Working-level contacts restored");
        usa.post(commitmentPath("annual-review") + "/withdrawal", Map.of("reason", "Replaced by working-level consultations",
                "effectiveOn", "2015-09-15"));
        usa.post(contact("usa-cert") + "/retirement", Map.of("reason",
                "US-CERT's duties passed to the National Cybersecurity and Communications Integration Center",
                "effectiveOn", "2015-10-01"));
        contact("usa-nccic", USA, "TECHNICAL", "National Cybersecurity and Communications Integration Center", null,
                List.of(channel("EMAIL", "nccic@example.gov")), Map.of("always", true), List.of("en"), "2015-10-01");
        commitment("consultations", "Hold working-level consultations on threats to information and communication technologies twice a year",
                "INFORMATION_EXCHANGE", "2016-12-31", "2015-09-01");
        progress("consultations", "First consultation held in Geneva", "2016-03-10");
        paper("us-cyber-strategy-2015", USA, "The Department of Defense cyber strategy", "en", "1", "2016-04-12");
        acknowledge("us-cyber-strategy-2015", RUS, "2016-04-20");
        progress("consultations", "Second consultation held in Moscow", "2016-10-05");
        fulfil("consultations", "2016-12-15", "Both consultations of the year were held");
        return api.as(RUS).patch(contact("rus-hotline"), Map.of("channels", List.of(channel("SECURE_LINE", "NNRRC direct line"),
                channel("PHONE", "+74955550199")), "effectiveOn", "2017-02-01")).path("version").asLong();
    }

    private void commitment(String commitmentId, String text, String category, String dueBy, String agreedOn) {
        Map<String, Object> body = agreedOn == null
                ? Map.of("id", commitmentId, "text", text, "category", category, "owedBy", BOTH, "dueBy", dueBy)
                : Map.of("id", commitmentId, "text", text, "category", category, "owedBy", BOTH, "dueBy", dueBy, "agreedOn", agreedOn);
        usa.post("/api/arrangements/" + id + "/commitments", body);
    }

    private void progress(String commitmentId, String note, String effectiveOn) {
        usa.post(commitmentPath(commitmentId) + "/progress", Map.of("note", note, "effectiveOn", effectiveOn));
    }

    private void fulfil(String commitmentId, String fulfilledOn, String evidence) {
        usa.post(commitmentPath(commitmentId) + "/fulfilment", Map.of("fulfilledOn", fulfilledOn, "evidence", evidence));
    }

    private void deadline(String commitmentId, String dueBy, String reason, String effectiveOn) {
        usa.post(commitmentPath(commitmentId) + "/deadline", Map.of("dueBy", dueBy, "reason", reason, "effectiveOn", effectiveOn));
    }

    private void status(String status, String effectiveOn, String reason) {
        usa.post("/api/arrangements/" + id + "/status", Map.of("status", status, "effectiveOn", effectiveOn, "reason", reason));
    }

    private void contact(String contactId, String party, String role, String office, String person, List<Map<String, String>> channels,
                         Map<String, Object> availability, List<String> languages, String effectiveOn) {
        Map<String, Object> body = person == null
                ? Map.of("id", contactId, "party", party, "role", role, "office", office, "channels", channels,
                "availability", availability, "languages", languages, "effectiveOn", effectiveOn)
                : Map.of("id", contactId, "party", party, "role", role, "office", office, "person", person, "channels", channels,
                "availability", availability, "languages", languages, "effectiveOn", effectiveOn);
        api.as(party).post("/api/arrangements/" + id + "/contacts", body);
    }

    private void paper(String paperId, String fromParty, String title, String language, String version, String submittedOn) {
        api.as(fromParty).post("/api/arrangements/" + id + "/papers", Map.of("id", paperId, "fromParty", fromParty, "title", title,
                "subject", "Military doctrine", "language", language, "marking", "UNCLASSIFIED", "version", version,
                "sha256", sha256(paperId + "/" + version), "submittedOn", submittedOn));
    }

    private void acknowledge(String paperId, String party, String receivedOn) {
        api.as(party).post(paper(paperId) + "/acknowledgements", Map.of("party", party, "receivedOn", receivedOn));
    }

    private String commitmentPath(String commitmentId) {
        return "/api/arrangements/" + id + "/commitments/" + commitmentId;
    }

    private String contact(String contactId) {
        return "/api/arrangements/" + id + "/contacts/" + contactId;
    }

    private String paper(String paperId) {
        return "/api/arrangements/" + id + "/papers/" + paperId;
    }

    private static Map<String, String> channel(String type, String value) {
        return Map.of("type", type, "value", value);
    }

    /** Papers are registered by digest; the digest of a stand-in text is as good as the paper's for the store. */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
