package org.entente.client;

import org.entente.api.fixtures.CommitmentTerms;
import org.entente.client.api.ArrangementsApi;
import org.entente.client.api.ArrangementsApi.APIGetArrangementRequest;
import org.entente.client.api.CommitmentsApi;
import org.entente.client.api.CommitmentsApi.APIAddCommitmentRequest;
import org.entente.client.api.ContactsApi;
import org.entente.client.api.HistoryAndIntegrityApi;
import org.entente.client.api.PapersApi;
import org.entente.client.api.PartiesApi;
import org.entente.client.model.ArrangementAnswer;
import org.entente.client.model.AvailabilityEntry;
import org.entente.client.model.ChannelEntry;
import org.entente.client.model.PartyCommitmentPage;
import org.entente.client.model.CommitmentView;
import org.entente.client.model.DeadlineMove;
import org.entente.client.model.Fulfilment;
import org.entente.client.model.HistoryPage;
import org.entente.client.model.NewArrangement;
import org.entente.client.model.NewCommitment;
import org.entente.client.model.NewContact;
import org.entente.client.model.OwedCommitment;
import org.entente.client.model.PagePaperView;
import org.entente.client.model.PaperView;
import org.entente.client.model.Problem;
import org.entente.client.model.ProgressNote;
import org.entente.client.model.ReceiptAcknowledgement;
import org.entente.client.model.Source;
import org.entente.client.model.Verdict;
import org.entente.client.model.WriteAcknowledgement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.CONCLUDED;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.INCIDENT_LINKS;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;
import static org.entente.api.fixtures.UsRussia2011.PARTIES;
import static org.entente.api.fixtures.UsRussia2011.SOURCE;
import static org.entente.api.fixtures.UsRussia2011.TITLE;
import static org.entente.api.fixtures.UsRussia2011.YEAR_END;

/**
 * The README's walk-through, through the client generated from docs/openapi.json, against the runnable jar as
 * built: if the document said anything the registry does not do (a status, a media type, a field, a header), the
 * generated client would fail here.
 */
class GeneratedClientWalkThroughIT {

    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final String US = "us-registrar";
    private static final String RU = "ru-registrar";
    private static final String AUDITOR = "auditor";
    private static final String A = "/api/arrangements/" + ID;
    private static final byte[] RU_VIEWS = "Views of the Russian Federation on operating in cyberspace".getBytes(StandardCharsets.UTF_8);

    private static RunningRegistry registry;
    private static Path work;

    @BeforeAll
    static void startTheRegistry() throws IOException {
        Path jar = Path.of(System.getProperty("entente.app.jar", "../app/target/entente.jar"));
        assertThat(jar).as("the runnable jar the app module packages").isRegularFile();
        work = Path.of(System.getProperty("client.work", "target/walk-through"));
        if (Files.exists(work)) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        Files.createDirectories(work);
        registry = RunningRegistry.start(jar, work, List.of(
                "--entente.mongodb.uri=", "--spring.mongodb.uri=", "--entente.node-id=walk-through",
                "--entente.security.users[0].name=" + US, "--entente.security.users[0].password={noop}" + PASSWORD,
                "--entente.security.users[0].roles=REGISTRAR", "--entente.security.users[0].party=USA",
                "--entente.security.users[1].name=" + RU, "--entente.security.users[1].password={noop}" + PASSWORD,
                "--entente.security.users[1].roles=REGISTRAR", "--entente.security.users[1].party=RUS",
                "--entente.security.users[2].name=" + AUDITOR, "--entente.security.users[2].password={noop}" + PASSWORD,
                "--entente.security.users[2].roles=AUDITOR"), Duration.ofSeconds(180));
    }

