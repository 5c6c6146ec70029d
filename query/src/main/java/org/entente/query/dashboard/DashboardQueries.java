package org.entente.query.dashboard;

import org.axonframework.queryhandling.QueryHandler;
import org.entente.api.contact.Liveness;
import org.entente.api.dashboard.ArrangementMilestones;
import org.entente.api.dashboard.ContactHealth;
import org.entente.api.dashboard.DeadlineDrift;
import org.entente.api.dashboard.FindArrangementMilestonesQuery;
import org.entente.api.dashboard.FindMilestonesQuery;
import org.entente.api.dashboard.FindPartyScorecardsQuery;
import org.entente.api.dashboard.Milestone;
import org.entente.api.dashboard.MilestoneKind;
import org.entente.api.dashboard.MilestoneTimeline;
import org.entente.api.dashboard.PartyScorecard;
import org.entente.api.dashboard.PartyScorecards;
import org.entente.query.arrangement.ArrangementDocument;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.arrangement.CommitmentEntry;
import org.entente.query.commitment.CommitmentQueries;
import org.entente.query.commitment.CommitmentRow;
import org.entente.query.contact.ContactQueries;
import org.entente.query.contact.LivenessRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The dashboard's questions, each answered by reading documents by id: commitments falling due and overdue from the
 * commitment buckets, the other milestones from the months of the window, drifting deadlines from the scope's
 * document, and a scorecard from the party's tallies, contacts and papers. Asked {@code asOf} a day, each answer is
 * as it stood then: the dates in force that day, the facts that had happened by then, overdue judged on it.
 */
public class DashboardQueries {

    private static final Comparator<Milestone> TIMELINE_ORDER = Comparator.comparing(Milestone::on)
            .thenComparing(Milestone::kind)
            .thenComparing(Milestone::arrangementId)
            .thenComparing(m -> m.commitmentId() == null ? "" : m.commitmentId());

    private static final Comparator<DeadlineDrift> FURTHEST_FIRST = Comparator
            .comparingLong((DeadlineDrift d) -> Math.abs(d.daysMoved())).reversed()
            .thenComparing(Comparator.comparingInt(DeadlineDrift::timesMoved).reversed())
            .thenComparing(DeadlineDrift::arrangementId)
            .thenComparing(DeadlineDrift::commitmentId);

    private final CommitmentQueries commitments;
    private final ContactQueries contacts;
    private final ArrangementDocuments documents;
    private final DashboardReadModels readModels;
    private final Clock clock;

    public DashboardQueries(CommitmentQueries commitments, ContactQueries contacts, ArrangementDocuments documents,
                            DashboardReadModels readModels, Clock clock) {
        this.commitments = commitments;
        this.contacts = contacts;
        this.documents = documents;
        this.readModels = readModels;
        this.clock = clock;
    }

    // ---- the timeline

    @QueryHandler
    MilestoneTimeline handle(FindMilestonesQuery query) {
        LocalDate asOf = query.asOf();
        LocalDate judgedOn = asOf != null ? asOf : LocalDate.now(clock);
        MilestoneWindow window = MilestoneWindow.of(query.from(), query.to(), judgedOn);
        String party = query.party();
        String visibleTo = query.visibleTo();

        List<Milestone> milestones = new ArrayList<>();
        for (CommitmentQueries.Judged due : commitments.dueWithin(party, visibleTo, window.from(), window.to(), asOf)) {
            milestones.add(DatedMilestone.commitmentMilestone(due.standing().dueBy(), MilestoneKind.COMMITMENT_DUE, due.row(),
                    due.standing(), asOf, judgedOn));
        }
        String scope = DashboardScopes.of(party, visibleTo);
        for (Map<String, ArrangementMonth> month : readModels.months().read(DashboardScopes.months(scope, window.from(), window.to())).values()) {
            for (ArrangementMonth ofArrangement : month.values()) {
                if (!DashboardScopes.selects(ofArrangement.arrangement().parties(), party, visibleTo)) {
                    continue;
                }
                for (DatedMilestone step : ofArrangement.milestones()) {
                    if (window.holds(step.on())) {
                        step.asOf(ofArrangement.arrangement(), asOf, judgedOn).ifPresent(milestones::add);
                    }
                }
            }
        }
        milestones.sort(TIMELINE_ORDER);

        CommitmentQueries.Overdue overdue = commitments.overdueOn(party, visibleTo, asOf, MilestoneTimeline.LISTED);
        List<Milestone> overdueListed = overdue.earliest().stream()
                .map(j -> DatedMilestone.commitmentMilestone(j.standing().dueBy(), MilestoneKind.COMMITMENT_DUE, j.row(),
                        j.standing(), asOf, judgedOn))
                .toList();
        List<DeadlineDrift> drifting = drifting(scope, party, visibleTo, asOf);
        return new MilestoneTimeline(window.from(), window.to(), party, judgedOn, milestones, overdueListed, overdue.total(),
                drifting.stream().limit(MilestoneTimeline.LISTED).toList(), drifting.size());
    }

