package org.entente.app.paper;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.api.party.PartyCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.entente.api.paper.AcknowledgeDoctrinePaperReceipt;
import org.entente.api.paper.FindPaperQuery;
import org.entente.api.paper.FindPapersQuery;
import org.entente.api.paper.PaperList;
import org.entente.api.paper.PaperView;
import org.entente.api.paper.SubmitDoctrinePaper;
import org.entente.api.paper.SupersedeDoctrinePaper;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.entente.app.web.ClientChosenId;
import org.entente.app.web.Ids;
import org.entente.app.web.InvalidParameter;
import org.entente.app.web.NotFound;
import org.entente.app.web.Pages;
import org.entente.app.web.PartyParameters;
import org.entente.app.web.RegistryText;
import org.entente.app.web.WriteAcknowledgement;
import org.entente.app.web.openapi.ApiTags;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.net.URI;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Doctrine papers: registered by digest (JSON) or with their content (multipart), whose digest the
 * server computes and checks before anything is stored. Content is stored before the command is sent and
 * removed again if the command is refused, so a rejected submission leaves nothing behind; an upload sent
 * again finds its content stored and registers the same submission, which the arrangement answers as a retry.
 */
@RestController
@Tag(name = ApiTags.PAPERS)
// The arrangement is not "{id}": a form is bound from the path's variables too, and would take it for the paper's id.
@RequestMapping("/api/arrangements/{arrangementId}/papers")
class PaperController {

    private static final int MAX_FILE_NAME_LENGTH = 255;
    /** Both ways of submitting are one operation of the published API, told once. */
    private static final String SUBMIT = """
            A party's paper, registered by its SHA-256 (JSON) or uploaded with its content (multipart/form-data, the \
            file in part `content`, up to 25 MB), whose digest the registry computes and checks against `sha256` if \
            given (422 `INVALID_DIGEST`). Addressed to the other parties unless `to` names some. The id is the \
            client's choice (a UUID if none): the same paper sent again answers 201 and records nothing.""";