    @AfterAll
    static void stopTheRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void the_readme_walk_through_runs_through_the_generated_client() throws Exception {
        // The United States' registrar records the arrangement: 201, its address, its version as ETag.
        var recorded = new ArrangementsApi(signedIn(US)).recordArrangementWithHttpInfo(ArrangementsApi.APIRecordArrangementRequest
                .newBuilder().newArrangement(new NewArrangement().id(ID).title(TITLE)
                        .instrument(NewArrangement.InstrumentEnum.JOINT_STATEMENT).parties(PARTIES).concludedOn(CONCLUDED)
                        .source(new Source().title(SOURCE.title()))).build());
        assertThat(recorded.getStatusCode()).isEqualTo(201);
        assertThat(recorded.getHeaders().get("location")).containsExactly(A);
        assertThat(recorded.getHeaders().get("etag")).containsExactly("\"1\"");
        assertThat(recorded.getData()).isEqualTo(new WriteAcknowledgement().id(ID).version(1L));

        // The three commitments.
        CommitmentsApi usCommitments = new CommitmentsApi(signedIn(US));
        for (CommitmentTerms terms : List.of(MILITARY_VIEWS, CERT_EXCHANGE, INCIDENT_LINKS)) {
            var added = usCommitments.addCommitmentWithHttpInfo(APIAddCommitmentRequest.newBuilder().id(ID)
                    .newCommitment(new NewCommitment().id(terms.id()).text(terms.text())
                            .category(NewCommitment.CategoryEnum.fromValue(terms.category().name())).owedBy(terms.owedBy())
                            .dueBy(terms.dueBy())).build());
            assertThat(added.getStatusCode()).isEqualTo(201);
            assertThat(added.getHeaders().get("location")).containsExactly(A + "/commitments/" + terms.id());
        }

        // The CERT exchange happened; the papers slipped.
        usCommitments.fulfilCommitment(CommitmentsApi.APIFulfilCommitmentRequest.newBuilder().id(ID).cid(CERT_EXCHANGE.id())
                .fulfilment(new Fulfilment().fulfilledOn(LocalDate.of(2011, 12, 15)).evidence("First CERT-to-CERT exchange on botnets"))
                .build());
        WriteAcknowledgement moved = usCommitments.moveCommitmentDeadline(CommitmentsApi.APIMoveCommitmentDeadlineRequest
                .newBuilder().id(ID).cid(MILITARY_VIEWS.id()).deadlineMove(new DeadlineMove().dueBy(LocalDate.of(2012, 6, 30))
                        .reason("Papers still in interagency review").effectiveOn(LocalDate.of(2011, 12, 20))).build());
        assertThat(moved).isEqualTo(new WriteAcknowledgement().id(ID).version(6L));

        // Read it back, waiting for the view to catch up with the write.
        ArrangementsApi auditorArrangements = new ArrangementsApi(signedIn(AUDITOR));
        var read = auditorArrangements.getArrangementWithHttpInfo(APIGetArrangementRequest.newBuilder().id(ID).minVersion(6L).build());
        assertThat(read.getHeaders().get("etag")).containsExactly("\"6\"");
        ArrangementAnswer arrangement = read.getData();
        assertThat(arrangement.getKind()).isEqualTo(ArrangementAnswer.KindEnum.BILATERAL);
        assertThat(arrangement.getCommitments()).extracting(CommitmentView::getId)
                .containsExactlyInAnyOrder(MILITARY_VIEWS.id(), CERT_EXCHANGE.id(), INCIDENT_LINKS.id());
        CommitmentView militaryViews = commitment(arrangement, MILITARY_VIEWS.id());
        assertThat(militaryViews.getDueBy()).isEqualTo(LocalDate.of(2012, 6, 30));
        assertThat(militaryViews.getOriginalDueBy()).isEqualTo(YEAR_END);
        assertThat(commitment(arrangement, CERT_EXCHANGE.id()).getStatus()).isEqualTo(CommitmentView.StatusEnum.FULFILLED);

        // As of a past day, rebuilt from the events.
        ArrangementAnswer asOf = auditorArrangements.getArrangement(APIGetArrangementRequest.newBuilder().id(ID)
                .asOf(LocalDate.of(2011, 12, 18)).build());
        assertThat(asOf.getAsOf()).isEqualTo(LocalDate.of(2011, 12, 18));
        assertThat(commitment(asOf, MILITARY_VIEWS.id()).getDueBy()).isEqualTo(YEAR_END);

        // What does Russia owe that is late?
        PartyCommitmentPage late = eventually(() -> new PartiesApi(signedIn(RU)).listPartyCommitments(PartiesApi
                .APIListPartyCommitmentsRequest.newBuilder().code("RUS").overdue(true).build()), page -> page.getTotal() == 2);
        assertThat(late.getCommitments()).extracting(OwedCommitment::getCommitmentId)
                .containsExactlyInAnyOrder(MILITARY_VIEWS.id(), INCIDENT_LINKS.id());

        // Mistakes are answered with problem documents naming the rule and the field.
        ApiException refused = catchThrowableOfType(ApiException.class, () -> usCommitments.addCommitment(
                APIAddCommitmentRequest.newBuilder().id(ID).newCommitment(new NewCommitment().text("x")
                        .category(NewCommitment.CategoryEnum.OTHER).owedBy(List.of("FRA"))).build()));
        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(refused.getResponseHeaders().firstValue("content-type")).hasValue("application/problem+json");
        Problem problem = signedIn(US).getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getCode()).isEqualTo("OBLIGOR_NOT_A_PARTY");
        assertThat(problem.getType()).hasToString("urn:entente:problem:obligor-not-a-party");
        assertThat(problem.getErrors()).singleElement().satisfies(error -> assertThat(error.getField()).isEqualTo("owedBy[0]"));

        // A write based on a version that is no longer the current one is refused; one sent again with its key is not
        // carried out twice.
        ApiException stale = catchThrowableOfType(ApiException.class, () -> usCommitments.recordCommitmentProgress(
                CommitmentsApi.APIRecordCommitmentProgressRequest.newBuilder().id(ID).cid(INCIDENT_LINKS.id()).ifMatch("\"5\"")
                        .progressNote(new ProgressNote().note("Links tested")).build()));
        assertThat(stale.getCode()).isEqualTo(412);
        var progress = CommitmentsApi.APIRecordCommitmentProgressRequest.newBuilder().id(ID).cid(INCIDENT_LINKS.id())
                .idempotencyKey("walk-through-progress").progressNote(new ProgressNote().note("Links tested")).build();
        var first = usCommitments.recordCommitmentProgressWithHttpInfo(progress);
        var again = usCommitments.recordCommitmentProgressWithHttpInfo(progress);
        assertThat(again.getData()).isEqualTo(first.getData());
        assertThat(again.getHeaders().get("idempotent-replayed")).containsExactly("true");