    /** The commitments whose deadline had moved by {@code asOf}, by the moves in effect then, the furthest first. */
    private List<DeadlineDrift> drifting(String scope, String party, String visibleTo, LocalDate asOf) {
        List<DeadlineDrift> drifting = new ArrayList<>();
        for (CommitmentRow row : readModels.drifts().read(List.of(scope)).getOrDefault(scope, Map.of()).values()) {
            int timesMoved = row.timesMovedBy(asOf);
            if (timesMoved == 0 || !DashboardScopes.selects(row.parties(), party, visibleTo)) {
                continue;
            }
            row.standing(asOf).ifPresent(standing -> drifting.add(new DeadlineDrift(row.arrangementId(), row.arrangementTitle(),
                    row.commitmentId(), row.text(), row.owedBy(), row.originalDueBy(), standing.dueBy(), timesMoved,
                    row.originalDueBy() == null || standing.dueBy() == null ? 0
                            : ChronoUnit.DAYS.between(row.originalDueBy(), standing.dueBy()),
                    standing.status())));
        }
        drifting.sort(FURTHEST_FIRST);
        return drifting;
    }

    // ---- one arrangement

    @QueryHandler
    Optional<ArrangementMilestones> handle(FindArrangementMilestonesQuery query) {
        LocalDate asOf = query.asOf();
        LocalDate judgedOn = asOf != null ? asOf : LocalDate.now(clock);
        return documents.find(query.arrangementId()).map(document -> {
            List<Milestone> milestones = new ArrayList<>();
            if (asOf == null || document.inEffectFrom() == null || !document.inEffectFrom().isAfter(asOf)) {
                milestones.addAll(milestonesOf(document, asOf, judgedOn));
            }
            milestones.sort(TIMELINE_ORDER);
            return new ArrangementMilestones(document.id(), judgedOn, milestones);
        });
    }

    private static List<Milestone> milestonesOf(ArrangementDocument document, LocalDate asOf, LocalDate judgedOn) {
        List<Milestone> milestones = new ArrayList<>();
        ArrangementOutline outline = ArrangementOutline.of(document);
        for (DatedMilestone step : DatedMilestone.of(document)) {
            if (step.on() != null) {
                step.asOf(outline, asOf, judgedOn).ifPresent(milestones::add);
            }
        }
        for (CommitmentEntry commitment : document.commitments()) {
            CommitmentRow row = CommitmentRow.of(document, commitment);
            row.standing(asOf).filter(standing -> standing.dueBy() != null).ifPresent(standing -> milestones.add(
                    DatedMilestone.commitmentMilestone(standing.dueBy(), MilestoneKind.COMMITMENT_DUE, row, standing, asOf, judgedOn)));
        }
        return milestones;
    }

    // ---- scorecards

