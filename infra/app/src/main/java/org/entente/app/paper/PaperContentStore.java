package org.entente.app.paper;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoGridFSException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import org.bson.BsonString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content of doctrine papers, in GridFS ({@code paper_content.files}/{@code .chunks}). One paper's
 * content has one place, named by the paper and the content's digest: an upload sent again finds the
 * content the first one stored and stores no second copy, so the submission it registers is the same and
 * the arrangement answers it as a retry.
 */
public final class PaperContentStore {

    /** Reads content anew each time it is asked. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    private final GridFSBucket bucket;

    public PaperContentStore(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, "paper_content");
    }

    /** The SHA-256 of the content, in hex. */
    public static String sha256Of(Content content) {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(content.open(), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded content", e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The place of one paper's content with this digest. */
    public static String contentIdOf(String arrangementId, String paperId, String sha256) {
        MessageDigest place = sha256();
        for (String part : new String[]{arrangementId, paperId, sha256}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            place.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            place.update(bytes);
        }
        return HexFormat.of().formatHex(place.digest());
    }

    /**
     * Stores the content at {@code contentId} unless it is there already. Two uploads of the same paper at
     * once store it once: the second one's first chunk collides with the first one's, and it stops there.
     *
     * @return whether this upload stored it (and so removes it again if its submission is refused), rather
     *         than finding it stored by an earlier upload of the same paper
     */
    public boolean storeOnce(String contentId, String fileName, Content content) {
        BsonString id = new BsonString(contentId);
        if (bucket.find(Filters.eq("_id", id)).first() != null) {
            return false;
        }
        try (InputStream in = content.open()) {
            bucket.uploadFromStream(id, fileName, in);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded content", e);
        }
    }

    public void delete(String contentId) {
        bucket.delete(new BsonString(contentId));
    }

    public void copyTo(String contentId, OutputStream out) {
        GridFSDownloadStream in;
        try {
            in = bucket.openDownloadStream(new BsonString(contentId));
        } catch (MongoGridFSException e) {
            // Status and headers are decided before the body streams: content that is gone leaves the body empty.
            return;
        }
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