    /** The fields of a submission, as JSON or as multipart form fields. */
    @Schema(name = "PaperSubmission")
    record Submission(
            @ClientChosenId String id,
            @NotNull @Size(max = PartyParameters.MAX_CODE_LENGTH) String fromParty,
            @Size(max = 200) List<@NotNull @Size(max = PartyParameters.MAX_CODE_LENGTH) String> to,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 500) String subject,
            @NotBlank @Size(max = 35) String language,
            @NotBlank @Size(max = 100) String marking,
            @Size(max = 50) String version,
            // Longer than any digest, so that a wrong one is still refused by the digest rule, naming the rule.
            @Size(max = 128) String sha256,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn) {
    }

    @Schema(name = "ReceiptAcknowledgement")
    record Acknowledgement(@NotNull @Size(max = PartyParameters.MAX_CODE_LENGTH) String party, @NotNull LocalDate receivedOn) {
    }

    record Supersession(@NotBlank @Size(max = 80) String byPaperId) {
    }

    /** A submission as multipart/form-data, as the published contract shows it: its fields, and the file. */
    @Schema(name = "PaperUpload")
    record Upload(@JsonUnwrapped Submission fields,
                  @Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
                          description = "The paper's content, as a file") String content) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PaperContentStore content;
    private final Pages pages;

    PaperController(CommandGateway commands, QueryGateway queries, PaperContentStore content, Pages pages) {
        this.commands = commands;
        this.queries = queries;
        this.content = content;
        this.pages = pages;
    }

    @Operation(operationId = "submitPaper", summary = "Submit a doctrine paper", description = SUBMIT)
    @ApiResponse(responseCode = "201", description = "Submitted; `Location` names the paper")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WriteAcknowledgement> submitDigest(@PathVariable("arrangementId") String id, @Valid @RequestBody Submission body) {
        if (body.sha256() == null) {
            throw new RuleViolation(Rule.INVALID_DIGEST, "sha256", "A paper registered without content needs its SHA-256 digest");
        }
        return submit(id, Ids.orNew(body.id()), body, body.sha256(), null, null);
    }

    @Operation(operationId = "submitPaper", summary = "Submit a doctrine paper", description = SUBMIT)
    @ApiResponse(responseCode = "201", description = "Submitted; `Location` names the paper")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class)))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<WriteAcknowledgement> submitContent(@PathVariable("arrangementId") String id, @Parameter(hidden = true) @Valid @ModelAttribute Submission form,
                                                       @Parameter(hidden = true) @RequestPart("content") MultipartFile file) {
        requireStorableFileName(file.getOriginalFilename());
        String sha256 = PaperContentStore.sha256Of(file::getInputStream);
        if (form.sha256() != null && !form.sha256().equalsIgnoreCase(sha256)) {
            throw new RuleViolation(Rule.INVALID_DIGEST, "sha256", "The content's SHA-256 is " + sha256
                    + ", not " + form.sha256().toLowerCase(Locale.ROOT));
        }
        String paperId = Ids.orNew(form.id());
        String contentId = PaperContentStore.contentIdOf(id, paperId, sha256);
        boolean storedNow = content.storeOnce(contentId, file.getOriginalFilename(), file::getInputStream);
        try {
            return submit(id, paperId, form, sha256, contentId, file.getSize());
        } catch (RuntimeException e) {
            if (storedNow) {
                content.delete(contentId);
            }
            throw e;
        }
    }

    /** The file name is kept with the content, so it is held to the rules of all recorded text. */
    private static void requireStorableFileName(String fileName) {
        String problem = RegistryText.problemWith(fileName);
        if (problem != null) {
            throw new InvalidParameter("content", "the file name " + problem);
        }
        if (fileName != null && fileName.length() > MAX_FILE_NAME_LENGTH) {
            throw new InvalidParameter("content", "the file name must be at most " + MAX_FILE_NAME_LENGTH + " characters long");
        }
    }

    private ResponseEntity<WriteAcknowledgement> submit(String arrangementId, String paperId, Submission body, String sha256,
                                                        String contentId, Long length) {
        long version = commands.sendAndWait(new SubmitDoctrinePaper(arrangementId, paperId, PartyCodes.canonical(body.fromParty()), PartyCodes.canonical(body.to()),
                body.title(), body.subject(), body.language(), body.marking(), body.version(), sha256, contentId, length,
                body.submittedOn()));
        return ResponseEntity.created(URI.create("/api/arrangements/" + arrangementId + "/papers/" + paperId))
                .body(new WriteAcknowledgement(paperId, version));
    }

    @Operation(operationId = "listPapers", summary = "List an arrangement's papers",
            description = "A page of the arrangement's papers, with their addressees' acknowledgements.")
    @GetMapping
    Pages.Page<PaperView> papers(@PathVariable("arrangementId") String id,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                 @RequestParam(defaultValue = Pages.DEFAULT_SIZE) @Min(1) int size) {
        pages.requireSize(size);
        return pages.of(queries.query(new FindPapersQuery(id), ResponseTypes.instanceOf(PaperList.class)).join().items(),
                page, size);
    }

    @Operation(operationId = "getPaper", summary = "Read a paper",
            description = "The paper's registration, digest, acknowledgements and whether superseded.")
    @GetMapping("/{pid}")
    PaperView paper(@PathVariable("arrangementId") String id, @PathVariable String pid) {
        return queries.query(new FindPaperQuery(id, pid), ResponseTypes.optionalInstanceOf(PaperView.class)).join()
                .orElseThrow(() -> new NotFound("Arrangement '" + id + "' has no paper '" + pid + "'"));
    }

    @Operation(operationId = "downloadPaper", summary = "Download a paper's content",
            description = "The exact bytes uploaded; 404 for a paper registered by its digest only.")
    @ApiResponse(responseCode = "200", description = "The content", headers = {
            @Header(name = "Digest", description = "`sha-256=` and the content's SHA-256 in Base64", schema = @Schema(type = "string")),
            @Header(name = "ETag", description = "The content's SHA-256 in hex, in double quotes", schema = @Schema(type = "string"))},
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/{pid}/content")
    ResponseEntity<StreamingResponseBody> download(@PathVariable("arrangementId") String id, @PathVariable String pid) {
        PaperView paper = paper(id, pid);
        if (paper.contentId() == null) {
            throw new NotFound("Paper '" + pid + "' was registered by its digest only; the registry holds no content");
        }
        byte[] digest = HexFormat.of().parseHex(paper.sha256());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(digest))
                .header(HttpHeaders.ETAG, "\"" + paper.sha256() + "\"")
                .body(out -> content.copyTo(paper.contentId(), out));
    }

    @Operation(operationId = "acknowledgePaper", summary = "Acknowledge receipt of a paper", description = """
            An addressee says on which day it received the paper, once. The last receipt of an exchange fulfils the \
            `DOCTRINE_EXCHANGE` commitment it completes.""")
    @PostMapping("/{pid}/acknowledgements")
    WriteAcknowledgement acknowledge(@PathVariable("arrangementId") String id, @PathVariable String pid,
                                     @Valid @RequestBody Acknowledgement body) {
        long version = commands.sendAndWait(new AcknowledgeDoctrinePaperReceipt(id, pid, PartyCodes.canonical(body.party()), body.receivedOn()));
        return new WriteAcknowledgement(pid, version);
    }

    @Operation(operationId = "supersedePaper", summary = "Supersede a paper",
            description = "Names the newer paper of the same party that replaces this one.")
    @PostMapping("/{pid}/supersession")
    WriteAcknowledgement supersede(@PathVariable("arrangementId") String id, @PathVariable String pid,
                                   @Valid @RequestBody Supersession body) {
        long version = commands.sendAndWait(new SupersedeDoctrinePaper(id, pid, body.byPaperId()));
        return new WriteAcknowledgement(pid, version);
    }
}