    @QueryHandler
    PartyScorecards handle(FindPartyScorecardsQuery query) {
        LocalDate asOf = query.asOf();
        LocalDate judgedOn = asOf != null ? asOf : LocalDate.now(clock);
        List<String> parties = partiesOf(query);
        Map<String, Map<String, ContactRef>> contactsOf = readModels.contacts().read(parties);
        Map<String, Map<String, AddressedPaper>> papersOf = readModels.papers().read(parties);
        Map<String, Map<Liveness, Integer>> liveness = asOf == null ? livenessNow(contactsOf) : livenessAsOf(contactsOf, asOf);
        List<PartyScorecard> cards = new ArrayList<>();
        for (String party : parties) {
            CommitmentQueries.Owed owed = commitments.owedBy(party, asOf);
            Map<Liveness, Integer> health = liveness.getOrDefault(party, Map.of());
            int outstanding = (int) papersOf.getOrDefault(party, Map.of()).values().stream()
                    .filter(paper -> paper.outstandingOn(asOf)).count();
            cards.add(new PartyScorecard(party, owed.total(), owed.open(), owed.inProgress(), owed.fulfilledOnTime(),
                    owed.fulfilledLate(), owed.overdue(), owed.withdrawn(),
                    new ContactHealth(health.getOrDefault(Liveness.VERIFIED, 0), health.getOrDefault(Liveness.STALE, 0),
                            health.getOrDefault(Liveness.UNREACHABLE, 0), health.getOrDefault(Liveness.UNTESTED, 0)),
                    outstanding));
        }
        return new PartyScorecards(judgedOn, cards);
    }

    /**
     * How many of each party's contacts in effect today are of each liveness, judged now from the facts its entries
     * keep, by the directory's rule. An entry folded before entries kept those facts (read while the directory is
     * rebuilt to its newer shape) is judged from its document instead.
     */
    private Map<String, Map<Liveness, Integer>> livenessNow(Map<String, Map<String, ContactRef>> contactsOf) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LivenessRule rule = contacts.livenessRule();
        Map<String, Map<Liveness, Integer>> liveness = new HashMap<>();
        List<String> withoutFacts = new ArrayList<>();
        contactsOf.forEach((party, refs) -> {
            for (ContactRef contact : refs.values()) {
                if (!contact.keepsFacts()) {
                    withoutFacts.add(contact.contactDocumentId());
                } else if (contact.inEffectOn(today)) {
                    count(liveness, party, contact.livenessAt(now, rule));
                }
            }
        });
        contacts.inEffect(withoutFacts, null).forEach(contact -> count(liveness, contact.party(), contact.liveness()));
        return liveness;
    }

    /** The same on a past day, from the contact documents, which know what was recorded by when. */
    private Map<String, Map<Liveness, Integer>> livenessAsOf(Map<String, Map<String, ContactRef>> contactsOf, LocalDate asOf) {
        List<String> contactIds = contactsOf.values().stream()
                .flatMap(refs -> refs.values().stream()).map(ContactRef::contactDocumentId).toList();
        Map<String, Map<Liveness, Integer>> liveness = new HashMap<>();
        contacts.inEffect(contactIds, asOf).forEach(contact -> count(liveness, contact.party(), contact.liveness()));
        return liveness;
    }

    private static void count(Map<String, Map<Liveness, Integer>> liveness, String party, Liveness judged) {
        liveness.computeIfAbsent(party, p -> new EnumMap<>(Liveness.class)).merge(judged, 1, Integer::sum);
    }

    /**
     * The party asked for, or every party the registry has arrangements with (those in effect by {@code asOf}, when
     * asked); to a registrar only its own.
     */
    private List<String> partiesOf(FindPartyScorecardsQuery query) {
        if (query.visibleTo() != null) {
            return query.party() == null || query.party().equals(query.visibleTo()) ? List.of(query.visibleTo()) : List.of();
        }
        if (query.party() != null) {
            return List.of(query.party());
        }
        Collection<PartySince> known = readModels.parties().read(List.of(DashboardScopes.PARTY_DIRECTORY))
                .getOrDefault(DashboardScopes.PARTY_DIRECTORY, Map.of()).values();
        TreeSet<String> parties = new TreeSet<>();
        for (PartySince party : known) {
            if (query.asOf() == null || party.since() == null || !party.since().isAfter(query.asOf())) {
                parties.add(party.party());
            }
        }
        return List.copyOf(parties);
    }
}
