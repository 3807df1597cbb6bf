package io.newspipe.cli;

import io.newspipe.ingest.CharsetDetector;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A page file read as the producer would read it, for the commands that work without Kafka. */
final class PageFiles {
    private PageFiles() {
    }

    /**
     * The file as a raw page: id from its bytes, text and charset from detection.
     *
     * @throws CharsetDetector.UndecodableException when no accepted charset decodes it
     */
    static RawPage read(Path f) throws Exception {
        byte[] bytes = Files.readAllBytes(f);
        CharsetDetector.Decoded d = new CharsetDetector().decode(bytes, null);
        return new RawPage(SourceIds.forBytes(bytes), f.getFileName().toString(), Instant.now(), d.charset(), d.text(),
                bytes.length);
    }
}
