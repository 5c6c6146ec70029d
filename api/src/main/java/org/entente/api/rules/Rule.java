package org.entente.api.rules;

/**
 * The business rules a command can break. The constant name is the stable error code clients see;
 * renaming one is a breaking change of the public contract (the README keeps a changelog of the API).
 */
public enum Rule {
    ACTING_FOR_ANOTHER_PARTY(Outcome.FORBIDDEN, "A party acts only for itself"),
    VERSION_MISMATCH(Outcome.STALE, "The change was based on a version that is no longer the current one"),
    UNKNOWN_ARRANGEMENT(Outcome.NOT_FOUND, "The registry has no arrangement with this id"),
    ARRANGEMENT_ALREADY_RECORDED(Outcome.CONFLICT, "An arrangement with this id already exists with different content"),
    UNKNOWN_PARTY_CODE(Outcome.UNPROCESSABLE, "Not an ISO 3166-1 alpha-3 state code or a registered organisation code"),
    DUPLICATE_PARTY(Outcome.UNPROCESSABLE, "A party is listed more than once"),
    TOO_FEW_PARTIES(Outcome.UNPROCESSABLE, "An arrangement needs at least two parties"),
    INVALID_INITIAL_STATUS(Outcome.UNPROCESSABLE, "An arrangement is recorded as NEGOTIATING or IN_FORCE"),
    ILLEGAL_STATUS_TRANSITION(Outcome.CONFLICT, "The arrangement cannot move from its current status to the requested one"),
    EFFECTIVE_DATE_OUT_OF_ORDER(Outcome.UNPROCESSABLE, "A change cannot take effect before the previous change of the same thing"),
    DATE_REQUIRED(Outcome.UNPROCESSABLE, "A required date or time is missing"),
    DATE_BEFORE_CONCLUSION(Outcome.UNPROCESSABLE, "The date lies before the arrangement was concluded"),
    DATE_IN_FUTURE(Outcome.UNPROCESSABLE, "A fact cannot be recorded as having happened after today"),
    ARRANGEMENT_TERMINATED(Outcome.CONFLICT, "The arrangement is terminated and accepts no such change"),
    NOTHING_TO_AMEND(Outcome.UNPROCESSABLE, "The amendment changes neither title nor source"),
    UNKNOWN_COMMITMENT(Outcome.NOT_FOUND, "The arrangement has no commitment with this id"),
    COMMITMENT_ALREADY_ADDED(Outcome.CONFLICT, "A commitment with this id already exists with different content"),
    NO_OBLIGOR(Outcome.UNPROCESSABLE, "A commitment is owed by at least one party"),
    OBLIGOR_NOT_A_PARTY(Outcome.UNPROCESSABLE, "A commitment can only be owed by parties to the arrangement"),
    COMMITMENT_CLOSED(Outcome.CONFLICT, "The commitment is fulfilled or withdrawn; that is final"),
    DEADLINE_UNCHANGED(Outcome.CONFLICT, "The new due date equals the current one"),
    CONTACT_PARTY_NOT_A_PARTY(Outcome.UNPROCESSABLE, "A point of contact can only be designated for a party to the arrangement"),
    CONTACT_ROLE_TAKEN(Outcome.CONFLICT, "The party already has an active point of contact in this role; update that one"),
    CONTACT_ALREADY_DESIGNATED(Outcome.CONFLICT, "A point of contact with this id already exists with different content"),
    UNKNOWN_CONTACT(Outcome.NOT_FOUND, "The arrangement has no point of contact with this id"),
    CONTACT_RETIRED(Outcome.CONFLICT, "The point of contact is retired; that is final"),
    CONTACT_DETAILS_REQUIRED(Outcome.UNPROCESSABLE, "A point of contact needs its details: office, channels, availability"),
    NO_CHANNEL(Outcome.UNPROCESSABLE, "A point of contact needs at least one channel"),
    INVALID_CHANNEL(Outcome.UNPROCESSABLE, "A channel needs a value of its kind: E.164 phone numbers, valid e-mail addresses"),
    INVALID_AVAILABILITY(Outcome.UNPROCESSABLE, "Availability is either always, or hours with a valid time zone"),
    INVALID_LANGUAGE(Outcome.UNPROCESSABLE, "Languages are BCP 47 tags such as 'en' or 'ru-RU'"),
    NOTHING_TO_UPDATE(Outcome.UNPROCESSABLE, "The update changes none of the contact's details"),
    CHECK_FROM_NON_PARTY(Outcome.UNPROCESSABLE, "Only a party to the arrangement can check a point of contact"),
    CHECK_OF_OWN_CONTACT(Outcome.UNPROCESSABLE, "A party checks another party's point of contact, not its own"),
    CHECK_ALREADY_INITIATED(Outcome.CONFLICT, "A check with this id already exists"),
    CHECK_CLOSED(Outcome.CONFLICT, "The check is answered or failed; that is final"),
    ANSWER_BY_NOT_AFTER_START(Outcome.UNPROCESSABLE, "The answer-by time must lie after the check begins"),
    ANSWER_BEFORE_CHECK(Outcome.UNPROCESSABLE, "An answer cannot come before the check began"),
    ANSWER_TOO_LATE(Outcome.CONFLICT, "The answer-by time has passed; the check fails"),
    CHECK_NOT_DUE(Outcome.CONFLICT, "The check's answer-by time has not passed yet"),
    PAPER_FROM_NON_PARTY(Outcome.UNPROCESSABLE, "Only a party to the arrangement submits papers under it"),
    NO_ADDRESSEE(Outcome.UNPROCESSABLE, "A paper is addressed to at least one other party"),
    PAPER_ADDRESSEE_NOT_A_PARTY(Outcome.UNPROCESSABLE, "A paper is addressed to other parties to the arrangement"),
    INVALID_DIGEST(Outcome.UNPROCESSABLE, "A SHA-256 digest is 64 hexadecimal characters and must match the content"),
    PAPER_ALREADY_SUBMITTED(Outcome.CONFLICT, "A paper with this id already exists with different content"),
    UNKNOWN_PAPER(Outcome.NOT_FOUND, "The arrangement has no paper with this id"),
    NOT_AN_ADDRESSEE(Outcome.UNPROCESSABLE, "Only an addressee acknowledges receipt of a paper"),
    RECEIPT_BEFORE_SUBMISSION(Outcome.UNPROCESSABLE, "A receipt cannot be dated before the paper was submitted"),
    RECEIPT_ALREADY_ACKNOWLEDGED(Outcome.CONFLICT, "This addressee already acknowledged receipt"),
    PAPER_ALREADY_SUPERSEDED(Outcome.CONFLICT, "The paper is already superseded"),
    INVALID_SUPERSESSION(Outcome.UNPROCESSABLE, "A paper is superseded by a different, newer paper of the same party");

    private final Outcome outcome;
    private final String title;

    Rule(Outcome outcome, String title) {
        this.outcome = outcome;
        this.title = title;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String title() {
        return title;
    }
}