        // Points of contact.
        var designated = new ContactsApi(signedIn(US)).designateContactWithHttpInfo(ContactsApi.APIDesignateContactRequest
                .newBuilder().id(ID).newContact(new NewContact().id("usa-hotline").party("USA")
                        .role(NewContact.RoleEnum.HOTLINE_24_7).office("Situation room")
                        .channels(List.of(new ChannelEntry().type(ChannelEntry.TypeEnum.PHONE).value("+12025550100")))
                        .availability(new AvailabilityEntry().always(true)).languages(List.of("en"))
                        .effectiveOn(LocalDate.of(2011, 7, 1))).build());
        assertThat(designated.getStatusCode()).isEqualTo(201);
        assertThat(designated.getHeaders().get("location")).containsExactly(A + "/contacts/usa-hotline");

        // Russia uploads its paper; the United States acknowledges it; the auditor downloads the exact bytes.
        File upload = work.resolve("ru-views.txt").toFile();
        Files.write(upload.toPath(), RU_VIEWS);
        var submitted = new PapersApi(signedIn(RU)).submitPaperWithHttpInfo(PapersApi.APISubmitPaperRequest.newBuilder()
                .arrangementId(ID).id("ru-views").fromParty("RUS").title("Military views").subject("doctrine").language("ru")
                // The generated code needs the optional list of addressees, so the walk-through names the one there is.
                .marking("UNCLASSIFIED").submittedOn(LocalDate.of(2011, 11, 14)).to(List.of("USA")).content(upload).build());
        assertThat(submitted.getStatusCode()).isEqualTo(201);
        assertThat(submitted.getHeaders().get("location")).containsExactly(A + "/papers/ru-views");
        new PapersApi(signedIn(US)).acknowledgePaper(PapersApi.APIAcknowledgePaperRequest.newBuilder().arrangementId(ID)
                .pid("ru-views").receiptAcknowledgement(new ReceiptAcknowledgement().party("USA")
                        .receivedOn(LocalDate.of(2011, 11, 21))).build());
        PapersApi auditorPapers = new PapersApi(signedIn(AUDITOR));
        var download = auditorPapers.downloadPaperWithHttpInfo(PapersApi.APIDownloadPaperRequest.newBuilder().arrangementId(ID)
                .pid("ru-views").build());
        assertThat(Files.readAllBytes(download.getData().toPath())).isEqualTo(RU_VIEWS);
        assertThat(download.getHeaders().get("digest")).containsExactly("sha-256=" + Base64.getEncoder()
                .encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(RU_VIEWS)));

        // The list of papers shows it acknowledged by every addressee.
        PagePaperView papers = eventually(() -> auditorPapers.listPapers(PapersApi.APIListPapersRequest.newBuilder()
                .arrangementId(ID).build()), page -> page.getItems().stream().anyMatch(p -> p.getOutstanding().isEmpty()));
        assertThat(papers.getItems()).extracting(PaperView::getId).containsExactly("ru-views");

        // The history, event by event, and the export an auditor verifies without the server.
        HistoryAndIntegrityApi audit = new HistoryAndIntegrityApi(signedIn(AUDITOR));
        HistoryPage history = audit.getHistory(HistoryAndIntegrityApi.APIGetHistoryRequest.newBuilder().id(ID).build());
        assertThat(history.getItems().get(0).getType()).isEqualTo("ArrangementRecorded");
        assertThat(history.getItems()).extracting(entry -> entry.getRecordedBy()).contains(US, RU);
        File export = audit.exportArrangement(HistoryAndIntegrityApi.APIExportArrangementRequest.newBuilder().id(ID).build());
        assertThat(Files.readAllLines(export.toPath())).hasSize(history.getTotal().intValue());
        Verdict verdict = audit.verifyArrangement(HistoryAndIntegrityApi.APIVerifyArrangementRequest.newBuilder().id(ID).build());
        assertThat(verdict.getVerified()).isTrue();
        assertThat(verdict.getEvents()).isEqualTo(history.getTotal().intValue());
    }

    /** A client of the generated kind, signed in with HTTP Basic as one of the registry's configured users. */
    private static ApiClient signedIn(String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri(registry.baseUri());
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }

    private static CommitmentView commitment(ArrangementAnswer arrangement, String id) {
        return arrangement.getCommitments().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    /** Lists across arrangements are eventually consistent: asked again until they show what was written. */
    private static <T> T eventually(Callable<T> read, Predicate<T> caughtUp) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T answer = read.call();
        while (!caughtUp.test(answer) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            answer = read.call();
        }
        return answer;
    }
}
