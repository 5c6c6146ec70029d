package org.entente.app.paper;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import org.bson.BsonString;
import org.bson.types.ObjectId;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content of doctrine papers, in GridFS ({@code paper_content.files}/{@code .chunks}). The digest is
 * computed while the bytes are stored, so what is registered is what was received.
 */
public final class PaperContentStore {

    /** Where content was put, its SHA-256 in hex and its length. */
    public record Stored(String contentId, String sha256, long length) {
    }

    private final GridFSBucket bucket;

    public PaperContentStore(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, "paper_content");
    }

    public Stored store(String fileName, InputStream content) {
        MessageDigest sha256 = sha256();
        String contentId = new ObjectId().toHexString();
        CountingInputStream counted = new CountingInputStream(new DigestInputStream(content, sha256));
        bucket.uploadFromStream(new BsonString(contentId), fileName, counted);
        return new Stored(contentId, HexFormat.of().formatHex(sha256.digest()), counted.count);
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

    private static final class CountingInputStream extends java.io.FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
